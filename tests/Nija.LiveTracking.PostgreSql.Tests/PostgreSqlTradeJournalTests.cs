using System.Net;
using System.Net.Sockets;
using Nija.LiveTracking.Journal;
using Npgsql;

namespace Nija.LiveTracking.PostgreSql.Tests;

[TestFixture]
public sealed class PostgreSqlTradeJournalTests
{
    private static PostgreSqlTestServer Server => PostgreSqlSetUp.Server;

    [Test]
    public void RecordRoundTrip_ThenReopen_RebuildsTheSameStateFromTheDatabase()
    {
        var schema = Server.NewSchema();
        var clock = Some.Clock();
        using (var bot = Some.Bot(Server.ConnectionString, schema, "alpha", clock))
        {
            bot.Tracker.RecordEntry(Some.Entry("a-1", price: 100m, quantity: 10m, fees: 1m));
            bot.Tracker.RecordExit(Some.Exit("a-2", price: 110m, quantity: 10m, fees: 1m));
        }

        using var reopened = Some.Bot(Server.ConnectionString, schema, "alpha", clock);
        var snapshot = reopened.Tracker.GetSnapshot();

        // By hand: (110 − 100) × 10 = 100 realized, fees 2 → 10,000 + 100 − 2.
        Assert.That(snapshot.Balance, Is.EqualTo(10_098m));
        Assert.That(snapshot.FillCount, Is.EqualTo(2));
        Assert.That(snapshot.ClosedTrades, Has.Count.EqualTo(1));
        Assert.That(snapshot.Today.Fills, Is.EqualTo(2));
        Assert.That(reopened.Journal.OpenedSchemaVersion, Is.EqualTo(PostgreSqlJournalSchema.LatestVersion));
        Assert.That(Server.Scalar($"SELECT count(*) FROM {schema}.fills WHERE bot_id = 'alpha';"), Is.EqualTo(2L));
    }

    [Test]
    public void RecordEntry_RetriedAfterRestart_IsStoredOnceAndReturnsTheOriginal()
    {
        var schema = Server.NewSchema();
        var clock = Some.Clock();
        long first;
        using (var bot = Some.Bot(Server.ConnectionString, schema, "alpha", clock))
        {
            first = bot.Tracker.RecordEntry(Some.Entry("a-1")).Sequence;
        }

        using var reopened = Some.Bot(Server.ConnectionString, schema, "alpha", clock);
        var retry = reopened.Tracker.RecordEntry(Some.Entry("a-1"));

        Assert.That(retry.Sequence, Is.EqualTo(first));
        Assert.That(reopened.Tracker.GetSnapshot().FillCount, Is.EqualTo(1));
        Assert.That(Server.Scalar($"SELECT count(*) FROM {schema}.fills WHERE execution_id = 'a-1';"), Is.EqualTo(1L));
    }

    [Test]
    public void Fills_SameExecutionIdInsertedBehindTheTracker_RejectedByTheUniqueConstraint()
    {
        var schema = Server.NewSchema();
        using var bot = Some.Bot(Server.ConnectionString, schema, "alpha", Some.Clock());
        bot.Tracker.RecordEntry(Some.Entry("a-1"));

        var ex = Assert.Throws<PostgresException>(() => Server.Scalar(
            $"INSERT INTO {schema}.fills SELECT bot_id, 2, execution_id, kind, symbol, side, price, quantity, fees, execution_ticks, execution_offset_minutes, recorded_ticks, planned_stop, tag, regime, exit_reason, while_halted FROM {schema}.fills;"));

        Assert.That(ex!.SqlState, Is.EqualTo(PostgresErrorCodes.UniqueViolation));
        Assert.That(ex.ConstraintName, Is.EqualTo("fills_execution_id_unique"));
    }

    [Test]
    public void Constructor_BotIdHeldByAnotherJournal_ThrowsInUseUntilItIsClosed()
    {
        var schema = Server.NewSchema();
        var options = Some.JournalOptions(schema, Some.Clock());
        var first = new PostgreSqlTradeJournal(Server.ConnectionString, "alpha", options);

        var ex = Assert.Throws<TradeJournalException>(() => new PostgreSqlTradeJournal(Server.ConnectionString, "alpha", options).Dispose());
        using (new PostgreSqlTradeJournal(Server.ConnectionString, "beta", options))
        {
            // Another bot id of the same fleet is free.
        }

        first.Dispose();
        using var again = new PostgreSqlTradeJournal(Server.ConnectionString, "alpha", options);

        Assert.That(ex!.Message, Does.Contain("in use by another tracker").And.Contain("'alpha'"));
    }

    [Test]
    public void Constructor_NewerSchemaVersion_ThrowsAndLeavesTheSchemaUntouched()
    {
        var schema = Server.NewSchema();
        var options = Some.JournalOptions(schema, Some.Clock());
        new PostgreSqlTradeJournal(Server.ConnectionString, "alpha", options).Dispose();
        Server.Scalar($"UPDATE {schema}.nija_schema SET version = 99;");

        var ex = Assert.Throws<TradeJournalException>(() => new PostgreSqlTradeJournal(Server.ConnectionString, "alpha", options).Dispose());

        Assert.That(ex!.Message, Does.Contain("version 99").And.Contain("Upgrade Nija"));
        Assert.That(Server.Scalar($"SELECT version FROM {schema}.nija_schema;"), Is.EqualTo(99));
    }

    [Test]
    public void Constructor_Version1Schema_MigratesForwardKeepingTheFills()
    {
        var schema = Server.NewSchema();
        using (var connection = new NpgsqlConnection(Server.ConnectionString))
        {
            connection.Open();
            PostgreSqlJournalSchema.CreateAtVersion(connection, schema, 1);
        }

        Server.Scalar($"INSERT INTO {schema}.bots VALUES ('old', 5000, 0, 5000);");
        using var journal = new PostgreSqlTradeJournal(Server.ConnectionString, "alpha", Some.JournalOptions(schema, Some.Clock()));

        Assert.That(journal.OpenedSchemaVersion, Is.EqualTo(1));
        Assert.That(Server.Scalar($"SELECT version FROM {schema}.nija_schema;"), Is.EqualTo(PostgreSqlJournalSchema.LatestVersion));
        Assert.That(Server.Scalar($"SELECT to_regclass('{schema}.account_risk') IS NOT NULL;"), Is.True);
        Assert.That(Server.Scalar($"SELECT count(*) FROM {schema}.bots;"), Is.EqualTo(1L));
    }

    [Test]
    public void Constructor_SchemaWithForeignTables_ThrowsAndCreatesNothing()
    {
        var schema = Server.NewSchema();
        Server.Scalar($"CREATE SCHEMA {schema}; CREATE TABLE {schema}.orders (id int);");

        var ex = Assert.Throws<TradeJournalException>(() => new PostgreSqlTradeJournal(Server.ConnectionString, "alpha", Some.JournalOptions(schema, Some.Clock())).Dispose());

        Assert.That(ex!.Message, Does.Contain("not a Nija fleet journal"));
        Assert.That(Server.Scalar($"SELECT count(*) FROM information_schema.tables WHERE table_schema = '{schema}';"), Is.EqualTo(1L));
    }

    [Test]
    public void Load_OtherInitialBalanceForTheSameBot_Throws()
    {
        var schema = Server.NewSchema();
        var clock = Some.Clock();
        Some.Bot(Server.ConnectionString, schema, "alpha", clock, initialBalance: 10_000m).Dispose();

        var ex = Assert.Throws<TradeJournalException>(() => Some.Bot(Server.ConnectionString, schema, "alpha", clock, initialBalance: 20_000m).Dispose());

        Assert.That(ex!.Message, Does.StartWith("The PostgreSQL journal of 127.0.0.1").And.Contain("was created with an initial balance of 10000, not 20000"));
        Assert.That(ex.InnerException, Is.Null);
    }

    [Test]
    public void Constructor_ServerUnreachable_ThrowsWithoutRevealingThePassword()
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var cs = $"Host=127.0.0.1;Port={port};Username=postgres;Password=S3cret-Pa55;Timeout=2";

        var ex = Assert.Throws<TradeJournalException>(() => new PostgreSqlTradeJournal(cs, "alpha").Dispose());
        var bad = Assert.Throws<ArgumentException>(() => new PostgreSqlTradeJournal("Host=x;Password=S3cret-Pa55;Bogus=1", "alpha").Dispose());

        Assert.That(ex!.Message, Does.Contain($"127.0.0.1:{port}").And.Not.Contain("S3cret-Pa55"));
        Assert.That(bad!.Message, Does.Not.Contain("S3cret-Pa55"));
    }

    [Test]
    public void Constructor_InvalidArguments_ThrowNamingTheProblem()
    {
        Assert.That(() => new PostgreSqlTradeJournal(Server.ConnectionString, " "), Throws.ArgumentException);
        Assert.That(() => new PostgreSqlTradeJournal(Server.ConnectionString, "alpha", new PostgreSqlJournalOptions { Schema = "Bad-Name" }), Throws.ArgumentException.With.Message.Contains("Schema is 'Bad-Name'"));
        Assert.That(() => new PostgreSqlTradeJournal(Server.ConnectionString, "alpha", new PostgreSqlJournalOptions { CommandTimeoutSeconds = 0 }), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Append_UnflaggedEntryAfterTheAccountTripped_ReportsItOnceThroughTheGate()
    {
        // The race the tracker cannot see: its pre-check said "allowed", another bot tripped the account, then the entry
        // was written. Driven through the journal directly: beta trips the account, alpha appends an unflagged entry.
        var schema = Server.NewSchema();
        var clock = Some.Clock();
        using var beta = Some.Bot(Server.ConnectionString, schema, "beta", clock, botLimitPercent: 50m);
        using var alpha = new PostgreSqlTradeJournal(Server.ConnectionString, "alpha", Some.JournalOptions(schema, clock));
        var contents = alpha.Load(10_000m, Some.Start);
        beta.Tracker.RecordEntry(Some.Entry("b-1", price: 100m, quantity: 20m));
        beta.Tracker.RecordExit(Some.Exit("b-2", price: 50m, quantity: 20m));   // −1,000 of 20,000: 5 % trips the account
        var risk = new Metrics.RiskState(new DateOnly(2026, 11, 24), 10_000m, 10_000m, 10_000m, false, null, false, 0);
        var checkpoint = new JournalCheckpoint(risk, Journal.DailySummary.Start(risk.TradingDay, 10_000m, 10_000m), null);
        var fill = new JournalFill(1, "a-1", FillKind.Entry, "AAPL", Metrics.TradeSide.Long, 100m, 1m, 0m, Some.Start, Some.Start, null, null, null, null, false);

        Assert.That(alpha.TakeAccountUpdate(), Is.Null);
        alpha.Append(fill, checkpoint);
        var update = alpha.TakeAccountUpdate();

        Assert.That(contents.Fills, Is.Empty);
        Assert.That(update!.Value.EntryWhileHaltedExecutionId, Is.EqualTo("a-1"));
        Assert.That(update.Value.Decision.Reason, Is.EqualTo(Metrics.RiskHaltReason.AccountDailyLossLimit));
        Assert.That(update.Value.Events & Metrics.RiskEvents.BreakerTripped, Is.EqualTo(Metrics.RiskEvents.None), "already tripped by beta");
        Assert.That(alpha.TakeAccountUpdate(), Is.Null, "reported once");
    }
}
