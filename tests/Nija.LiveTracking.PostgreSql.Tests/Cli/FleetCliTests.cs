using Nija.Backtesting.Data;
using Nija.Cli;

namespace Nija.LiveTracking.PostgreSql.Tests.Cli;

/// <summary>`nija live --connection` and `nija report --live postgresql:...` against the real test server (read-only).</summary>
[TestFixture]
public sealed class FleetCliTests
{
    private static PostgreSqlTestServer Server => PostgreSqlSetUp.Server;

    /// <summary>alpha: +200 − 2 fees on a closed AAPL trade; beta: one open AAPL entry, no fees.</summary>
    private static string WriteFleet()
    {
        var schema = Server.NewSchema();
        var clock = Some.Clock();
        using var alpha = Some.Bot(Server.ConnectionString, schema, "alpha", clock, botLimitPercent: 50m, accountLimitPercent: 50m);
        using var beta = Some.Bot(Server.ConnectionString, schema, "beta", clock, initialBalance: 5_000m, botLimitPercent: 50m, accountLimitPercent: 50m);
        alpha.Tracker.RecordEntry(Some.Entry("a-1", price: 100m, quantity: 10m, fees: 1m));
        beta.Tracker.RecordEntry(Some.Entry("b-1", price: 50m, quantity: 4m));
        alpha.Tracker.RecordExit(Some.Exit("a-2", price: 120m, quantity: 10m, fees: 1m));
        return schema;
    }

    private static (int Code, string Out, string Error) Run(params string[] args) => RunAt(null, args);

    private static (int Code, string Out, string Error) RunAt(TimeProvider? time, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = NijaCommandLine.Run(args, output, error, time);
        return (code, output.ToString(), error.ToString());
    }

    [Test]
    public void Live_ResetAccountBreaker_ReleasesTheTrippedAccountForEveryBot()
    {
        var schema = Server.NewSchema();
        var clock = Some.Clock();
        using var alpha = Some.Bot(Server.ConnectionString, schema, "alpha", clock, botLimitPercent: 50m);
        using var beta = Some.Bot(Server.ConnectionString, schema, "beta", clock, botLimitPercent: 50m);
        alpha.Tracker.RecordEntry(Some.Entry("a-1", price: 100m, quantity: 10m));
        alpha.Tracker.RecordExit(Some.Exit("a-2", price: 50m, quantity: 10m));   // −500 of the account's 20,000: 2.5 %
        beta.Tracker.RecordEntry(Some.Entry("b-1", price: 100m, quantity: 10m));
        beta.Tracker.RecordExit(Some.Exit("b-2", price: 40m, quantity: 10m));    // −600 more: 1,100 of 20,000 = 5.5 % ≥ 5 % trips
        Assert.That(beta.Tracker.CheckRisk().IsAllowed, Is.False, "the account breaker is tripped before the reset");

        var (code, output, error) = RunAt(clock, "live", "--connection", Server.ConnectionString, "--schema", schema, "--reset-account-breaker");

        // A fresh budget from the account's last equity, 20,000 − 1,100 = 18,900.
        Assert.That(code, Is.Zero, error);
        Assert.That(output, Does.Contain("Account breaker reset. Allowed: day 2026-11-24 loss 0% of 18900.00"));
        Assert.That(alpha.Tracker.CheckRisk().IsAllowed, Is.True);
        Assert.That(beta.Tracker.CheckRisk().IsAllowed, Is.True);
        Assert.That(PostgreSqlFleet.ReadAll(Server.ConnectionString, schema).AccountRisk.Single().State.TripCount, Is.EqualTo(1));
    }

    [Test]
    public void Live_SetAccountLimits_BotsMustThenStartWithTheNewLimits()
    {
        var schema = Server.NewSchema();
        var clock = Some.Clock();
        Some.Bot(Server.ConnectionString, schema, "alpha", clock, accountLimitPercent: 5m).Dispose();

        var (code, output, error) = RunAt(clock, "live", "--connection", Server.ConnectionString, "--schema", schema, "--set-account-limits", "--max-daily-loss", "4", "--reset-policy", "Manual");

        Assert.That(code, Is.Zero, error);
        Assert.That(output, Does.Contain("Account limits set: 4 % daily loss, 12 % drawdown alert, trading days in 'UTC', breaker reset Manual."));
        var refused = Assert.Throws<LiveTracking.Journal.TradeJournalException>(() => Some.Bot(Server.ConnectionString, schema, "alpha", clock, accountLimitPercent: 4m).Dispose());
        Assert.That(refused!.Message, Does.Contain("breaker reset Manual (recorded by bot '(operator)')"), "the policy is part of the limits");
        Assert.That(Server.Scalar($"SELECT max_daily_loss_percent FROM {schema}.account_settings;"), Is.EqualTo(4m));
    }

    [Test]
    public void Live_SetAccountLimitsWithoutConnection_IsAUsageError()
    {
        var (code, _, error) = Run("live", "--data-dir", Path.GetTempPath(), "--set-account-limits");

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("--set-account-limits").And.Contain("--connection"));
    }

    [Test]
    public void Live_ResetAccountBreakerWithoutConnection_IsAUsageError()
    {
        var (code, _, error) = Run("live", "--data-dir", Path.GetTempPath(), "--reset-account-breaker");

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("--reset-account-breaker").And.Contain("--connection"));
    }

    [Test]
    public void Live_OneBot_ShowsItsBalanceAndTrades_WithoutWriting()
    {
        var schema = WriteFleet();
        var fillsBefore = Server.Scalar($"SELECT count(*) FROM {schema}.fills;");

        var (code, output, error) = Run("live", "--connection", Server.ConnectionString, "--bot", "alpha", "--schema", schema);

        // alpha: 10,000 + (120 − 100) × 10 − 2 = 10,198.
        Assert.That(code, Is.Zero, error);
        Assert.That(output, Does.Contain("10,198.00"));
        Assert.That(output, Does.Not.Contain("beta"));
        Assert.That(Server.Scalar($"SELECT count(*) FROM {schema}.fills;"), Is.EqualTo(fillsBefore));
    }

    [Test]
    public void Live_WholeAccount_PrefixesPositionsWithTheBot()
    {
        var schema = WriteFleet();

        var (code, output, error) = Run("live", "--connection", Server.ConnectionString, "--schema", schema);

        // Account balance: 10,198 (alpha) + 5,000 (beta, entry without fees) = 15,198; beta's open position is beta/AAPL.
        Assert.That(code, Is.Zero, error);
        Assert.That(output, Does.Contain("15,198.00"));
        Assert.That(output, Does.Contain("beta/AAPL"));
    }

    [Test]
    public void Report_LivePostgreSqlSource_ReadsTheBot()
    {
        var schema = WriteFleet();

        var (code, output, error) = Run("report", "--live", $"postgresql:{Server.ConnectionString};Bot=alpha;Schema={schema}", "--format", "json");

        Assert.That(code, Is.Zero, error);
        Assert.That(output, Does.Contain("\"netPnl\": 198").Or.Contain("\"netPnl\":198"));
    }

    [Test]
    public void Compare_BacktestAgainstAFleetBot_ReadsTheBotAsTheLiveSide()
    {
        var schema = WriteFleet();
        var folder = Directory.CreateTempSubdirectory("nija-fleet-cli-").FullName;
        try
        {
            var csv = Path.Combine(folder, "SYN.csv");
            OhlcvCsvWriter.WriteFile(csv, SyntheticMarketData.Generate(new SyntheticMarketDataOptions { Count = 600, Seed = 11, Volatility = 0.015 }));
            var backtest = Path.Combine(folder, "bt.json");
            Assert.That(Run("backtest", "--data", csv, "--output", backtest).Code, Is.Zero);

            var (code, output, error) = Run("compare", "--backtest", backtest, "--live", $"postgresql:{Server.ConnectionString};Bot=alpha;Schema={schema}", "--format", "json");

            // The live side is alpha's record read from PostgreSQL: one winning trade, expectancy 198 (200 − 2 fees). One
            // trade is fewer than the 10 a verdict needs: inconclusive (4), the metrics still compared one by one.
            Assert.That(code, Is.EqualTo(ExitCodes.Inconclusive), output + error);
            var expectancy = System.Text.Json.Nodes.JsonNode.Parse(output)!["metrics"]!.AsArray().Single(m => (string?)m!["name"] == "expectancy")!;
            Assert.That((double)expectancy["live"]!, Is.EqualTo(198.0));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Live_UnknownBot_FailsNamingTheBotButNotThePassword()
    {
        var schema = WriteFleet();
        var withPassword = Server.ConnectionString + ";Password=hunter2-secret";   // the test cluster trusts loopback; the password is ignored

        var (code, output, error) = Run("live", "--connection", withPassword, "--bot", "gamma", "--schema", schema);

        Assert.That(code, Is.EqualTo(1), error);
        Assert.That(error, Does.Contain("gamma"));
        Assert.That(output + error, Does.Not.Contain("hunter2-secret"));
    }
}
