using Nija.LiveTracking;
using Nija.LiveTracking.PostgreSql;
using Nija.Metrics;

namespace Nija.Samples.Snippets;

/// <summary>Snippets of docs/fleet.md. Compiled, not run by Program (they need a PostgreSQL server).</summary>
internal static class FleetSnippets
{
    /// <summary>One bot of a fleet: its own tracker, journaling into the shared account schema.</summary>
    public static void RecordIntoFleet(string connectionString, EntryFill fill)
    {
        #region fleet-bot
        using var journal = new PostgreSqlTradeJournal(connectionString, botId: "momentum-eu", new PostgreSqlJournalOptions
        {
            Schema = "nija",                                              // one schema = one account
            AccountRisk = new RiskRulesOptions { MaxDailyLossPercent = 3m, MaxDrawdownPercent = 10m },
        });
        using var tracker = new LiveExecutionTracker(new LiveTrackerOptions { InitialBalance = 250_000m }, journal);

        if (tracker.CanOpenPosition())   // false when this bot's own breaker OR the account's is tripped
        {
            tracker.RecordEntry(fill);   // committed in PostgreSQL (with the account update) before it returns
        }
        #endregion
    }
}
