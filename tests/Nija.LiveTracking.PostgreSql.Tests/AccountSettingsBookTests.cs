using Nija.LiveTracking.Journal;
using Nija.Metrics;
using Npgsql;

namespace Nija.LiveTracking.PostgreSql.Tests;

/// <summary>Every bot of an account must run with the account's limits: the first bot records them, others are checked.</summary>
[TestFixture]
public sealed class AccountSettingsBookTests
{
    private static PostgreSqlTestServer Server => PostgreSqlSetUp.Server;

    [Test]
    public void SecondBotWithOtherAccountLimits_IsRefusedAtStartUpAndNothingOfItIsWritten()
    {
        var schema = Server.NewSchema();
        var clock = Some.Clock();
        using var alpha = Some.Bot(Server.ConnectionString, schema, "alpha", clock, botLimitPercent: 50m, accountLimitPercent: 5m);

        var ex = Assert.Throws<TradeJournalException>(() => Some.Bot(Server.ConnectionString, schema, "beta", clock, botLimitPercent: 50m, accountLimitPercent: 3m).Dispose());

        Assert.That(ex!.Message, Does.Contain("runs with account limits of 5 % daily loss and 12 % drawdown alert").And.Contain("recorded by bot 'alpha'"));
        Assert.That(ex.Message, Does.Contain("configured with account limits of 3 % daily loss").And.Contain("PostgreSqlFleet.SetAccountLimits"));
        Assert.That(Server.Scalar($"SELECT count(*) FROM {schema}.bots;"), Is.EqualTo(1L), "beta was not registered");
        // alpha's 10,000 only: beta's capital was not added to the account.
        Assert.That(Server.Scalar($"SELECT last_equity FROM {schema}.account_risk;"), Is.EqualTo(10_000m));
    }

    [Test]
    public void SameLimitsWrittenDifferently_AreTheSameLimits()
    {
        var schema = Server.NewSchema();
        var clock = Some.Clock();
        using var alpha = Some.Bot(Server.ConnectionString, schema, "alpha", clock, accountLimitPercent: 5m);

        // 5.00 % is 5 %: percentages are compared as numbers, not as text.
        using var beta = Some.Bot(Server.ConnectionString, schema, "beta", clock, accountLimitPercent: 5.00m);

        Assert.That(PostgreSqlFleet.ListBots(Server.ConnectionString, schema), Is.EqualTo(new[] { "alpha", "beta" }));
    }

    [TestCase(5.0, null)]
    [TestCase(null, 5.0)]
    public void AccountLimitsOnForOneBotAndOffForAnother_AreRefused(double? first, double? second)
    {
        var schema = Server.NewSchema();
        var clock = Some.Clock();
        using var alpha = Some.Bot(Server.ConnectionString, schema, "alpha", clock, accountLimitPercent: (decimal?)first);

        var ex = Assert.Throws<TradeJournalException>(() => Some.Bot(Server.ConnectionString, schema, "beta", clock, accountLimitPercent: (decimal?)second).Dispose());

        Assert.That(ex!.Message, Does.Contain("account limits off"));
    }

    [Test]
    public void RestartWithChangedLimits_IsRefusedUntilTheAccountIsChanged_ThenOnlyTheNewLimitsAreAccepted()
    {
        var schema = Server.NewSchema();
        var clock = Some.Clock();
        Some.Bot(Server.ConnectionString, schema, "alpha", clock, accountLimitPercent: 5m).Dispose();
        Assert.Throws<TradeJournalException>(() => Some.Bot(Server.ConnectionString, schema, "alpha", clock, accountLimitPercent: 4m).Dispose());

        PostgreSqlFleet.SetAccountLimits(Server.ConnectionString, new RiskRulesOptions { MaxDailyLossPercent = 4m, MaxDrawdownPercent = 12m }, Some.Start, schema);

        using var alpha = Some.Bot(Server.ConnectionString, schema, "alpha", clock, accountLimitPercent: 4m);
        var ex = Assert.Throws<TradeJournalException>(() => Some.Bot(Server.ConnectionString, schema, "beta", clock, accountLimitPercent: 5m).Dispose());
        Assert.That(ex!.Message, Does.Contain("runs with account limits of 4 % daily loss").And.Contain("recorded by bot '(operator)'"));
    }

    [Test]
    public void SetAccountLimits_WhileBotsRun_IsRefusedNamingThem_AndWorksOnceTheyAreStopped()
    {
        var schema = Server.NewSchema();
        var clock = Some.Clock();
        var alpha = Some.Bot(Server.ConnectionString, schema, "alpha", clock, accountLimitPercent: 5m);
        var beta = Some.Bot(Server.ConnectionString, schema, "beta", clock, accountLimitPercent: 5m);
        Some.Bot(Server.ConnectionString, schema, "gamma", clock, accountLimitPercent: 5m).Dispose();
        var four = new RiskRulesOptions { MaxDailyLossPercent = 4m, MaxDrawdownPercent = 12m };

        var ex = Assert.Throws<TradeJournalException>(() => PostgreSqlFleet.SetAccountLimits(Server.ConnectionString, four, Some.Start, schema));

        // gamma is stopped, so it is not named.
        Assert.That(ex!.Message, Does.Contain("were not changed: bots 'alpha', 'beta' are running and would keep the limits they started with"));
        Assert.That(Server.Scalar($"SELECT max_daily_loss_percent FROM {schema}.account_settings;"), Is.EqualTo(5m), "nothing was written");

        alpha.Dispose();
        ex = Assert.Throws<TradeJournalException>(() => PostgreSqlFleet.SetAccountLimits(Server.ConnectionString, four, Some.Start, schema));
        Assert.That(ex!.Message, Does.Contain("bot 'beta' is running and would keep the limits it started with"));

        // The check took and released the free bots' locks: a stopped bot can start again (with the limits in force).
        Some.Bot(Server.ConnectionString, schema, "alpha", clock, accountLimitPercent: 5m).Dispose();
        beta.Dispose();
        PostgreSqlFleet.SetAccountLimits(Server.ConnectionString, four, Some.Start, schema);
        Assert.That(Server.Scalar($"SELECT max_daily_loss_percent FROM {schema}.account_settings;"), Is.EqualTo(4m));
    }

    [Test]
    public void SetAccountLimits_WhereThereIsNoFleet_ThrowsAndCreatesNothing()
    {
        var schema = Server.NewSchema();

        var ex = Assert.Throws<TradeJournalException>(() => PostgreSqlFleet.SetAccountLimits(Server.ConnectionString, null, Some.Start, schema));

        Assert.That(ex!.Message, Does.Contain("no Nija fleet journal"));
        Assert.That(Server.Scalar($"SELECT count(*) FROM information_schema.schemata WHERE schema_name = '{schema}';"), Is.Zero);
    }

    [Test]
    public void Version2Schema_MigratesAndTheFirstBotToLoadRecordsItsLimits()
    {
        var schema = Server.NewSchema();
        using (var connection = new NpgsqlConnection(Server.ConnectionString))
        {
            connection.Open();
            PostgreSqlJournalSchema.CreateAtVersion(connection, schema, 2);
        }

        using var alpha = Some.Bot(Server.ConnectionString, schema, "alpha", Some.Clock(), accountLimitPercent: 7m);

        Assert.That(alpha.Journal.OpenedSchemaVersion, Is.EqualTo(2));
        Assert.That(Server.Scalar($"SELECT version FROM {schema}.nija_schema;"), Is.EqualTo(3));
        Assert.That(Server.Scalar($"SELECT max_daily_loss_percent FROM {schema}.account_settings WHERE set_by = 'alpha';"), Is.EqualTo(7m));
    }
}
