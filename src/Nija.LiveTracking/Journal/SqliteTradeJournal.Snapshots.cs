using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Nija.LiveTracking.Journal;

/// <summary>Start-up snapshots, stored fill results, curve marks and reading one old fill (<see cref="ITradeJournalSnapshots"/>).</summary>
public sealed partial class SqliteTradeJournal : ITradeJournalSnapshots
{
    /// <inheritdoc />
    public JournalStartup LoadStartup(decimal initialBalance, DateTimeOffset now, bool useSnapshot = true)
    {
        lock (_gate)
        {
            ThrowIfUnusable();
            try
            {
                var (balance, created) = OpenMeta(initialBalance, now);
                return SqliteJournalStartupReader.Read(_connection, balance, created, useSnapshot);
            }
            catch (Exception ex) when (ex is SqliteException or FormatException or JsonException)
            {
                throw new TradeJournalException($"The journal '{_path}' cannot be read: {ex.Message}", ex);
            }
        }
    }

    /// <inheritdoc />
    public void Append(in JournalFill fill, in JournalCheckpoint checkpoint, in JournalFillResult result)
    {
        if (result.Sequence != fill.Sequence)
        {
            throw new ArgumentException($"The result's sequence {result.Sequence} is not the fill's {fill.Sequence}.", nameof(result));
        }

        lock (_gate)
        {
            ThrowIfUnusable();
            Write(fill, checkpoint, marks: null, hasFill: true, result);
        }
    }

    /// <inheritdoc />
    public void Append(in JournalFill fill, in JournalCheckpoint checkpoint, in JournalFillResult result, IReadOnlyCollection<JournalMark> marks)
    {
        ArgumentNullException.ThrowIfNull(marks);
        if (result.Sequence != fill.Sequence)
        {
            throw new ArgumentException($"The result's sequence {result.Sequence} is not the fill's {fill.Sequence}.", nameof(result));
        }

        lock (_gate)
        {
            ThrowIfUnusable();
            Write(fill, checkpoint, marks, hasFill: true, result);
        }
    }

    /// <inheritdoc />
    public bool SaveSnapshot(JournalSnapshot snapshot, Func<long, JournalFillResult> resultOf)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(resultOf);
        var state = JsonSerializer.Serialize(snapshot, SnapshotJsonContext.Default.JournalSnapshot);
        lock (_gate)
        {
            ThrowIfUnusable();
            CommitBatch();
            var tx = _connection.BeginTransaction();
            try
            {
                var missing = new List<long>();
                using (var cmd = _connection.CreateCommand())
                {
                    cmd.Transaction = tx;
                    cmd.CommandText = "SELECT seq FROM fills WHERE position_id IS NULL AND seq <= $n ORDER BY seq;";
                    cmd.Parameters.AddWithValue("$n", snapshot.Sequence);
                    using var r = cmd.ExecuteReader();
                    while (r.Read())
                    {
                        missing.Add(r.GetInt64(0));
                    }
                }

                try
                {
                    foreach (var seq in missing)
                    {
                        var result = resultOf(seq);
                        if (double.IsNaN(result.Equity))
                        {
                            throw new KeyNotFoundException();
                        }

                        _commands.UpdateResult(tx, result with { Sequence = seq });
                    }
                }
                catch (KeyNotFoundException)
                {
                    SafeRollback(tx);
                    return false;
                }

                using (var cmd = _connection.CreateCommand())
                {
                    cmd.Transaction = tx;
                    cmd.CommandText = "DELETE FROM snapshots; INSERT INTO snapshots (seq, format, checksum, state) VALUES ($n, $f, $c, $s);";
                    cmd.Parameters.AddWithValue("$n", snapshot.Sequence);
                    cmd.Parameters.AddWithValue("$f", SqliteJournalStartupReader.SnapshotFormat);
                    cmd.Parameters.AddWithValue("$c", SqliteJournalStartupReader.Checksum(state));
                    cmd.Parameters.AddWithValue("$s", state);
                    cmd.ExecuteNonQuery();
                }

                tx.Commit();
                return true;
            }
            catch (SqliteException ex)
            {
                SafeRollback(tx);
                throw new TradeJournalException($"Writing a snapshot to the journal '{_path}' failed: {ex.Message}", ex);
            }
            finally
            {
                tx.Dispose();
            }
        }
    }

    /// <inheritdoc />
    public void SaveCurveMarks(IReadOnlyList<JournalCurvePoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
        {
            return;
        }

        lock (_gate)
        {
            ThrowIfUnusable();
            var own = _batch is null;
            var tx = _batch ?? _connection.BeginTransaction();
            try
            {
                foreach (var point in points)
                {
                    _commands.InsertCurveMark(tx, point);
                }

                if (own)
                {
                    tx.Commit();
                }
            }
            catch (SqliteException ex)
            {
                if (own)
                {
                    SafeRollback(tx);
                }
                else
                {
                    // A failed statement inside a batch poisons the batch (as for fills).
                    _backgroundFault = ex;
                }

                throw new TradeJournalException($"Writing curve marks to the journal '{_path}' failed: {ex.Message}", ex);
            }
            finally
            {
                if (own)
                {
                    tx.Dispose();
                }
            }
        }
    }

    /// <inheritdoc />
    public bool TryReadFill(long sequence, out JournalFill fill, out JournalFillResult result)
    {
        lock (_gate)
        {
            ThrowIfUnusable();
            try
            {
                return SqliteJournalStartupReader.TryReadFill(_connection, sequence, out fill, out result);
            }
            catch (Exception ex) when (ex is SqliteException or FormatException or JsonException)
            {
                throw new TradeJournalException($"Reading fill #{sequence} from the journal '{_path}' failed: {ex.Message}", ex);
            }
        }
    }
}
