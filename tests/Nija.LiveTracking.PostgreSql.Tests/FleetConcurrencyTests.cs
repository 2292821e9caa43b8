using Nija.LiveTracking.Risk;
using Nija.Metrics;

namespace Nija.LiveTracking.PostgreSql.Tests;

/// <summary>
/// Several bots (one tracker and one connection each) record losing round trips at the same moment into one fleet, with
/// random retries of fills already recorded: the account breaker trips exactly once and no fill is lost or duplicated.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class FleetConcurrencyTests
{
    private const int Bots = 8;
    private const int RoundTrips = 40;

    private static PostgreSqlTestServer Server => PostgreSqlSetUp.Server;

    [Test]
    public void ParallelBotsWithRandomRetries_TripTheAccountOnce_AndStoreEveryFillOnce()
    {
        // 8 × 10,000 = 80,000; each round trip loses 10 (entry 1 @ 100, exit @ 90) → 8 × 40 × 10 = 3,200 in total.
        // Account limit 2 % = 1,600, reached half-way; bot limits 50 % are never reached.
        var schema = Server.NewSchema();
        var clock = Some.Clock();
        var bots = Enumerable.Range(0, Bots)
            .Select(i => Some.Bot(Server.ConnectionString, schema, $"bot-{i}", clock, botLimitPercent: 50m, accountLimitPercent: 2m))
            .ToList();
        var retries = 0;
        try
        {
            using var start = new Barrier(Bots);
            var threads = bots.Select((bot, i) => new Thread(() =>
            {
                var random = new Random(1000 + i);
                start.SignalAndWait();
                for (var t = 0; t < RoundTrips; t++)
                {
                    var entry = Some.Entry($"bot-{i}-{t}-in", price: 100m, quantity: 1m);
                    var exit = Some.Exit($"bot-{i}-{t}-out", price: 90m, quantity: 1m);
                    var first = bot.Tracker.RecordEntry(entry);
                    if (random.Next(3) == 0)
                    {
                        Interlocked.Increment(ref retries);
                        Assert.That(bot.Tracker.RecordEntry(entry).Sequence, Is.EqualTo(first.Sequence));
                    }

                    bot.Tracker.CheckRisk();
                    bot.Tracker.RecordExit(exit);
                    if (random.Next(3) == 0)
                    {
                        Interlocked.Increment(ref retries);
                        bot.Tracker.RecordExit(exit);
                    }
                }
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());

            var fleet = PostgreSqlFleet.ReadAll(Server.ConnectionString, schema);
            var account = fleet.AccountRisk.Single();

            Assert.That(bots.Sum(b => b.CountAlerts(RiskAlertKind.AccountBreakerTripped)), Is.EqualTo(1), "one alert, from the bot that tripped it");
            Assert.That(account.State.TripCount, Is.EqualTo(1));
            Assert.That(account.State.LastEquity, Is.EqualTo(80_000m - 3_200m));
            Assert.That(account.TrippedByBot, Is.Not.Null);
            Assert.That(fleet.Bots, Has.Count.EqualTo(Bots));
            foreach (var (id, contents) in fleet.Bots)
            {
                var ids = contents.Fills.Select(f => f.ExecutionId).ToList();
                Assert.That(ids, Has.Count.EqualTo(2 * RoundTrips).And.Unique, id);
                Assert.That(contents.Fills.Select(f => f.Sequence), Is.EqualTo(Enumerable.Range(1, 2 * RoundTrips).Select(s => (long)s)), id);
            }

            foreach (var bot in bots)
            {
                var decision = bot.Tracker.CheckRisk();
                Assert.That(decision.Reason, Is.EqualTo(RiskHaltReason.AccountDailyLossLimit));
                Assert.That(bot.Tracker.GetSnapshot().Balance, Is.EqualTo(10_000m - (RoundTrips * 10m)));
            }

            // Entries after the trip (in the database's serial order) are flagged, so some are and the first ones are not.
            var halted = fleet.Bots.Values.SelectMany(c => c.Fills).Count(f => f.RecordedWhileHalted);
            Assert.That(halted, Is.GreaterThan(0).And.LessThan(Bots * RoundTrips));
            Assert.That(retries, Is.GreaterThan(0));
        }
        finally
        {
            bots.ForEach(b => b.Dispose());
        }
    }
}
