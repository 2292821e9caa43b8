using Nija.LiveTracking.Journal;
using Nija.Metrics;
using Npgsql;

namespace Nija.LiveTracking.PostgreSql;

/// <summary>Reads one bot's contents from the fleet schema (never writes).</summary>
internal static class PostgreSqlJournalReader
{
    public static (decimal InitialBalance, DateTimeOffset CreatedAt)? ReadBot(NpgsqlConnection connection, NpgsqlTransaction? tx, string s, string bot)
    {
        using var cmd = new NpgsqlCommand($"SELECT initial_balance, created_at_ticks FROM {s}.bots WHERE bot_id = $1;", connection, tx);
        cmd.Parameters.AddWithValue(bot);
        using var r = cmd.ExecuteReader();
        return r.Read() ? (r.GetDecimal(0), new DateTimeOffset(r.GetInt64(1), TimeSpan.Zero)) : null;
    }

    public static List<string> ReadBotIds(NpgsqlConnection connection, string s)
    {
        var list = new List<string>();
        using var cmd = new NpgsqlCommand($"SELECT bot_id FROM {s}.bots ORDER BY bot_id;", connection);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(r.GetString(0));
        }

        return list;
    }

    public static JournalContents Read(NpgsqlConnection connection, NpgsqlTransaction? tx, string s, string bot, int version, decimal initialBalance, DateTimeOffset createdAt) => new()
    {
        InitialBalance = initialBalance,
        CreatedAt = createdAt,
        SchemaVersion = version,
        Fills = ReadFills(connection, tx, s, bot),
        RiskState = ReadRisk(connection, tx, s, bot),
        DailySummaries = ReadSummaries(connection, tx, s, bot),
        Marks = ReadMarks(connection, tx, s, bot),
    };

    private static List<JournalFill> ReadFills(NpgsqlConnection connection, NpgsqlTransaction? tx, string s, string bot)
    {
        var fills = new List<JournalFill>();
        using var cmd = new NpgsqlCommand(
            $"""
            SELECT seq, execution_id, kind, symbol, side, price, quantity, fees, execution_ticks, execution_offset_minutes,
                   recorded_ticks, planned_stop, tag, regime, exit_reason, while_halted
            FROM {s}.fills WHERE bot_id = $1 ORDER BY seq;
            """,
            connection,
            tx);
        cmd.Parameters.AddWithValue(bot);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var offset = TimeSpan.FromMinutes(r.GetInt32(9));
            fills.Add(new JournalFill(
                r.GetInt64(0),
                r.GetString(1),
                (FillKind)r.GetInt16(2),
                r.GetString(3),
                (TradeSide)r.GetInt16(4),
                r.GetDecimal(5),
                r.GetDecimal(6),
                r.GetDecimal(7),
                new DateTimeOffset(r.GetInt64(8), TimeSpan.Zero).ToOffset(offset),
                new DateTimeOffset(r.GetInt64(10), TimeSpan.Zero),
                r.IsDBNull(11) ? null : r.GetDecimal(11),
                r.IsDBNull(12) ? null : r.GetString(12),
                r.IsDBNull(13) ? null : r.GetString(13),
                r.IsDBNull(14) ? null : r.GetString(14),
                r.GetBoolean(15)));
        }

        return fills;
    }

    private static RiskState? ReadRisk(NpgsqlConnection connection, NpgsqlTransaction? tx, string s, string bot)
    {
        using var cmd = new NpgsqlCommand(
            $"""
            SELECT trading_day, day_start_equity, last_equity, peak_equity, breaker_tripped, tripped_at_ticks, drawdown_alert, trip_count
            FROM {s}.risk_state WHERE bot_id = $1;
            """,
            connection,
            tx);
        cmd.Parameters.AddWithValue(bot);
        using var r = cmd.ExecuteReader();
        if (!r.Read())
        {
            return null;
        }

        return ReadRiskState(r);
    }

    /// <summary>A risk row's first eight columns: trading_day, day_start_equity, last_equity, peak_equity, breaker_tripped, tripped_at_ticks, drawdown_alert, trip_count.</summary>
    internal static RiskState ReadRiskState(NpgsqlDataReader r) => new(
        r.GetFieldValue<DateOnly>(0),
        r.GetDecimal(1),
        r.GetDecimal(2),
        r.GetDecimal(3),
        r.GetBoolean(4),
        r.IsDBNull(5) ? null : new DateTimeOffset(r.GetInt64(5), TimeSpan.Zero),
        r.GetBoolean(6),
        r.GetInt32(7));

    private static List<DailySummary> ReadSummaries(NpgsqlConnection connection, NpgsqlTransaction? tx, string s, string bot)
    {
        var list = new List<DailySummary>();
        using var cmd = new NpgsqlCommand(
            $"""
            SELECT day, fills, trades, wins, losses, realized_pnl, fees, starting_equity, ending_balance, ending_equity, breaker_trips
            FROM {s}.daily_summaries WHERE bot_id = $1 ORDER BY day;
            """,
            connection,
            tx);
        cmd.Parameters.AddWithValue(bot);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(new DailySummary(
                r.GetFieldValue<DateOnly>(0),
                r.GetInt32(1),
                r.GetInt32(2),
                r.GetInt32(3),
                r.GetInt32(4),
                r.GetDecimal(5),
                r.GetDecimal(6),
                r.GetDecimal(7),
                r.GetDecimal(8),
                r.GetDecimal(9),
                r.GetInt32(10)));
        }

        return list;
    }

    private static List<JournalMark> ReadMarks(NpgsqlConnection connection, NpgsqlTransaction? tx, string s, string bot)
    {
        var list = new List<JournalMark>();
        using var cmd = new NpgsqlCommand($"SELECT symbol, price, time_ticks, after_seq FROM {s}.marks WHERE bot_id = $1 ORDER BY after_seq, symbol;", connection, tx);
        cmd.Parameters.AddWithValue(bot);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(new JournalMark(r.GetString(0), r.GetDecimal(1), new DateTimeOffset(r.GetInt64(2), TimeSpan.Zero), r.GetInt64(3)));
        }

        return list;
    }
}
