using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Nija.LiveTracking.Journal;

/// <summary>
/// The default journal: one SQLite file (WAL, synchronous=FULL), versioned schema with forward migrations, guarded by an
/// exclusive lock file (<c>&lt;journal&gt;.lock</c>) so two trackers can never write one journal.
/// </summary>
/// <remarks>
/// <para><see cref="JournalDurability.Durable"/>: every <see cref="Append(in JournalFill, in JournalCheckpoint)"/> is its own transaction, committed and fsynced
/// before it returns. <see cref="JournalDurability.Batched"/>: appends join an open transaction that is committed when
/// the batch window has passed (checked on every append and by a timer), on <see cref="Flush"/> and on
/// <see cref="Dispose"/>; a crash loses at most the last window.</para>
/// <para>A corrupt file, a newer schema, a file that is not a Nija journal or a held lock throws
/// <see cref="TradeJournalException"/> from the constructor; the file is never reset or overwritten.</para>
/// <para>Thread-safe.</para>
/// </remarks>
public sealed partial class SqliteTradeJournal : ITradeJournal
{
    private readonly Lock _gate = new();
    private readonly string _path;
    private readonly JournalDurability _durability;
    private readonly TimeSpan _batchWindow;
    private readonly TimeProvider _time;
    private readonly FileStream _lockFile;
    private readonly SqliteConnection _connection;
    private readonly SqliteJournalCommands _commands;
    private readonly ITimer? _batchTimer;
    private readonly int _version;
    private SqliteTransaction? _batch;
    private JournalCheckpoint? _pendingCheckpoint;
    private long _batchStarted;
    private Exception? _backgroundFault;
    private bool _disposed;

    /// <summary>Opens (or creates) the journal at <paramref name="path"/> for writing, migrating an older schema forward.</summary>
    /// <param name="path">The journal file; its folder is created when missing.</param>
    /// <param name="durability">When appends reach the disk. Default durable.</param>
    /// <param name="batchWindow">Batched mode's commit window; default 10 ms; range (0, 1 s].</param>
    /// <param name="timeProvider">The clock for the batch window; default <see cref="TimeProvider.System"/>.</param>
    /// <exception cref="ArgumentException">The path is empty or an option is out of range.</exception>
    /// <exception cref="TradeJournalException">Locked by another tracker, corrupt, newer schema, or not a Nija journal.</exception>
    public SqliteTradeJournal(string path, JournalDurability durability = JournalDurability.Durable, TimeSpan? batchWindow = null, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var window = batchWindow ?? TimeSpan.FromMilliseconds(10);
        if (window <= TimeSpan.Zero || window > TimeSpan.FromSeconds(1))
        {
            throw new ArgumentOutOfRangeException(nameof(batchWindow), window, "The batch window must be greater than 0 and at most 1 second.");
        }

        if (!Enum.IsDefined(durability))
        {
            throw new ArgumentOutOfRangeException(nameof(durability), durability, "Durability must be Durable or Batched.");
        }

        _path = Path.GetFullPath(path);
        _durability = durability;
        _batchWindow = window;
        _time = timeProvider ?? TimeProvider.System;
        Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        _lockFile = JournalLockFile.Acquire(_path);
        try
        {
            _connection = new SqliteConnection(ConnectionString(_path, SqliteOpenMode.ReadWriteCreate));
            _connection.Open();
            _version = SqliteJournalSchema.Check(_connection, _path);
            Pragma(_connection, "PRAGMA journal_mode = WAL;");
            Pragma(_connection, "PRAGMA synchronous = FULL;");
            SqliteJournalSchema.Migrate(_connection, _version);
            _commands = new SqliteJournalCommands(_connection);
            if (durability == JournalDurability.Batched)
            {
                _batchTimer = _time.CreateTimer(static s => ((SqliteTradeJournal)s!).OnBatchTimer(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            }
        }
        catch (Exception ex) when (ex is SqliteException or InvalidOperationException or TradeJournalException)
        {
            _connection?.Dispose();
            _lockFile.Dispose();
            throw ex as TradeJournalException ?? new TradeJournalException($"The journal '{_path}' cannot be opened: {ex.Message} It was left untouched.", ex);
        }
    }

    /// <summary>The journal file.</summary>
    public string FilePath => _path;

    /// <summary>The schema version the file had when it was opened (0 when it was created now).</summary>
    public int OpenedSchemaVersion => _version;

    /// <summary>
    /// Reads a journal for display without ever modifying it (read-only connection, no lock file, no migration): fills,
    /// daily summaries, risk state and marks. Works while a tracker is writing the journal.
    /// </summary>
    /// <param name="path">The journal file; must exist.</param>
    /// <returns>The contents.</returns>
    /// <exception cref="TradeJournalException">Missing, corrupt, newer schema, or not a Nija journal.</exception>
    public static JournalContents OpenReadOnly(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new TradeJournalException($"There is no journal at '{full}'.");
        }

        // With no writer (its lock file is free) and no write-ahead log to replay, the file is opened as immutable, so SQLite
        // creates no -wal/-shm files; otherwise a plain read-only connection reads alongside the writer (or the WAL a
        // crashed writer left). The lock is held while reading so no tracker starts writing under an immutable reader.
        using var noWriter = JournalLockFile.TryHold(full);
        var immutable = noWriter is not null && !File.Exists(full + "-wal");
        try
        {
            var source = immutable ? new Uri(full).AbsoluteUri + "?immutable=1" : full;
            using var connection = new SqliteConnection(ConnectionString(source, SqliteOpenMode.ReadOnly));
            connection.Open();
            var version = SqliteJournalSchema.Check(connection, full);
            if (version == 0)
            {
                throw new TradeJournalException($"'{full}' is an empty database, not a Nija journal.");
            }

            var (balance, created) = SqliteJournalReader.ReadMeta(connection);
            return SqliteJournalReader.Read(connection, version, balance ?? 0m, created);
        }
        catch (Exception ex) when (ex is SqliteException or FormatException or InvalidOperationException)
        {
            throw new TradeJournalException($"The journal '{full}' cannot be read: {ex.Message}", ex);
        }
    }

    /// <inheritdoc />
    public JournalContents Load(decimal initialBalance, DateTimeOffset now)
    {
        lock (_gate)
        {
            ThrowIfUnusable();
            try
            {
                var (balance, created) = OpenMeta(initialBalance, now);
                return SqliteJournalReader.Read(_connection, SqliteJournalSchema.LatestVersion, balance, created);
            }
            catch (Exception ex) when (ex is SqliteException or FormatException)
            {
                throw new TradeJournalException($"The journal '{_path}' cannot be read: {ex.Message}", ex);
            }
        }
    }

    /// <inheritdoc />
    public void Append(in JournalFill fill, in JournalCheckpoint checkpoint)
    {
        lock (_gate)
        {
            ThrowIfUnusable();
            Write(fill, checkpoint, marks: null, hasFill: true, result: null);
        }
    }

    /// <inheritdoc />
    public void Append(in JournalFill fill, in JournalCheckpoint checkpoint, IReadOnlyCollection<JournalMark> marks)
    {
        ArgumentNullException.ThrowIfNull(marks);
        lock (_gate)
        {
            ThrowIfUnusable();
            Write(fill, checkpoint, marks, hasFill: true, result: null);
        }
    }

    /// <inheritdoc />
    public void SaveCheckpoint(in JournalCheckpoint checkpoint, IReadOnlyCollection<JournalMark> marks)
    {
        ArgumentNullException.ThrowIfNull(marks);
        lock (_gate)
        {
            ThrowIfUnusable();
            Write(default, checkpoint, marks, hasFill: false, result: null);
        }
    }

    /// <inheritdoc />
    public void Flush()
    {
        lock (_gate)
        {
            ThrowIfUnusable();
            CommitBatch();
        }
    }

    /// <summary>Commits a pending batch, closes the file and releases the lock file.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _batchTimer?.Dispose();
            try
            {
                CommitBatch();
            }
            finally
            {
                _commands.Dispose();
                _connection.Dispose();
                _lockFile.Dispose();
            }
        }
    }

    /// <summary>Reads the journal's initial balance and creation time, recording them when the journal is new.</summary>
    private (decimal Balance, DateTimeOffset Created) OpenMeta(decimal initialBalance, DateTimeOffset now)
    {
        var (balance, created) = SqliteJournalReader.ReadMeta(_connection);
        if (balance is null)
        {
            using var tx = _connection.BeginTransaction();
            using var cmd = _connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = "INSERT INTO meta (key, value) VALUES ($k1, $v1), ($k2, $v2);";
            cmd.Parameters.AddWithValue("$k1", SqliteJournalReader.InitialBalanceKey);
            cmd.Parameters.AddWithValue("$v1", initialBalance.ToString(CultureInfo.InvariantCulture));
            cmd.Parameters.AddWithValue("$k2", SqliteJournalReader.CreatedAtKey);
            cmd.Parameters.AddWithValue("$v2", now.UtcTicks.ToString(CultureInfo.InvariantCulture));
            cmd.ExecuteNonQuery();
            tx.Commit();
            (balance, created) = (initialBalance, new DateTimeOffset(now.UtcTicks, TimeSpan.Zero));
        }
        else if (balance.Value != initialBalance)
        {
            throw new TradeJournalException(string.Create(
                CultureInfo.InvariantCulture,
                $"The journal '{_path}' was created with an initial balance of {balance.Value}, not {initialBalance}. Use the original value or a new data directory."));
        }

        return (balance.Value, created);
    }

    private static string ConnectionString(string path, SqliteOpenMode mode) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = mode,
        Pooling = false,
    }.ToString();

    private static void Pragma(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private void Write(in JournalFill fill, in JournalCheckpoint checkpoint, IReadOnlyCollection<JournalMark>? marks, bool hasFill, in JournalFillResult? result)
    {
        var tx = _batch;
        var ownTransaction = tx is null;
        try
        {
            if (tx is null)
            {
                tx = _connection.BeginTransaction();
                if (_durability == JournalDurability.Batched)
                {
                    _batch = tx;
                    _batchStarted = _time.GetTimestamp();
                    _batchTimer!.Change(_batchWindow, Timeout.InfiniteTimeSpan);
                }
            }

            if (hasFill)
            {
                _commands.InsertFill(tx, fill, result);
            }

            if (_durability == JournalDurability.Batched && hasFill && checkpoint.ClosedDay is null)
            {
                // Inside a batch only the last derived state matters: it is written once, just before the commit.
                _pendingCheckpoint = checkpoint;
            }
            else
            {
                _commands.SaveCheckpoint(tx, checkpoint);
                _pendingCheckpoint = null;
            }
            if (marks is not null)
            {
                foreach (var mark in marks)
                {
                    _commands.SaveMark(tx, mark);
                }
            }

            if (_durability == JournalDurability.Durable)
            {
                tx.Commit();
                tx.Dispose();
            }
            else if (_time.GetElapsedTime(_batchStarted) >= _batchWindow)
            {
                CommitBatch();
            }
        }
        catch (SqliteException ex)
        {
            if (_durability == JournalDurability.Batched)
            {
                // A failed statement inside a batch poisons the batch: the journal stops accepting writes.
                _backgroundFault = ex;
            }

            if (ownTransaction || _durability == JournalDurability.Durable)
            {
                SafeRollback(tx);
                _batch = null;
            }

            throw new TradeJournalException($"Writing to the journal '{_path}' failed: {ex.Message}", ex);
        }
    }

    private void CommitBatch()
    {
        var tx = _batch;
        if (tx is null)
        {
            return;
        }

        _batch = null;
        try
        {
            if (_pendingCheckpoint is { } pending)
            {
                _pendingCheckpoint = null;
                _commands.SaveCheckpoint(tx, pending);
            }

            tx.Commit();
        }
        catch (SqliteException ex)
        {
            _backgroundFault = ex;
            SafeRollback(tx);
            throw new TradeJournalException($"Committing a batch to the journal '{_path}' failed: {ex.Message}", ex);
        }
        finally
        {
            tx.Dispose();
        }
    }

    private void OnBatchTimer()
    {
        lock (_gate)
        {
            if (_disposed || _backgroundFault is not null)
            {
                return;
            }

            try
            {
                CommitBatch();
            }
            catch (TradeJournalException)
            {
                // Recorded in _backgroundFault; the next call on the journal reports it.
            }
        }
    }

    private void ThrowIfUnusable()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_backgroundFault is { } fault)
        {
            throw new TradeJournalException($"The journal '{_path}' failed earlier and accepts no more writes: {fault.Message}", fault);
        }
    }

    private static void SafeRollback(SqliteTransaction? tx)
    {
        if (tx is null)
        {
            return;
        }

        try
        {
            tx.Rollback();
        }
        catch (SqliteException)
        {
            // The connection already rolled back (e.g. after a disk error); nothing more to undo.
        }
        catch (InvalidOperationException)
        {
            // Already completed.
        }
    }
}
