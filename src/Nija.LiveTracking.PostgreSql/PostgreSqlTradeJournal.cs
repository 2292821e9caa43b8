using System.Globalization;
using Nija.LiveTracking.Journal;
using Nija.Metrics;
using Npgsql;

namespace Nija.LiveTracking.PostgreSql;

/// <summary>
/// Fleet mode's journal: many bots (one tracker each, identified by a bot id) record into one PostgreSQL schema, and the
/// account-wide limits (<see cref="PostgreSqlJournalOptions.AccountRisk"/>) are enforced over the sum of their equity.
/// </summary>
/// <remarks>
/// <para><b>Durable on return</b>: every <see cref="Append(in JournalFill, in JournalCheckpoint)"/> is one transaction committed with
/// <c>synchronous_commit = on</c> before it returns (the tracker's batched mode does not apply).</para>
/// <para><b>Idempotent</b>: the tracker ignores execution ids it has recorded; the unique constraint on
/// (bot id, execution id) enforces it in the database too.</para>
/// <para><b>Account-wide breaker</b>: each write takes <c>pg_advisory_xact_lock</c> on the account, stores the fill and
/// the bot's equity, sums every bot's equity and feeds it through one <see cref="RiskRules"/> whose state is stored per
/// trading day in <c>account_risk</c>, all in the same transaction: concurrent writers are serialised, the breaker trips
/// exactly once, and every bot sees it on its next check.</para>
/// <para><b>One tracker per bot id</b>: a session-level advisory lock, held while the journal is open, released when it
/// is disposed or its connection dies.</para>
/// <para><b>Failures</b>: a lost connection or failed statement throws <see cref="TradeJournalException"/> (the fill is
/// not acknowledged) and the journal accepts no more calls; re-create the tracker and journal once the server is back and
/// retry the fill: it is recorded exactly once. The connection string is never logged nor put in messages.</para>
/// <para>Thread-safe.</para>
/// </remarks>
public sealed class PostgreSqlTradeJournal : ITradeJournal, IAccountRiskGate
{
    private readonly Lock _gate = new();
    private readonly string _bot;
    private readonly string _schema;
    private readonly string _where;
    private readonly RiskRulesOptions? _accountRisk;
    private readonly TimeProvider _time;
    private readonly NpgsqlConnection _connection;
    private readonly int _version;
    private AccountRiskUpdate? _pending;
    private Exception? _broken;
    private bool _disposed;

    /// <summary>Connects, creates or migrates the fleet schema, and claims <paramref name="botId"/> for this journal.</summary>
    /// <param name="connectionString">An Npgsql connection string (never logged; pooling is turned off for this connection).</param>
    /// <param name="botId">The bot's id in the fleet: 1 to 200 characters, not blank.</param>
    /// <param name="options">Schema, account-wide limits, command timeout; default <see cref="PostgreSqlJournalOptions"/>.</param>
    /// <exception cref="ArgumentException">An argument or option is invalid (the message never contains the connection string).</exception>
    /// <exception cref="TradeJournalException">The server is unreachable, the schema is newer or not a Nija fleet schema, or another tracker holds the bot id.</exception>
    public PostgreSqlTradeJournal(string connectionString, string botId, PostgreSqlJournalOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentException.ThrowIfNullOrWhiteSpace(botId);
        if (botId.Length > 200)
        {
            throw new ArgumentOutOfRangeException(nameof(botId), botId.Length, "The bot id must be at most 200 characters long.");
        }

        var opts = (options ?? new PostgreSqlJournalOptions()).Clone();
        opts.Validate();
        var builder = PostgreSqlConnectionStrings.Parse(connectionString, opts.CommandTimeoutSeconds);
        builder.Pooling = false;
        _bot = botId;
        _schema = opts.Schema;
        _accountRisk = opts.AccountRisk;
        _time = opts.TimeProvider ?? TimeProvider.System;
        _where = string.Create(CultureInfo.InvariantCulture, $"{PostgreSqlConnectionStrings.Describe(builder)} (schema {_schema}, bot '{_bot}')");
        _connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            _connection.Open();
            using (var cmd = new NpgsqlCommand("SET synchronous_commit = on;", _connection))
            {
                cmd.ExecuteNonQuery();
            }

            _version = PostgreSqlJournalSchema.Migrate(_connection, _schema, _where);
            using var lockCmd = new NpgsqlCommand(BotLockSql("pg_try_advisory_lock"), _connection);
            lockCmd.Parameters.AddWithValue(_schema + "/" + _bot);
            if (!(bool)lockCmd.ExecuteScalar()!)
            {
                throw new TradeJournalException($"The PostgreSQL journal of {_where} is in use by another tracker. Stop it first (one tracker per bot id).");
            }
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException or TradeJournalException)
        {
            _connection.Dispose();
            throw ex as TradeJournalException ?? new TradeJournalException($"The PostgreSQL journal of {_where} cannot be opened: {ex.Message} Nothing was changed.", ex);
        }
    }

    /// <summary>The bot id this journal records for.</summary>
    public string BotId => _bot;

    /// <summary>The schema version found when the journal was opened (0 when the schema was created now).</summary>
    public int OpenedSchemaVersion => _version;

    /// <inheritdoc />
    public JournalContents Load(decimal initialBalance, DateTimeOffset now)
    {
        lock (_gate)
        {
            ThrowIfUnusable();
            try
            {
                using var tx = _connection.BeginTransaction();
                LockAccount(tx);
                var bot = PostgreSqlJournalReader.ReadBot(_connection, tx, _schema, _bot);
                // Before anything of this bot counts in the account: the same account limits as every other bot, or a clear
                // error (nothing is written: a new bot is not even registered).
                AccountSettingsBook.CheckOrRecord(_connection, tx, _schema, _accountRisk, _bot, now, _where);
                DateTimeOffset created;
                if (bot is null)
                {
                    created = new DateTimeOffset(now.UtcTicks, TimeSpan.Zero);
                    using var insert = new NpgsqlCommand($"INSERT INTO {_schema}.bots (bot_id, initial_balance, created_at_ticks, last_equity) VALUES ($1, $2, $3, $2);", _connection, tx);
                    insert.Parameters.AddWithValue(_bot);
                    insert.Parameters.AddWithValue(initialBalance);
                    insert.Parameters.AddWithValue(created.UtcTicks);
                    insert.ExecuteNonQuery();
                    if (_accountRisk is not null)
                    {
                        AccountRiskBook.AddCapital(_connection, tx, _schema, _accountRisk, now, initialBalance);
                    }
                }
                else if (bot.Value.InitialBalance != initialBalance)
                {
                    throw new TradeJournalException(string.Create(
                        CultureInfo.InvariantCulture,
                        $"The PostgreSQL journal of {_where} was created with an initial balance of {bot.Value.InitialBalance}, not {initialBalance}. Use the original value or another bot id."));
                }
                else
                {
                    created = bot.Value.CreatedAt;
                }

                var contents = PostgreSqlJournalReader.Read(_connection, tx, _schema, _bot, PostgreSqlJournalSchema.LatestVersion, initialBalance, created);
                tx.Commit();
                return contents;
            }
            catch (Exception ex) when (IsDatabaseFailure(ex))
            {
                throw Broken(ex, "cannot be read");
            }
        }
    }

    /// <inheritdoc />
    public void Append(in JournalFill fill, in JournalCheckpoint checkpoint)
    {
        lock (_gate)
        {
            ThrowIfUnusable();
            Write(fill, checkpoint, null, hasFill: true, fill.RecordedAt);
        }
    }

    /// <inheritdoc />
    public void Append(in JournalFill fill, in JournalCheckpoint checkpoint, IReadOnlyCollection<JournalMark> marks)
    {
        ArgumentNullException.ThrowIfNull(marks);
        lock (_gate)
        {
            ThrowIfUnusable();
            Write(fill, checkpoint, marks, hasFill: true, fill.RecordedAt);
        }
    }

    /// <inheritdoc />
    public void SaveCheckpoint(in JournalCheckpoint checkpoint, IReadOnlyCollection<JournalMark> marks)
    {
        ArgumentNullException.ThrowIfNull(marks);
        lock (_gate)
        {
            ThrowIfUnusable();
            Write(default, checkpoint, marks, hasFill: false, _time.GetUtcNow());
        }
    }

    /// <summary>A no-op: every write is committed before it returns.</summary>
    public void Flush()
    {
        lock (_gate)
        {
            ThrowIfUnusable();
        }
    }

    /// <inheritdoc />
    public RiskDecision CheckAccount(DateTimeOffset now)
    {
        lock (_gate)
        {
            ThrowIfUnusable();
            if (_accountRisk is null)
            {
                return new RiskDecision(true, RiskHaltReason.None, TradingDays.Of(now), 0m, 0m, 0m, 0m, null);
            }

            try
            {
                var current = AccountRiskBook.ReadCurrent(_connection, null, _schema);
                return current is null
                    ? new RiskDecision(true, RiskHaltReason.None, TradingDays.Of(now, _accountRisk.TradingDayTimeZone), 0m, 0m, 0m, _accountRisk.MaxDailyLossPercent, null)
                    : AccountRiskBook.Decide(new RiskRules(_accountRisk, current.State), now);
            }
            catch (Exception ex) when (IsDatabaseFailure(ex))
            {
                throw Broken(ex, "cannot be read");
            }
        }
    }

    /// <inheritdoc />
    public AccountRiskUpdate? TakeAccountUpdate()
    {
        lock (_gate)
        {
            var update = _pending;
            _pending = null;
            return update;
        }
    }

    /// <summary>Closes the connection, which releases the bot id.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            try
            {
                if (_broken is null)
                {
                    // Release the bot id now: closing alone releases it only when the server notices the disconnect.
                    using var unlock = new NpgsqlCommand(BotLockSql("pg_advisory_unlock"), _connection);
                    unlock.Parameters.AddWithValue(_schema + "/" + _bot);
                    unlock.ExecuteNonQuery();
                }

                _connection.Dispose();
            }
            catch (Exception ex) when (IsDatabaseFailure(ex))
            {
                // The connection is already gone; the server releases the bot's lock with it.
                _connection.Dispose();
            }
        }
    }

    private static bool IsDatabaseFailure(Exception ex) => ex is NpgsqlException or InvalidOperationException or TimeoutException or (IOException and not TradeJournalException);

    private void Write(in JournalFill fill, in JournalCheckpoint checkpoint, IReadOnlyCollection<JournalMark>? marks, bool hasFill, DateTimeOffset now)
    {
        try
        {
            using var tx = _connection.BeginTransaction();
            using var batch = new NpgsqlBatch(_connection, tx);
            if (_accountRisk is not null)
            {
                batch.BatchCommands.Add(new NpgsqlBatchCommand(AccountLockSql()));
            }

            if (hasFill)
            {
                PostgreSqlJournalWriter.AddFill(batch, _schema, _bot, fill);
            }

            PostgreSqlJournalWriter.AddCheckpoint(batch, _schema, _bot, checkpoint);
            if (marks is not null)
            {
                foreach (var mark in marks)
                {
                    PostgreSqlJournalWriter.AddMark(batch, _schema, _bot, mark);
                }
            }

            batch.ExecuteNonQuery();
            AccountRiskUpdate? update = null;
            if (_accountRisk is not null)
            {
                var unflaggedEntry = hasFill && fill.Kind == FillKind.Entry && !fill.RecordedWhileHalted;
                update = AccountRiskBook.Update(_connection, tx, _schema, _accountRisk, now, _bot, hasFill ? fill.ExecutionId : null, unflaggedEntry);
            }

            tx.Commit();
            if (update is { } u)
            {
                Accumulate(u);
            }
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation && hasFill)
        {
            throw Broken(ex, string.Create(CultureInfo.InvariantCulture, $"already holds execution id '{fill.ExecutionId}' (or fill #{fill.Sequence}) written by another writer; the fill was not recorded again"));
        }
        catch (Exception ex) when (IsDatabaseFailure(ex))
        {
            throw Broken(ex, "could not be written; the call was not acknowledged. Re-create the tracker once the server is reachable and retry (retries of a fill are recorded once)");
        }
    }

    private void Accumulate(in AccountRiskUpdate u)
    {
        _pending = _pending is { } p
            ? u with { Events = p.Events | u.Events, EntryWhileHaltedExecutionId = u.EntryWhileHaltedExecutionId ?? p.EntryWhileHaltedExecutionId }
            : u;
    }

    private void LockAccount(NpgsqlTransaction tx)
    {
        using var cmd = new NpgsqlCommand(AccountLockSql(), _connection, tx);
        cmd.ExecuteNonQuery();
    }

    private static string BotLockSql(string function) => string.Create(CultureInfo.InvariantCulture, $"SELECT {function}({PostgreSqlJournalSchema.BotLockClass}, hashtext($1));");

    private string AccountLockSql() => PostgreSqlJournalSchema.AccountLockSql(_schema);

    private TradeJournalException Broken(Exception ex, string what)
    {
        _broken = ex;
        return new TradeJournalException($"The PostgreSQL journal of {_where} {what}: {ex.Message}", ex);
    }

    private void ThrowIfUnusable()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_broken is { } fault)
        {
            throw new TradeJournalException($"The PostgreSQL journal of {_where} failed earlier and accepts no more calls ({fault.Message}); re-create the tracker.", fault);
        }
    }
}
