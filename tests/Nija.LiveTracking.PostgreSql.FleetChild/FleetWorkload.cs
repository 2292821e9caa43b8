using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Nija.LiveTracking.Risk;
using Nija.Metrics;

namespace Nija.LiveTracking.PostgreSql.FleetChild;

/// <summary>
/// One bot of the fleet tests: <c>roundTrips</c> losing round trips (entry 1 @ 100, exit 1 @ 90: −10 each) on a fixed clock,
/// each fill retried at random (seeded), a risk check between entry and exit. Initial balance 10,000, bot limit 50 %,
/// account limit as given.
/// </summary>
public static class FleetWorkload
{
    /// <summary>The fixed clock every bot of the tests uses (one trading day).</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    /// <summary>Runs the bot.</summary>
    /// <param name="connectionString">The server.</param>
    /// <param name="schema">The fleet schema.</param>
    /// <param name="botId">The bot id.</param>
    /// <param name="roundTrips">How many round trips.</param>
    /// <param name="accountLimitPercent">The account's daily-loss limit in percent.</param>
    /// <param name="seed">Seed of the retries.</param>
    /// <param name="acknowledged">Called with each execution id after it was acknowledged.</param>
    /// <returns>How many account breaker trips this bot reported.</returns>
    public static int Run(string connectionString, string schema, string botId, int roundTrips, decimal accountLimitPercent, int seed, Action<string> acknowledged)
    {
        ArgumentNullException.ThrowIfNull(acknowledged);
        var clock = new FakeTimeProvider(Start);
        var trips = 0;
        using var journal = new PostgreSqlTradeJournal(connectionString, botId, new PostgreSqlJournalOptions
        {
            Schema = schema,
            AccountRisk = new RiskRulesOptions { MaxDailyLossPercent = accountLimitPercent },
            TimeProvider = clock,
        });
        using var tracker = new LiveExecutionTracker(
            new LiveTrackerOptions { InitialBalance = 10_000m, Risk = { MaxDailyLossPercent = 50m, MaxDrawdownPercent = 50m } },
            journal,
            clock,
            alertSinks: []);
        tracker.AlertRaised += (_, alert) => trips += alert.Kind == RiskAlertKind.AccountBreakerTripped ? 1 : 0;
        var random = new Random(seed);
        for (var t = 0; t < roundTrips; t++)
        {
            var entry = new EntryFill { ExecutionId = Id(botId, t, "in"), Symbol = "AAPL", Side = TradeSide.Long, Price = 100m, Quantity = 1m, ExecutionTime = Start };
            var exit = new ExitFill { ExecutionId = Id(botId, t, "out"), Symbol = "AAPL", Price = 90m, Quantity = 1m, ExecutionTime = Start };
            tracker.RecordEntry(entry);
            acknowledged(entry.ExecutionId);
            if (random.Next(3) == 0)
            {
                tracker.RecordEntry(entry);
            }

            tracker.CheckRisk();
            tracker.RecordExit(exit);
            acknowledged(exit.ExecutionId);
            if (random.Next(3) == 0)
            {
                tracker.RecordExit(exit);
            }
        }

        return trips;
    }

    /// <summary>The execution id of a fill.</summary>
    /// <param name="botId">The bot.</param>
    /// <param name="roundTrip">The round trip, from 0.</param>
    /// <param name="leg">"in" or "out".</param>
    /// <returns>The id.</returns>
    public static string Id(string botId, int roundTrip, string leg) => string.Create(CultureInfo.InvariantCulture, $"{botId}-{roundTrip}-{leg}");
}
