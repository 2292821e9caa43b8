using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Nija.Metrics;

namespace Nija.LiveTracking.Journal;

/// <summary>Reads and writes what a start from a snapshot needs in a SQLite journal (schema version 3 and later).</summary>
internal static class SqliteJournalStartupReader
{
    /// <summary>The snapshot format this code writes and reads.</summary>
    public const int SnapshotFormat = 1;

    public static JournalStartup Read(SqliteConnection connection, decimal initialBalance, DateTimeOffset createdAt, bool useSnapshot)
    {
        var (snapshot, rejected) = useSnapshot ? ReadSnapshot(connection, initialBalance) : (null, null);
        var after = snapshot?.Sequence ?? 0L;
        var (ids, curve) = ScanFills(connection, after);
        var contents = new JournalContents
        {
            InitialBalance = initialBalance,
            CreatedAt = createdAt,
            SchemaVersion = SqliteJournalSchema.LatestVersion,
            Fills = SqliteJournalReader.ReadFills(connection, after),
            RiskState = SqliteJournalReader.ReadRisk(connection),
            DailySummaries = SqliteJournalReader.ReadSummaries(connection),
            Marks = SqliteJournalReader.ReadMarks(connection),
        };
        return new JournalStartup
        {
            Contents = contents,
            Snapshot = snapshot,
            SnapshotExecutionIds = ids,
            SnapshotClosedTrades = snapshot is null ? [] : ReadClosedTrades(connection, after),
            CurvePoints = curve,
            RejectedSnapshot = rejected,
        };
    }

    public static string Checksum(string state) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(state)));

    public static bool TryReadFill(SqliteConnection connection, long sequence, out JournalFill fill, out JournalFillResult result)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"""
            SELECT {SqliteJournalReader.FillColumns}, position_id, is_new, result_quantity, result_amount, equity
            FROM fills WHERE seq = $seq AND position_id IS NOT NULL;
            """;
        cmd.Parameters.AddWithValue("$seq", sequence);
        using var r = cmd.ExecuteReader();
        if (!r.Read())
        {
            (fill, result) = (default, default);
            return false;
        }

        fill = SqliteJournalReader.ReadFill(r);
        result = new JournalFillResult(
            sequence,
            r.GetInt64(16),
            r.GetInt64(17) != 0,
            SqliteJournalReader.ParseDecimal(r.GetString(18)),
            SqliteJournalReader.ParseDecimal(r.GetString(19)),
            r.GetDouble(20),
            null);
        r.Close();
        var trades = ReadClosedTrades(connection, sequence, sequence - 1);
        result = result with { ClosedTrade = trades.Count == 1 ? trades[0] : null };
        return true;
    }

    private static (JournalSnapshot? Snapshot, string? Rejected) ReadSnapshot(SqliteConnection connection, decimal initialBalance)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT seq, format, checksum, state FROM snapshots ORDER BY seq DESC LIMIT 1;";
        long seq;
        string state;
        using (var r = cmd.ExecuteReader())
        {
            if (!r.Read())
            {
                return (null, null);
            }

            seq = r.GetInt64(0);
            var format = r.GetInt32(1);
            var checksum = r.GetString(2);
            state = r.GetString(3);
            if (format != SnapshotFormat)
            {
                return (null, Invariant($"snapshot at fill #{seq} has format {format}, not {SnapshotFormat}"));
            }

            if (!string.Equals(checksum, Checksum(state), StringComparison.Ordinal))
            {
                return (null, Invariant($"snapshot at fill #{seq} fails its checksum"));
            }
        }

        JournalSnapshot? snapshot;
        try
        {
            snapshot = JsonSerializer.Deserialize(state, SnapshotJsonContext.Default.JournalSnapshot);
        }
        catch (JsonException ex)
        {
            return (null, Invariant($"snapshot at fill #{seq} cannot be read ({ex.Message})"));
        }

        if (snapshot is null || snapshot.Sequence != seq || snapshot.Ledger is null || snapshot.Ledger.InitialCash != initialBalance)
        {
            return (null, Invariant($"snapshot at fill #{seq} does not belong to this journal (sequence or initial balance differ)"));
        }

        using var check = connection.CreateCommand();
        check.CommandText = """
            SELECT (SELECT count(*) FROM fills WHERE seq <= $n),
                   (SELECT execution_id FROM fills WHERE seq = $n),
                   EXISTS (SELECT 1 FROM fills WHERE position_id IS NULL AND seq <= $n);
            """;
        check.Parameters.AddWithValue("$n", seq);
        using var c = check.ExecuteReader();
        c.Read();
        var count = c.GetInt64(0);
        var lastId = c.IsDBNull(1) ? null : c.GetString(1);
        var missingResults = c.GetInt64(2) != 0;
        if (count != seq || !string.Equals(lastId, snapshot.LastExecutionId, StringComparison.Ordinal) || missingResults)
        {
            return (null, Invariant($"snapshot at fill #{seq} does not match the fills ({count} fills up to it, last id '{lastId}' vs '{snapshot.LastExecutionId}', results missing {missingResults})"));
        }

        return (snapshot, null);
    }

    /// <summary>One scan of the fills in sequence order: the execution ids up to <paramref name="upTo"/> and every stored fill
    /// point, merged with the mark points (no SQL sort: marks are inserted in curve order).</summary>
    private static (List<string> Ids, List<JournalCurvePoint> Curve) ScanFills(SqliteConnection connection, long upTo)
    {
        var marks = new List<JournalCurvePoint>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT after_seq, time_ticks, equity FROM curve_marks ORDER BY id;";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                marks.Add(new JournalCurvePoint(r.GetInt64(0), new DateTimeOffset(r.GetInt64(1), TimeSpan.Zero), r.GetDouble(2), true));
            }
        }

        var ids = new List<string>((int)Math.Min(upTo, int.MaxValue));
        var points = new List<JournalCurvePoint>();
        var next = 0;
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT seq, execution_id, recorded_ticks, equity FROM fills ORDER BY seq;";
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var seq = r.GetInt64(0);
                if (seq <= upTo)
                {
                    ids.Add(r.GetString(1));
                }

                while (next < marks.Count && marks[next].AfterSequence < seq)
                {
                    points.Add(marks[next++]);
                }

                if (!r.IsDBNull(3))
                {
                    points.Add(new JournalCurvePoint(seq, new DateTimeOffset(r.GetInt64(2), TimeSpan.Zero), r.GetDouble(3), false));
                }
            }
        }

        while (next < marks.Count)
        {
            points.Add(marks[next++]);
        }

        return (ids, points);
    }

    private static List<ClosedTrade> ReadClosedTrades(SqliteConnection connection, long upTo, long after = 0)
    {
        var trades = new List<ClosedTrade>();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT symbol, regime, tag, exit_reason, numbers FROM closed_trades WHERE seq > $after AND seq <= $n ORDER BY seq;";
        cmd.Parameters.AddWithValue("$after", after);
        cmd.Parameters.AddWithValue("$n", upTo);
        using var r = cmd.ExecuteReader();
        var symbols = new Dictionary<string, string>(StringComparer.Ordinal);
        while (r.Read())
        {
            var symbol = r.GetString(0);
            if (!symbols.TryGetValue(symbol, out var shared))
            {
                symbols[symbol] = shared = symbol;
            }

            trades.Add(ClosedTradeNumbers.Parse(
                r.GetString(4),
                shared,
                r.IsDBNull(1) ? null : r.GetString(1),
                r.IsDBNull(2) ? null : r.GetString(2),
                r.IsDBNull(3) ? null : r.GetString(3)));
        }

        return trades;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
