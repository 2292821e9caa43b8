using Nija.LiveTracking.Journal;

namespace Nija.LiveTracking.PostgreSql;

/// <summary>Everything a fleet schema holds, read in one consistent snapshot by <see cref="PostgreSqlFleet.ReadAll"/>. Immutable.</summary>
public sealed class FleetContents
{
    /// <summary>The schema version.</summary>
    public required int SchemaVersion { get; init; }

    /// <summary>Each bot's journal contents, by bot id (ordinal order).</summary>
    public required IReadOnlyDictionary<string, JournalContents> Bots { get; init; }

    /// <summary>The account-wide risk state per trading day, ordered by day (empty when account limits were never on).</summary>
    public required IReadOnlyList<AccountRiskStatus> AccountRisk { get; init; }

    /// <summary>The sum of every bot's initial balance.</summary>
    public decimal InitialBalance
    {
        get
        {
            var sum = 0m;
            foreach (var bot in Bots.Values)
            {
                sum += bot.InitialBalance;
            }

            return sum;
        }
    }

    /// <summary>
    /// Account-wide daily summaries: per day, the sum over the bots that have a summary for that day of fills, trades,
    /// wins, losses, realized P&amp;L, fees, starting equity, ending balance, ending equity and breaker trips.
    /// </summary>
    /// <returns>The summaries, ordered by day.</returns>
    public IReadOnlyList<DailySummary> GetAccountDailySummaries()
    {
        var byDay = new SortedDictionary<DateOnly, DailySummary>();
        foreach (var bot in Bots.Values)
        {
            foreach (var d in bot.DailySummaries)
            {
                byDay[d.Day] = byDay.TryGetValue(d.Day, out var a)
                    ? new DailySummary(
                        d.Day,
                        a.Fills + d.Fills,
                        a.Trades + d.Trades,
                        a.Wins + d.Wins,
                        a.Losses + d.Losses,
                        a.RealizedPnl + d.RealizedPnl,
                        a.Fees + d.Fees,
                        a.StartingEquity + d.StartingEquity,
                        a.EndingBalance + d.EndingBalance,
                        a.EndingEquity + d.EndingEquity,
                        a.BreakerTrips + d.BreakerTrips)
                    : d;
            }
        }

        return [.. byDay.Values];
    }
}
