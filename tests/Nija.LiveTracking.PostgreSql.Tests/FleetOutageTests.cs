using System.Collections.Concurrent;
using Nija.LiveTracking.Journal;

namespace Nija.LiveTracking.PostgreSql.Tests;

/// <summary>
/// The server is stopped (fast shutdown, every session terminated) and started again while four bots are recording: each
/// bot is told (<see cref="TradeJournalException"/>, tracker faulted), re-creates its tracker once the server is back,
/// retries the fill that failed, and in the end every acknowledged fill is present exactly once.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class FleetOutageTests
{
    private const int Bots = 4;
    private const int RoundTrips = 30;
    private const int AcksBeforeOutage = 40;

    [Test]
    public void ServerRestartedMidRun_BotsAreToldAndEveryAcknowledgedFillIsStoredOnce()
    {
        using var server = PostgreSqlTestServer.Start(PostgreSqlSetUp.RequireBinaries());
        var schema = server.NewSchema();
        var clock = Some.Clock();
        var acked = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var outages = new int[Bots];
        var faultedAfterOutage = new int[Bots];
        var errors = new ConcurrentQueue<Exception>();
        using var serverUp = new ManualResetEventSlim(initialState: true);
        using var enoughAcks = new ManualResetEventSlim(initialState: false);

        var threads = Enumerable.Range(0, Bots).Select(i => new Thread(() =>
        {
            try
            {
                var bot = Open(server, schema, i, clock);
                for (var n = 0; n < 2 * RoundTrips; n++)
                {
                    var id = $"bot-{i}-{n}";
                    while (true)
                    {
                        try
                        {
                            if (n % 2 == 0)
                            {
                                bot.Tracker.RecordEntry(Some.Entry(id, price: 100m, quantity: 1m));
                            }
                            else
                            {
                                bot.Tracker.RecordExit(Some.Exit(id, price: 101m, quantity: 1m));
                            }

                            acked.AddOrUpdate(id, 1, (_, c) => c + 1);
                            if (acked.Count >= AcksBeforeOutage)
                            {
                                enoughAcks.Set();
                            }

                            break;
                        }
                        catch (TradeJournalException)
                        {
                            outages[i]++;
                            try
                            {
                                bot.Tracker.CheckRisk();
                            }
                            catch (InvalidOperationException)
                            {
                                faultedAfterOutage[i]++;
                            }

                            bot.Dispose();
                            serverUp.Wait();
                            bot = Open(server, schema, i, clock);
                        }
                    }
                }

                bot.Dispose();
            }
            catch (Exception ex)
            {
                errors.Enqueue(ex);
                enoughAcks.Set();
            }
        })).ToList();

        threads.ForEach(t => t.Start());
        enoughAcks.Wait();
        serverUp.Reset();
        server.Stop();
        server.StartExisting();
        serverUp.Set();
        threads.ForEach(t => t.Join());

        Assert.That(errors, Is.Empty);
        var fleet = PostgreSqlFleet.ReadAll(server.ConnectionString, schema);
        var stored = fleet.Bots.Values.SelectMany(c => c.Fills).Select(f => f.ExecutionId).ToList();
        Assert.That(stored, Is.Unique);
        Assert.That(acked.Keys.Except(stored), Is.Empty, "an acknowledged fill was lost");
        Assert.That(stored, Has.Count.EqualTo(Bots * 2 * RoundTrips));
        Assert.That(outages, Has.All.GreaterThanOrEqualTo(1), "every bot was told about the outage");
        Assert.That(faultedAfterOutage, Is.EqualTo(outages), "a tracker whose journal failed is faulted");
        foreach (var contents in fleet.Bots.Values)
        {
            // Each round trip gains (101 − 100) × 1 = 1.
            Assert.That(contents.Fills.Select(f => f.Sequence), Is.EqualTo(Enumerable.Range(1, 2 * RoundTrips).Select(s => (long)s)));
            Assert.That(contents.DailySummaries.Single().RealizedPnl, Is.EqualTo(RoundTrips * 1m));
        }
    }

    private static Bot Open(PostgreSqlTestServer server, string schema, int i, TimeProvider clock) =>
        Some.Bot(server.ConnectionString, schema, $"bot-{i}", clock, botLimitPercent: 50m, accountLimitPercent: 50m);
}
