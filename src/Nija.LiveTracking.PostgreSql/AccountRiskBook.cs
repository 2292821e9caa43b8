using Nija.LiveTracking.Journal;
using Nija.Metrics;
using Npgsql;

namespace Nija.LiveTracking.PostgreSql;

/// <summary>
/// The account-wide breaker: the sum of every bot's last journaled equity fed through one <see cref="RiskRules"/>, whose
/// state is one row per trading day in <c>account_risk</c>. Callers hold the account's advisory transaction lock.
/// </summary>
internal static class AccountRiskBook
{
    public static AccountRiskStatus? ReadCurrent(NpgsqlConnection connection, NpgsqlTransaction? tx, string s)
    {
        using var cmd = new NpgsqlCommand(
            $"""
            SELECT trading_day, day_start_equity, last_equity, peak_equity, breaker_tripped, tripped_at_ticks, drawdown_alert,
                   trip_count, tripped_by_bot, tripped_by_execution_id
            FROM {s}.account_risk ORDER BY trading_day DESC LIMIT 1;
            """,
            connection,
            tx);
        using var r = cmd.ExecuteReader();
        return r.Read() ? ReadRow(r) : null;
    }

    public static List<AccountRiskStatus> ReadAll(NpgsqlConnection connection, string s)
    {
        var list = new List<AccountRiskStatus>();
        using var cmd = new NpgsqlCommand(
            $"""
            SELECT trading_day, day_start_equity, last_equity, peak_equity, breaker_tripped, tripped_at_ticks, drawdown_alert,
                   trip_count, tripped_by_bot, tripped_by_execution_id
            FROM {s}.account_risk ORDER BY trading_day;
            """,
            connection);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(ReadRow(r));
        }

        return list;
    }

    /// <summary>A new bot brings its initial balance into the account: capital, not profit, so day-start, last and peak equity all grow by it.</summary>
    public static void AddCapital(NpgsqlConnection connection, NpgsqlTransaction tx, string s, RiskRulesOptions options, DateTimeOffset now, decimal amount)
    {
        var current = ReadCurrent(connection, tx, s);
        RiskRules rules;
        if (current is null)
        {
            rules = new RiskRules(options, now, amount);
        }
        else
        {
            var st = current.State;
            rules = new RiskRules(options, st with { DayStartEquity = st.DayStartEquity + amount, LastEquity = st.LastEquity + amount, PeakEquity = st.PeakEquity + amount });
            rules.RollDay(now);
        }

        Write(connection, tx, s, rules.State, current, null, null, now);
    }

    /// <summary>Feeds the account's current equity (sum over bots) through the rules and stores the result.</summary>
    public static AccountRiskUpdate Update(NpgsqlConnection connection, NpgsqlTransaction tx, string s, RiskRulesOptions options, DateTimeOffset now, string bot, string? executionId, bool unflaggedEntry)
    {
        decimal equity;
        using (var sum = new NpgsqlCommand($"SELECT coalesce(sum(last_equity), 0) FROM {s}.bots;", connection, tx))
        {
            equity = (decimal)sum.ExecuteScalar()!;
        }

        var current = ReadCurrent(connection, tx, s);
        var rules = current is null ? new RiskRules(options, now, equity > 0m ? equity : 1m) : new RiskRules(options, current.State);
        var haltedBefore = !rules.CheckNewPosition(now).IsAllowed;
        var events = rules.Update(now, equity);
        var tripped = (events & RiskEvents.BreakerTripped) != 0;
        Write(connection, tx, s, rules.State, current, tripped ? bot : null, tripped ? executionId : null, now);
        return new AccountRiskUpdate(
            events,
            Decide(rules, now),
            rules.DrawdownPercent,
            rules.MaxDrawdownPercent,
            haltedBefore && unflaggedEntry ? executionId : null);
    }

    /// <summary>Releases a tripped account breaker and starts a fresh daily-loss budget from the account's last equity.</summary>
    public static RiskDecision Reset(NpgsqlConnection connection, NpgsqlTransaction tx, string s, RiskRulesOptions options, DateTimeOffset now)
    {
        var current = ReadCurrent(connection, tx, s);
        if (current is null)
        {
            return new RiskDecision(true, RiskHaltReason.None, TradingDays.Of(now, options.TradingDayTimeZone), 0m, 0m, 0m, options.MaxDailyLossPercent, null);
        }

        var rules = new RiskRules(options, current.State);
        rules.Reset(now);
        Write(connection, tx, s, rules.State, current, null, null, now);
        return Decide(rules, now);
    }

    public static RiskDecision Decide(RiskRules rules, DateTimeOffset now)
    {
        var d = rules.CheckNewPosition(now);
        return d.IsAllowed ? d : d with { Reason = RiskHaltReason.AccountDailyLossLimit };
    }

    private static void Write(NpgsqlConnection connection, NpgsqlTransaction tx, string s, RiskState st, AccountRiskStatus? previous, string? trippedBy, string? trippedByExecution, DateTimeOffset now)
    {
        // The same day keeps who tripped it; a new day starts without.
        var sameDay = previous is not null && previous.State.TradingDay == st.TradingDay;
        var bot = trippedBy ?? (sameDay && st.BreakerTripped ? previous!.TrippedByBot : null);
        var execution = trippedBy is not null ? trippedByExecution : (sameDay && st.BreakerTripped ? previous!.TrippedByExecutionId : null);
        using var cmd = new NpgsqlCommand(
            $"""
            INSERT INTO {s}.account_risk (trading_day, day_start_equity, last_equity, peak_equity, breaker_tripped, tripped_at_ticks,
                tripped_by_bot, tripped_by_execution_id, drawdown_alert, trip_count, updated_at_ticks)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
            ON CONFLICT (trading_day) DO UPDATE SET day_start_equity = EXCLUDED.day_start_equity, last_equity = EXCLUDED.last_equity,
                peak_equity = EXCLUDED.peak_equity, breaker_tripped = EXCLUDED.breaker_tripped, tripped_at_ticks = EXCLUDED.tripped_at_ticks,
                tripped_by_bot = EXCLUDED.tripped_by_bot, tripped_by_execution_id = EXCLUDED.tripped_by_execution_id,
                drawdown_alert = EXCLUDED.drawdown_alert, trip_count = EXCLUDED.trip_count, updated_at_ticks = EXCLUDED.updated_at_ticks;
            """,
            connection,
            tx);
        var p = cmd.Parameters;
        p.AddWithValue(st.TradingDay);
        p.AddWithValue(st.DayStartEquity);
        p.AddWithValue(st.LastEquity);
        p.AddWithValue(st.PeakEquity);
        p.AddWithValue(st.BreakerTripped);
        p.AddWithValue(NpgsqlTypes.NpgsqlDbType.Bigint, (object?)st.TrippedAt?.UtcTicks ?? DBNull.Value);
        p.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)bot ?? DBNull.Value);
        p.AddWithValue(NpgsqlTypes.NpgsqlDbType.Text, (object?)execution ?? DBNull.Value);
        p.AddWithValue(st.DrawdownAlertActive);
        p.AddWithValue(st.TripCount);
        p.AddWithValue(now.UtcTicks);
        cmd.ExecuteNonQuery();
    }

    private static AccountRiskStatus ReadRow(NpgsqlDataReader r) => new(
        PostgreSqlJournalReader.ReadRiskState(r),
        r.IsDBNull(8) ? null : r.GetString(8),
        r.IsDBNull(9) ? null : r.GetString(9));
}
