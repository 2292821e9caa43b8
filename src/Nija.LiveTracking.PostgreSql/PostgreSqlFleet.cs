using System.Globalization;
using Nija.LiveTracking.Journal;
using Nija.Metrics;
using Npgsql;

namespace Nija.LiveTracking.PostgreSql;

/// <summary>
/// Read-only access to a fleet schema for display and reports (<c>nija live/report/compare --connection</c>): bots, one
/// bot's contents, everything at once. Uses a read-only, repeatable-read transaction: never creates, migrates or writes
/// anything and works while trackers are writing.
/// </summary>
public static class PostgreSqlFleet
{
    /// <summary>The bot ids recorded in the schema, in ordinal order.</summary>
    /// <param name="connectionString">An Npgsql connection string (never logged).</param>
    /// <param name="schema">The fleet schema; default <c>nija</c>.</param>
    /// <returns>The bot ids.</returns>
    /// <exception cref="TradeJournalException">Unreachable, no fleet journal in the schema, or a newer schema.</exception>
    public static IReadOnlyList<string> ListBots(string connectionString, string schema = "nija") =>
        Read(connectionString, schema, (c, s, _) => PostgreSqlJournalReader.ReadBotIds(c, s));

    /// <summary>One bot's journal contents (fills, risk state, daily summaries, marks).</summary>
    /// <param name="connectionString">An Npgsql connection string (never logged).</param>
    /// <param name="botId">The bot.</param>
    /// <param name="schema">The fleet schema; default <c>nija</c>.</param>
    /// <returns>The contents.</returns>
    /// <exception cref="TradeJournalException">Unreachable, no fleet journal, newer schema, or no such bot.</exception>
    public static JournalContents OpenReadOnly(string connectionString, string botId, string schema = "nija")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(botId);
        return Read(connectionString, schema, (c, s, v) => ReadBot(c, s, botId, v));
    }

    /// <summary>Every bot's contents and the account-wide risk history, from one consistent snapshot.</summary>
    /// <param name="connectionString">An Npgsql connection string (never logged).</param>
    /// <param name="schema">The fleet schema; default <c>nija</c>.</param>
    /// <returns>The fleet's contents.</returns>
    /// <exception cref="TradeJournalException">Unreachable, no fleet journal in the schema, or a newer schema.</exception>
    public static FleetContents ReadAll(string connectionString, string schema = "nija") => Read(connectionString, schema, (c, s, v) =>
    {
        var bots = new SortedDictionary<string, JournalContents>(StringComparer.Ordinal);
        foreach (var id in PostgreSqlJournalReader.ReadBotIds(c, s))
        {
            bots[id] = ReadBot(c, s, id, v);
        }

        return new FleetContents { SchemaVersion = v, Bots = bots, AccountRisk = v >= 2 ? AccountRiskBook.ReadAll(c, s) : [] };
    });

    /// <summary>
    /// Releases a tripped account-wide breaker (an operator's decision; needed under <see cref="BreakerResetPolicy.Manual"/>)
    /// and starts a fresh daily-loss budget from the account's last equity. Serialised with the bots' writes by the
    /// account's advisory lock; every bot sees it on its next check. A no-op when not tripped.
    /// </summary>
    /// <param name="connectionString">An Npgsql connection string (never logged).</param>
    /// <param name="accountRisk">The account's limits (time zone and policy decide the trading day).</param>
    /// <param name="now">When the reset happens.</param>
    /// <param name="schema">The fleet schema; default <c>nija</c>.</param>
    /// <returns>The account decision after the reset.</returns>
    /// <exception cref="TradeJournalException">Unreachable, no fleet journal in the schema, or a newer schema.</exception>
    public static RiskDecision ResetAccountBreaker(string connectionString, RiskRulesOptions accountRisk, DateTimeOffset now, string schema = "nija")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(accountRisk);
        accountRisk.Validate();
        return UnderAccountLock(connectionString, schema, "The account breaker at {0} could not be reset", prepare: null, (connection, tx, where) =>
        {
            if (PostgreSqlJournalSchema.Check(connection, schema, where) < 2)
            {
                throw new TradeJournalException($"There is no Nija fleet journal with account limits at {where}.");
            }

            return AccountRiskBook.Reset(connection, tx, schema, accountRisk, now);
        });
    }

    /// <summary>
    /// Sets the account limits every bot of the schema must be configured with (<see cref="PostgreSqlJournalOptions.AccountRisk"/>;
    /// null: account limits off). The first bot to start records its own; a bot started with others is refused. Every bot
    /// must be stopped first: a running tracker would keep the limits it started with, so the change is refused, naming
    /// the bots whose journals are open, and nothing is written.
    /// </summary>
    /// <param name="connectionString">The PostgreSQL connection string.</param>
    /// <param name="limits">The account limits, or null to turn account limits off.</param>
    /// <param name="now">When the change is made (recorded with it).</param>
    /// <param name="schema">The fleet's schema.</param>
    /// <exception cref="ArgumentException">The connection string is empty, a limit or the schema name is out of range.</exception>
    /// <exception cref="TradeJournalException">Unreachable, no fleet journal in the schema, a newer schema, or bots still running.</exception>
    public static void SetAccountLimits(string connectionString, RiskRulesOptions? limits, DateTimeOffset now, string schema = "nija")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        limits?.Validate();
        UnderAccountLock(
            connectionString,
            schema,
            "The account limits at {0} could not be set",
            prepare: (connection, where) =>
            {
                if (PostgreSqlJournalSchema.Check(connection, schema, where) == 0)
                {
                    throw new TradeJournalException($"There is no Nija fleet journal at {where}.");
                }

                PostgreSqlJournalSchema.Migrate(connection, schema, where);
            },
            (connection, tx, where) =>
            {
                // Under the account lock: a bot that registers after this check starts against the new limits (and is
                // refused if it was configured with others).
                var running = RunningBots(connection, tx, schema);
                if (running.Count > 0)
                {
                    throw new TradeJournalException(string.Create(
                        CultureInfo.InvariantCulture,
                        $"The account limits at {where} were not changed: {(running.Count == 1 ? "bot" : "bots")} {string.Join(", ", running.Select(b => "'" + b + "'"))} {(running.Count == 1 ? "is" : "are")} running and would keep the limits {(running.Count == 1 ? "it" : "they")} started with. Stop every bot of the account first, then set the limits and start the bots with them."));
                }

                AccountSettingsBook.Write(connection, tx, schema, limits, "(operator)", now);
                return true;
            });
    }

    /// <summary>
    /// The registered bots whose journal is open: a tracker holds its bot's session advisory lock while its journal is
    /// open (see <see cref="PostgreSqlTradeJournal"/>), so a bot whose lock cannot be taken is running. A free lock is taken
    /// and released at once.
    /// </summary>
    private static List<string> RunningBots(NpgsqlConnection connection, NpgsqlTransaction tx, string schema)
    {
        // The key each tracker locks: hashtext('<schema>/<bot id>').
        const string key = "hashtext($1 || bot_id)";
        var sql = string.Create(
            CultureInfo.InvariantCulture,
            $"SELECT bot_id FROM {schema}.bots WHERE NOT (CASE WHEN pg_try_advisory_lock({PostgreSqlJournalSchema.BotLockClass}, {key}) THEN pg_advisory_unlock({PostgreSqlJournalSchema.BotLockClass}, {key}) ELSE false END) ORDER BY bot_id;");
        using var cmd = new NpgsqlCommand(sql, connection, tx);
        cmd.Parameters.AddWithValue(schema + "/");
        var running = new List<string>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            running.Add(reader.GetString(0));
        }

        return running;
    }

    /// <summary>
    /// An operator's write to the account: opens a connection, runs <paramref name="prepare"/> outside any transaction, then
    /// <paramref name="write"/> in a transaction holding the account's advisory lock (serialised with every bot's write), and
    /// commits. Database failures become a <see cref="TradeJournalException"/> starting with <paramref name="failure"/>.
    /// </summary>
    private static T UnderAccountLock<T>(
        string connectionString,
        string schema,
        [System.Diagnostics.CodeAnalysis.StringSyntax(System.Diagnostics.CodeAnalysis.StringSyntaxAttribute.CompositeFormat)] string failure,
        Action<NpgsqlConnection, string>? prepare,
        Func<NpgsqlConnection, NpgsqlTransaction, string, T> write)
    {
        new PostgreSqlJournalOptions { Schema = schema }.Validate();
        var builder = PostgreSqlConnectionStrings.Parse(connectionString, 30);
        var where = PostgreSqlConnectionStrings.Describe(builder) + " (schema " + schema + ")";
        try
        {
            using var connection = new NpgsqlConnection(builder.ConnectionString);
            connection.Open();
            prepare?.Invoke(connection, where);
            using var tx = connection.BeginTransaction();
            using (var cmd = new NpgsqlCommand(PostgreSqlJournalSchema.AccountLockSql(schema), connection, tx))
            {
                cmd.ExecuteNonQuery();
            }

            var result = write(connection, tx, where);
            tx.Commit();
            return result;
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            throw new TradeJournalException(string.Format(CultureInfo.InvariantCulture, failure, where) + ": " + ex.Message, ex);
        }
    }

    private static JournalContents ReadBot(NpgsqlConnection connection, string schema, string botId, int version)
    {
        var bot = PostgreSqlJournalReader.ReadBot(connection, null, schema, botId)
            ?? throw new TradeJournalException($"There is no bot '{botId}' in the fleet journal (schema {schema}).");
        return PostgreSqlJournalReader.Read(connection, null, schema, botId, version, bot.InitialBalance, bot.CreatedAt);
    }

    private static T Read<T>(string connectionString, string schema, Func<NpgsqlConnection, string, int, T> read)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        new PostgreSqlJournalOptions { Schema = schema }.Validate();
        var builder = PostgreSqlConnectionStrings.Parse(connectionString, 30);
        var where = PostgreSqlConnectionStrings.Describe(builder) + " (schema " + schema + ")";
        try
        {
            using var connection = new NpgsqlConnection(builder.ConnectionString);
            connection.Open();
            using var tx = connection.BeginTransaction(System.Data.IsolationLevel.RepeatableRead);
            using (var ro = new NpgsqlCommand("SET TRANSACTION READ ONLY;", connection, tx))
            {
                ro.ExecuteNonQuery();
            }

            var version = PostgreSqlJournalSchema.Check(connection, schema, where);
            if (version == 0)
            {
                throw new TradeJournalException($"There is no Nija fleet journal at {where}.");
            }

            var result = read(connection, schema, version);
            tx.Commit();
            return result;
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            throw new TradeJournalException($"The fleet journal at {where} cannot be read: {ex.Message}", ex);
        }
    }
}
