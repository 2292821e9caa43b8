using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Nija.LiveTracking.PostgreSql.FleetChild;

namespace Nija.LiveTracking.PostgreSql.Tests;

/// <summary>
/// Bots in separate processes (tests/Nija.LiveTracking.PostgreSql.FleetChild) and in threads of this process record into
/// one fleet at the same time: one account breaker trip in total, every acknowledged fill stored exactly once.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class FleetMultiProcessTests
{
    private const int Processes = 3;
    private const int Threads = 3;
    private const int RoundTrips = 30;

    private static PostgreSqlTestServer Server => PostgreSqlSetUp.Server;

    [Test]
    public void ProcessesAndThreadsTogether_TripTheAccountOnce_AndStoreEveryAcknowledgedFillOnce()
    {
        // 6 bots × 10,000 = 60,000; −10 per round trip → 6 × 30 × 10 = 1,800 in total; account limit 1.5 % = 900.
        var schema = Server.NewSchema();
        var acked = new ConcurrentBag<string>();
        var trips = 0;
        var children = Enumerable.Range(0, Processes).Select(i => StartChild(schema, $"proc-{i}", 7 + i)).ToList();
        var threads = Enumerable.Range(0, Threads).Select(i => new Thread(() =>
        {
            var t = FleetWorkload.Run(Server.ConnectionString, schema, $"thread-{i}", RoundTrips, 1.5m, 70 + i, acked.Add);
            Interlocked.Add(ref trips, t);
        })).ToList();
        threads.ForEach(t => t.Start());

        foreach (var child in children)
        {
            var output = child.StandardOutput.ReadToEnd();
            var error = child.StandardError.ReadToEnd();
            child.WaitForExit();
            Assert.That(child.ExitCode, Is.Zero, error);
            foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (line.StartsWith("ack ", StringComparison.Ordinal))
                {
                    acked.Add(line[4..]);
                }
                else if (line.StartsWith("trips ", StringComparison.Ordinal))
                {
                    trips += int.Parse(line[6..], CultureInfo.InvariantCulture);
                }
            }

            child.Dispose();
        }

        threads.ForEach(t => t.Join());
        var fleet = PostgreSqlFleet.ReadAll(Server.ConnectionString, schema);
        var stored = fleet.Bots.Values.SelectMany(c => c.Fills).Select(f => f.ExecutionId).ToList();

        Assert.That(trips, Is.EqualTo(1));
        Assert.That(fleet.AccountRisk.Single().State.TripCount, Is.EqualTo(1));
        Assert.That(fleet.AccountRisk.Single().State.LastEquity, Is.EqualTo(60_000m - 1_800m));
        Assert.That(stored, Is.Unique);
        Assert.That(stored, Is.EquivalentTo(acked));
        Assert.That(stored, Has.Count.EqualTo((Processes + Threads) * RoundTrips * 2));
    }

    private static Process StartChild(string schema, string botId, int seed)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Nija.LiveTracking.PostgreSql.FleetChild.dll"));
        foreach (var a in (string[])[schema, botId, RoundTrips.ToString(CultureInfo.InvariantCulture), "1.5", seed.ToString(CultureInfo.InvariantCulture)])
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["NIJA_TEST_PG"] = Server.ConnectionString;
        return Process.Start(info)!;
    }
}
