using System.Globalization;
using Microsoft.Data.Sqlite;
using Nija.Metrics;

namespace Nija.LiveTracking.Journal;

/// <summary>Reads a SQLite journal's contents (never writes).</summary>
internal static class SqliteJournalReader
{
    public const string InitialBalanceKey = "initial_balance";
    public const string CreatedAtKey = "created_at_ticks";

    public static (decimal? InitialBalance, DateTimeOffset CreatedAt) ReadMeta(SqliteConnection connection)
    {
        decimal? balance = null;
        var created = DateTimeOffset.MinValue;
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT key, value FROM meta;";
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var key = reader.GetString(0);
            var value = reader.GetString(1);
            if (key == InitialBalanceKey)
            {
                balance = ParseDecimal(value);
            }
            else if (key == CreatedAtKey)
            {
                created = new DateTimeOffset(long.Parse(value, CultureInfo.InvariantCulture), TimeSpan.Zero);
            }
        }

        return (balance, created);
    }

    public static JournalContents Read(SqliteConnection connection, int version, decimal initialBalance, DateTimeOffset createdAt) => new()
    {
        InitialBalance = initialBalance,
        CreatedAt = createdAt,
        SchemaVersion = version,
        Fills = ReadFills(connection, afterSequence: 0),
        RiskState = version >= 2 ? ReadRisk(connection) : null,
        DailySummaries = version >= 2 ? ReadSummaries(connection) : [],
        Marks = version >= 2 ? ReadMarks(connection) : [],
    };

    public static string FormatDay(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static decimal ParseDecimal(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>The columns <see cref="ReadFill"/> expects, in order.</summary>
    public const string FillColumns = """
        seq, execution_id, kind, symbol, side, price, quantity, fees, execution_ticks, execution_offset_minutes,
        recorded_ticks, planned_stop, tag, regime, exit_reason, while_halted
        """;

    public static List<JournalFill> ReadFills(SqliteConnection connection, long afterSequence)
    {
        var fills = new List<JournalFill>();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT {FillColumns} FROM fills WHERE seq > $after ORDER BY seq;";
        cmd.Parameters.AddWithValue("$after", afterSequence);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            fills.Add(ReadFill(r));
        }

        return fills;
    }

    /// <summary>Reads one fill from the current row of a reader over <see cref="FillColumns"/>.</summary>
    public static JournalFill ReadFill(SqliteDataReader r)
    {
        var offset = TimeSpan.FromMinutes(r.GetInt64(9));
        var execution = new DateTimeOffset(r.GetInt64(8), TimeSpan.Zero).ToOffset(offset);
        return new JournalFill(
            r.GetInt64(0),
            r.GetString(1),
            (FillKind)r.GetInt32(2),
            r.GetString(3),
            (TradeSide)r.GetInt32(4),
            ParseDecimal(r.GetString(5)),
            ParseDecimal(r.GetString(6)),
            ParseDecimal(r.GetString(7)),
            execution,
            new DateTimeOffset(r.GetInt64(10), TimeSpan.Zero),
            r.IsDBNull(11) ? null : ParseDecimal(r.GetString(11)),
            r.IsDBNull(12) ? null : r.GetString(12),
            r.IsDBNull(13) ? null : r.GetString(13),
            r.IsDBNull(14) ? null : r.GetString(14),
            r.GetInt64(15) != 0);
    }

    public static RiskState? ReadRisk(SqliteConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT trading_day, day_start_equity, last_equity, peak_equity, breaker_tripped, tripped_at_ticks, drawdown_alert, trip_count
            FROM risk_state WHERE id = 1;
            """;
        using var r = cmd.ExecuteReader();
        if (!r.Read())
        {
            return null;
        }

        return new RiskState(
            DateOnly.ParseExact(r.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            ParseDecimal(r.GetString(1)),
            ParseDecimal(r.GetString(2)),
            ParseDecimal(r.GetString(3)),
            r.GetInt64(4) != 0,
            r.IsDBNull(5) ? null : new DateTimeOffset(r.GetInt64(5), TimeSpan.Zero),
            r.GetInt64(6) != 0,
            r.GetInt32(7));
    }

    public static List<DailySummary> ReadSummaries(SqliteConnection connection)
    {
        var list = new List<DailySummary>();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT day, fills, trades, wins, losses, realized_pnl, fees, starting_equity, ending_balance, ending_equity, breaker_trips
            FROM daily_summaries ORDER BY day;
            """;
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(new DailySummary(
                DateOnly.ParseExact(r.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                r.GetInt32(1),
                r.GetInt32(2),
                r.GetInt32(3),
                r.GetInt32(4),
                ParseDecimal(r.GetString(5)),
                ParseDecimal(r.GetString(6)),
                ParseDecimal(r.GetString(7)),
                ParseDecimal(r.GetString(8)),
                ParseDecimal(r.GetString(9)),
                r.GetInt32(10)));
        }

        return list;
    }

    public static List<JournalMark> ReadMarks(SqliteConnection connection)
    {
        var list = new List<JournalMark>();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT symbol, price, time_ticks, after_seq FROM marks ORDER BY after_seq, symbol;";
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(new JournalMark(r.GetString(0), ParseDecimal(r.GetString(1)), new DateTimeOffset(r.GetInt64(2), TimeSpan.Zero), r.GetInt64(3)));
        }

        return list;
    }
}
