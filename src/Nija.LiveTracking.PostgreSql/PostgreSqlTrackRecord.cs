using Nija.LiveTracking.Journal;
using Nija.Metrics;

namespace Nija.LiveTracking.PostgreSql;

/// <summary>
/// Rebuilds a bot's or the whole account's state from a fleet journal, read-only (what <c>nija live --connection</c>,
/// <c>nija report/compare --live postgresql:…</c> use). Nothing in the database is changed.
/// </summary>
public static class PostgreSqlTrackRecord
{
    /// <summary>
    /// One bot's state, or with <paramref name="botId"/> null the account's: every bot's fills merged in recording order
    /// (each bot's own order kept), symbols and execution ids prefixed with <c>&lt;bot&gt;/</c> so bots' positions stay
    /// apart, initial balance = the sum over bots, daily summaries summed per day, and the account-wide risk state.
    /// </summary>
    /// <param name="connectionString">An Npgsql connection string (never shown: the view names host, port and database only).</param>
    /// <param name="botId">A bot id, or null for the account.</param>
    /// <param name="schema">The fleet schema; default <c>nija</c>.</param>
    /// <param name="risk">The limits to evaluate with (defaults: 5 % daily loss, 12 % drawdown, UTC).</param>
    /// <param name="timeProvider">The clock (decides the current trading day); the system clock when null.</param>
    /// <returns>The view.</returns>
    /// <exception cref="TradeJournalException">Unreachable, no fleet journal, newer schema, no such bot, or no bots.</exception>
    public static LiveTrackRecordView Read(string connectionString, string? botId = null, string schema = "nija", RiskRulesOptions? risk = null, TimeProvider? timeProvider = null)
    {
        var where = PostgreSqlConnectionStrings.Describe(PostgreSqlConnectionStrings.Parse(connectionString, 30));
        JournalContents contents;
        string title;
        if (botId is not null)
        {
            contents = PostgreSqlFleet.OpenReadOnly(connectionString, botId, schema);
            title = $"postgresql {where} schema {schema}, bot {botId}";
        }
        else
        {
            var fleet = PostgreSqlFleet.ReadAll(connectionString, schema);
            if (fleet.Bots.Count == 0)
            {
                throw new TradeJournalException($"The fleet journal at {where} (schema {schema}) has no bots yet.");
            }

            contents = Merge(fleet);
            title = $"postgresql {where} schema {schema}, account of {fleet.Bots.Count} bots";
        }

        var options = new LiveTrackerOptions { InitialBalance = contents.InitialBalance, Risk = risk ?? new RiskRulesOptions() };
        using var journal = InMemoryTradeJournal.From(contents);
        using var tracker = new LiveExecutionTracker(options, journal, timeProvider, alertSinks: []);
        return new LiveTrackRecordView(title, tracker.GetSnapshot(), contents.DailySummaries);
    }

    /// <summary>Every bot's fills as one journal (see <see cref="Read"/>).</summary>
    /// <param name="fleet">The fleet.</param>
    /// <returns>The merged contents.</returns>
    internal static JournalContents Merge(FleetContents fleet)
    {
        var bots = fleet.Bots.ToList();
        var next = new int[bots.Count];
        var total = bots.Sum(b => b.Value.Fills.Count);
        var fills = new List<JournalFill>(total);
        var renumbered = new Dictionary<(string, long), long>();
        while (fills.Count < total)
        {
            var pick = -1;
            for (var i = 0; i < bots.Count; i++)
            {
                if (next[i] < bots[i].Value.Fills.Count
                    && (pick < 0 || bots[i].Value.Fills[next[i]].RecordedAt < bots[pick].Value.Fills[next[pick]].RecordedAt))
                {
                    pick = i;
                }
            }

            var (bot, contents) = bots[pick];
            var f = contents.Fills[next[pick]++];
            var sequence = fills.Count + 1L;
            renumbered[(bot, f.Sequence)] = sequence;
            fills.Add(f with { Sequence = sequence, Symbol = bot + "/" + f.Symbol, ExecutionId = bot + "/" + f.ExecutionId });
        }

        var marks = new List<JournalMark>();
        foreach (var (bot, contents) in bots)
        {
            foreach (var m in contents.Marks)
            {
                marks.Add(m with { Symbol = bot + "/" + m.Symbol, AfterSequence = renumbered.GetValueOrDefault((bot, m.AfterSequence)) });
            }
        }

        return new JournalContents
        {
            InitialBalance = fleet.InitialBalance,
            CreatedAt = bots.Min(b => b.Value.CreatedAt),
            SchemaVersion = fleet.SchemaVersion,
            Fills = fills,
            RiskState = fleet.AccountRisk.Count > 0 ? fleet.AccountRisk[^1].State : null,
            DailySummaries = fleet.GetAccountDailySummaries(),
            Marks = marks,
        };
    }
}
