using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Nija.LiveTracking.Journal;

/// <summary>The SQLite journal's schema: version checks and forward migrations (PRAGMA user_version).</summary>
internal static class SqliteJournalSchema
{
    /// <summary>PRAGMA application_id of a Nija journal: "NIJA" in ASCII.</summary>
    public const int ApplicationId = 0x4E494A41;

    /// <summary>The schema version this code writes.</summary>
    public const int LatestVersion = 3;

    // Migrations[i] moves a journal from version i to version i + 1. Never edit a released step: add a new one.
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE fills (
            seq INTEGER PRIMARY KEY,
            execution_id TEXT NOT NULL UNIQUE,
            kind INTEGER NOT NULL,
            symbol TEXT NOT NULL,
            side INTEGER NOT NULL,
            price TEXT NOT NULL,
            quantity TEXT NOT NULL,
            fees TEXT NOT NULL,
            execution_ticks INTEGER NOT NULL,
            execution_offset_minutes INTEGER NOT NULL,
            recorded_ticks INTEGER NOT NULL,
            planned_stop TEXT NULL,
            tag TEXT NULL,
            regime TEXT NULL,
            exit_reason TEXT NULL,
            while_halted INTEGER NOT NULL);
        """,
        """
        CREATE TABLE risk_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            trading_day TEXT NOT NULL,
            day_start_equity TEXT NOT NULL,
            last_equity TEXT NOT NULL,
            peak_equity TEXT NOT NULL,
            breaker_tripped INTEGER NOT NULL,
            tripped_at_ticks INTEGER NULL,
            drawdown_alert INTEGER NOT NULL,
            trip_count INTEGER NOT NULL);
        CREATE TABLE daily_summaries (
            day TEXT PRIMARY KEY,
            fills INTEGER NOT NULL,
            trades INTEGER NOT NULL,
            wins INTEGER NOT NULL,
            losses INTEGER NOT NULL,
            realized_pnl TEXT NOT NULL,
            fees TEXT NOT NULL,
            starting_equity TEXT NOT NULL,
            ending_balance TEXT NOT NULL,
            ending_equity TEXT NOT NULL,
            breaker_trips INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE marks (
            symbol TEXT PRIMARY KEY,
            price TEXT NOT NULL,
            time_ticks INTEGER NOT NULL,
            after_seq INTEGER NOT NULL) WITHOUT ROWID;
        """,
        """
        ALTER TABLE fills ADD COLUMN position_id INTEGER NULL;
        ALTER TABLE fills ADD COLUMN is_new INTEGER NULL;
        ALTER TABLE fills ADD COLUMN result_quantity TEXT NULL;
        ALTER TABLE fills ADD COLUMN result_amount TEXT NULL;
        ALTER TABLE fills ADD COLUMN equity REAL NULL;
        CREATE INDEX fills_without_result ON fills (seq) WHERE position_id IS NULL;
        CREATE TABLE closed_trades (
            seq INTEGER PRIMARY KEY,
            symbol TEXT NOT NULL,
            regime TEXT NULL,
            tag TEXT NULL,
            exit_reason TEXT NULL,
            numbers TEXT NOT NULL);
        CREATE TABLE snapshots (seq INTEGER PRIMARY KEY, format INTEGER NOT NULL, checksum TEXT NOT NULL, state TEXT NOT NULL);
        CREATE TABLE curve_marks (id INTEGER PRIMARY KEY, after_seq INTEGER NOT NULL, time_ticks INTEGER NOT NULL, equity REAL NOT NULL);
        """,
    ];

    /// <summary>Checks that the file is a readable Nija journal this code understands, and returns its version.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="path">The file, for messages.</param>
    /// <returns>The schema version (0 for a new, empty database).</returns>
    /// <exception cref="TradeJournalException">Newer schema, not a Nija journal, or corrupt.</exception>
    public static int Check(SqliteConnection connection, string path)
    {
        var version = ScalarInt(connection, "PRAGMA user_version;");
        var applicationId = ScalarInt(connection, "PRAGMA application_id;");
        if (version > LatestVersion)
        {
            throw new TradeJournalException(string.Create(
                CultureInfo.InvariantCulture,
                $"The journal '{path}' has schema version {version}, newer than version {LatestVersion} that this Nija understands. Upgrade Nija; the journal was left untouched."));
        }

        if (version == 0)
        {
            if (ScalarInt(connection, "SELECT count(*) FROM sqlite_master;") > 0)
            {
                throw new TradeJournalException($"'{path}' is an SQLite database but not a Nija journal (it has tables and no Nija schema version). It was left untouched.");
            }
        }
        else if (applicationId != ApplicationId)
        {
            throw new TradeJournalException($"'{path}' is an SQLite database but not a Nija journal (application id {applicationId}). It was left untouched.");
        }

        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA quick_check;";
        var result = check.ExecuteScalar() as string;
        if (!string.Equals(result, "ok", StringComparison.Ordinal))
        {
            throw new TradeJournalException($"The journal '{path}' is corrupt (SQLite quick_check: {result}). Restore it from a backup; it was left untouched.");
        }

        return version;
    }

    /// <summary>Applies every migration after <paramref name="version"/> in one transaction.</summary>
    /// <param name="connection">An open, writable connection.</param>
    /// <param name="version">The file's current version.</param>
    public static void Migrate(SqliteConnection connection, int version)
    {
        if (version >= LatestVersion)
        {
            return;
        }

        using var tx = connection.BeginTransaction();
        for (var v = version; v < LatestVersion; v++)
        {
            Execute(connection, tx, Migrations[v]);
        }

        Execute(connection, tx, string.Create(CultureInfo.InvariantCulture, $"PRAGMA application_id = {ApplicationId}; PRAGMA user_version = {LatestVersion};"));
        tx.Commit();
    }

    /// <summary>Creates the journal at an older <paramref name="version"/> (for migration tests).</summary>
    /// <param name="connection">An open, writable connection to an empty database.</param>
    /// <param name="version">The version to create, 1 to <see cref="LatestVersion"/>.</param>
    internal static void CreateAtVersion(SqliteConnection connection, int version)
    {
        using var tx = connection.BeginTransaction();
        for (var v = 0; v < version; v++)
        {
            Execute(connection, tx, Migrations[v]);
        }

        Execute(connection, tx, string.Create(CultureInfo.InvariantCulture, $"PRAGMA application_id = {ApplicationId}; PRAGMA user_version = {version};"));
        tx.Commit();
    }

    private static int ScalarInt(SqliteConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction tx, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
