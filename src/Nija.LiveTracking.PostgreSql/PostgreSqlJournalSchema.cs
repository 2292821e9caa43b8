using System.Globalization;
using Nija.LiveTracking.Journal;
using Npgsql;

namespace Nija.LiveTracking.PostgreSql;

/// <summary>The fleet schema: version check and forward migrations, serialised between bots by an advisory lock.</summary>
internal static class PostgreSqlJournalSchema
{
    /// <summary>The schema version this code writes.</summary>
    public const int LatestVersion = 3;

    /// <summary>Advisory-lock class ids ("NIJ" + a letter): migrations, one tracker per bot, the account update.</summary>
    public const int MigrationLockClass = 0x4E494A4D;
    public const int BotLockClass = 0x4E494A42;
    public const int AccountLockClass = 0x4E494A41;

    // Migrations[i] moves a schema from version i to version i + 1; "{s}" is the schema. Never edit a released step.
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE {s}.bots (
            bot_id text PRIMARY KEY,
            initial_balance numeric NOT NULL,
            created_at_ticks bigint NOT NULL,
            last_equity numeric NOT NULL);
        CREATE TABLE {s}.fills (
            bot_id text NOT NULL REFERENCES {s}.bots (bot_id),
            seq bigint NOT NULL,
            execution_id text NOT NULL,
            kind smallint NOT NULL,
            symbol text NOT NULL,
            side smallint NOT NULL,
            price numeric NOT NULL,
            quantity numeric NOT NULL,
            fees numeric NOT NULL,
            execution_ticks bigint NOT NULL,
            execution_offset_minutes integer NOT NULL,
            recorded_ticks bigint NOT NULL,
            planned_stop numeric NULL,
            tag text NULL,
            regime text NULL,
            exit_reason text NULL,
            while_halted boolean NOT NULL,
            PRIMARY KEY (bot_id, seq),
            CONSTRAINT fills_execution_id_unique UNIQUE (bot_id, execution_id));
        CREATE TABLE {s}.risk_state (
            bot_id text PRIMARY KEY REFERENCES {s}.bots (bot_id),
            trading_day date NOT NULL,
            day_start_equity numeric NOT NULL,
            last_equity numeric NOT NULL,
            peak_equity numeric NOT NULL,
            breaker_tripped boolean NOT NULL,
            tripped_at_ticks bigint NULL,
            drawdown_alert boolean NOT NULL,
            trip_count integer NOT NULL);
        CREATE TABLE {s}.daily_summaries (
            bot_id text NOT NULL REFERENCES {s}.bots (bot_id),
            day date NOT NULL,
            fills integer NOT NULL,
            trades integer NOT NULL,
            wins integer NOT NULL,
            losses integer NOT NULL,
            realized_pnl numeric NOT NULL,
            fees numeric NOT NULL,
            starting_equity numeric NOT NULL,
            ending_balance numeric NOT NULL,
            ending_equity numeric NOT NULL,
            breaker_trips integer NOT NULL,
            PRIMARY KEY (bot_id, day));
        CREATE TABLE {s}.marks (
            bot_id text NOT NULL REFERENCES {s}.bots (bot_id),
            symbol text NOT NULL,
            price numeric NOT NULL,
            time_ticks bigint NOT NULL,
            after_seq bigint NOT NULL,
            PRIMARY KEY (bot_id, symbol));
        """,
        """
        CREATE TABLE {s}.account_risk (
            trading_day date PRIMARY KEY,
            day_start_equity numeric NOT NULL,
            last_equity numeric NOT NULL,
            peak_equity numeric NOT NULL,
            breaker_tripped boolean NOT NULL,
            tripped_at_ticks bigint NULL,
            tripped_by_bot text NULL,
            tripped_by_execution_id text NULL,
            drawdown_alert boolean NOT NULL,
            trip_count integer NOT NULL,
            updated_at_ticks bigint NOT NULL);
        """,
        """
        CREATE TABLE {s}.account_settings (
            id integer PRIMARY KEY CHECK (id = 1),
            limits_on boolean NOT NULL,
            max_daily_loss_percent numeric NOT NULL,
            max_drawdown_percent numeric NOT NULL,
            trading_day_time_zone text NOT NULL,
            reset_policy smallint NOT NULL,
            set_by text NOT NULL,
            set_at_ticks bigint NOT NULL);
        """,
    ];

    /// <summary>The statement that takes the account's advisory transaction lock (serialises every account update of a schema).</summary>
    /// <param name="schema">The schema name (validated).</param>
    /// <returns>The SQL.</returns>
    public static string AccountLockSql(string schema) => string.Create(CultureInfo.InvariantCulture, $"SELECT pg_advisory_xact_lock({AccountLockClass}, hashtext('{schema}'));");

    /// <summary>Reads the schema's version without changing anything (0 when the schema or its version table is missing).</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="schema">The schema name (validated).</param>
    /// <param name="where">The journal's description, for messages.</param>
    /// <returns>The version.</returns>
    /// <exception cref="TradeJournalException">Newer than this code, or a schema with tables that is not a Nija fleet schema.</exception>
    public static int Check(NpgsqlConnection connection, string schema, string where)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM information_schema.tables WHERE table_schema = @s; SELECT to_regclass(@t) IS NOT NULL;";
        cmd.Parameters.AddWithValue("s", schema);
        cmd.Parameters.AddWithValue("t", schema + ".nija_schema");
        long tables;
        bool hasVersion;
        using (var r = cmd.ExecuteReader())
        {
            r.Read();
            tables = r.GetInt64(0);
            r.NextResult();
            r.Read();
            hasVersion = r.GetBoolean(0);
        }

        if (!hasVersion)
        {
            if (tables > 0)
            {
                throw new TradeJournalException($"The PostgreSQL schema '{schema}' at {where} has tables but is not a Nija fleet journal (no nija_schema table). It was left untouched; choose another schema.");
            }

            return 0;
        }

        using var v = connection.CreateCommand();
        v.CommandText = $"SELECT version FROM {schema}.nija_schema WHERE id = 1;";
        var version = Convert.ToInt32(v.ExecuteScalar() ?? 0, CultureInfo.InvariantCulture);
        if (version > LatestVersion)
        {
            throw new TradeJournalException(string.Create(
                CultureInfo.InvariantCulture,
                $"The PostgreSQL journal schema '{schema}' at {where} has version {version}, newer than version {LatestVersion} that this Nija understands. Upgrade Nija; the journal was left untouched."));
        }

        return version;
    }

    /// <summary>Brings the schema to <see cref="LatestVersion"/> in one transaction, under an advisory lock so bots starting together migrate once.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="schema">The schema name (validated).</param>
    /// <param name="where">The journal's description, for messages.</param>
    /// <returns>The version the schema had before (0 when created now).</returns>
    public static int Migrate(NpgsqlConnection connection, string schema, string where) => Apply(connection, schema, where, LatestVersion);

    /// <summary>Creates or migrates the schema up to <paramref name="target"/> only (for migration tests).</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="schema">The schema name (validated).</param>
    /// <param name="target">The version to reach.</param>
    /// <returns>The version the schema had before.</returns>
    internal static int CreateAtVersion(NpgsqlConnection connection, string schema, int target) => Apply(connection, schema, schema, target);

    private static int Apply(NpgsqlConnection connection, string schema, string where, int target)
    {
        using var tx = connection.BeginTransaction();
        Execute(connection, tx, string.Create(CultureInfo.InvariantCulture, $"SELECT pg_advisory_xact_lock({MigrationLockClass}, hashtext('{schema}'));"));
        var version = Check(connection, schema, where);
        if (version >= target)
        {
            tx.Rollback();
            return version;
        }

        Execute(connection, tx, $"CREATE SCHEMA IF NOT EXISTS {schema}; CREATE TABLE IF NOT EXISTS {schema}.nija_schema (id integer PRIMARY KEY CHECK (id = 1), application text NOT NULL, version integer NOT NULL);");
        for (var v = version; v < target; v++)
        {
            Execute(connection, tx, Migrations[v].Replace("{s}", schema, StringComparison.Ordinal));
        }

        Execute(connection, tx, string.Create(
            CultureInfo.InvariantCulture,
            $"INSERT INTO {schema}.nija_schema (id, application, version) VALUES (1, 'nija', {target}) ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version;"));
        tx.Commit();
        return version;
    }

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction tx, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
