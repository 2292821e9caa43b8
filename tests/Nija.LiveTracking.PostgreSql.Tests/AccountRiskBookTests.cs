using Nija.LiveTracking.Risk;
using Nija.Metrics;

namespace Nija.LiveTracking.PostgreSql.Tests;

/// <summary>Account-wide limits over the sum of several bots' equity (numbers worked out by hand in each test).</summary>
[TestFixture]
public sealed class AccountRiskBookTests
{
    private static PostgreSqlTestServer Server => PostgreSqlSetUp.Server;

    [Test]
    public void TwoBotsLosingTogether_TripTheAccountBreakerOnce_AndBothAreHalted()
    {
        // Accounts: 2 × 10,000 = 20,000; account limit 5 % = 1,000. Bot limits 10 % = 1,000 each, never reached here.
        var schema = Server.NewSchema();
        var clock = Some.Clock();
        using var alpha = Some.Bot(Server.ConnectionString, schema, "alpha", clock);
        using var beta = Some.Bot(Server.ConnectionString, schema, "beta", clock);

        alpha.Tracker.RecordEntry(Some.Entry("a-1", price: 100m, quantity: 10m));
        alpha.Tracker.RecordExit(Some.Exit("a-2", price: 40m, quantity: 10m));   // −600: account 19,400 (3 %)
        var beforeTrip = beta.Tracker.CheckRisk();
        beta.Tracker.RecordEntry(Some.Entry("b-1", price: 100m, quantity: 10m));
        beta.Tracker.RecordExit(Some.Exit("b-2", price: 60m, quantity: 10m));    // −400: account 19,000 (5 %, inclusive)

        var alphaDecision = alpha.Tracker.CheckRisk();
        var betaDecision = beta.Tracker.CheckRisk();
        var account = PostgreSqlFleet.ReadAll(Server.ConnectionString, schema).AccountRisk.Single();

        Assert.That(beforeTrip.IsAllowed, Is.True);
        Assert.That(alphaDecision.IsAllowed, Is.False);
        Assert.That(alphaDecision.Reason, Is.EqualTo(RiskHaltReason.AccountDailyLossLimit));
        Assert.That(alphaDecision.DayStartEquity, Is.EqualTo(20_000m));
        Assert.That(alphaDecision.Equity, Is.EqualTo(19_000m));
        Assert.That(alphaDecision.DailyLossPercent, Is.EqualTo(5m));
        Assert.That(betaDecision.Reason, Is.EqualTo(RiskHaltReason.AccountDailyLossLimit));
        Assert.That(alpha.Tracker.CanOpenPosition(), Is.False);
        Assert.That(beta.CountAlerts(RiskAlertKind.AccountBreakerTripped), Is.EqualTo(1));
        Assert.That(alpha.CountAlerts(RiskAlertKind.AccountBreakerTripped), Is.Zero);
        Assert.That(account.State.TripCount, Is.EqualTo(1));
        Assert.That(account.TrippedByBot, Is.EqualTo("beta"));
        Assert.That(account.TrippedByExecutionId, Is.EqualTo("b-2"));
        Assert.That(alpha.Tracker.GetSnapshot().RiskState.BreakerTripped, Is.False, "each bot's own breaker is separate");
    }

    [Test]
    public void EntryAfterTheAccountTripped_IsRecordedAsWhileHaltedWithAnAlert()
    {
        var schema = Server.NewSchema();
        var clock = Some.Clock();
        using var alpha = Some.Bot(Server.ConnectionString, schema, "alpha", clock);
        using var beta = Some.Bot(Server.ConnectionString, schema, "beta", clock);
        alpha.Tracker.RecordEntry(Some.Entry("a-1", price: 100m, quantity: 10m));
        alpha.Tracker.RecordExit(Some.Exit("a-2", price: 0.01m, quantity: 10m));   // −999.90 of 20,000: 4.9995 %
        beta.Tracker.RecordEntry(Some.Entry("b-1", price: 100m, quantity: 1m));
        beta.Tracker.RecordExit(Some.Exit("b-2", price: 99.9m, quantity: 1m));     // −0.10 more: 1,000 = 5 %

        var entry = alpha.Tracker.RecordEntry(Some.Entry("a-3", price: 10m, quantity: 1m));

        Assert.That(beta.CountAlerts(RiskAlertKind.AccountBreakerTripped), Is.EqualTo(1));
        Assert.That(entry.RecordedWhileHalted, Is.True);
        Assert.That(alpha.Alerts.Single(a => a.Kind == RiskAlertKind.EntryWhileHalted).ExecutionId, Is.EqualTo("a-3"));
        Assert.That(Server.Scalar($"SELECT while_halted FROM {schema}.fills WHERE execution_id = 'a-3';"), Is.True);
    }

    [Test]
    public void NextTradingDay_ReleasesTheAccountBreaker()
    {
        var schema = Server.NewSchema();
        var clock = Some.Clock();
        using var alpha = Some.Bot(Server.ConnectionString, schema, "alpha", clock, botLimitPercent: 50m);
        alpha.Tracker.RecordEntry(Some.Entry("a-1", price: 100m, quantity: 10m));
        alpha.Tracker.RecordExit(Some.Exit("a-2", price: 50m, quantity: 10m));   // −500 of 10,000: 5 % trips the account

        var halted = alpha.Tracker.CheckRisk();
        clock.Advance(TimeSpan.FromDays(1));
        var nextDay = alpha.Tracker.CheckRisk();

        Assert.That(halted.Reason, Is.EqualTo(RiskHaltReason.AccountDailyLossLimit));
        Assert.That(nextDay.IsAllowed, Is.True);
        Assert.That(nextDay.TradingDay, Is.EqualTo(new DateOnly(2026, 11, 25)));
    }

    [Test]
    public void BotJoiningLater_AddsItsBalanceAsCapitalNotAsProfit()
    {
        var schema = Server.NewSchema();
        var clock = Some.Clock();
        using var alpha = Some.Bot(Server.ConnectionString, schema, "alpha", clock, botLimitPercent: 50m, accountLimitPercent: 10m);
        alpha.Tracker.RecordEntry(Some.Entry("a-1", price: 100m, quantity: 10m));
        alpha.Tracker.RecordExit(Some.Exit("a-2", price: 40m, quantity: 10m));   // −600: account 9,400 of 10,000

        using var gamma = Some.Bot(Server.ConnectionString, schema, "gamma", clock, botLimitPercent: 50m, accountLimitPercent: 10m);
        var state = PostgreSqlFleet.ReadAll(Server.ConnectionString, schema).AccountRisk.Single().State;
        var decision = gamma.Tracker.CheckRisk();

        // 10,000 of capital joins: day start 20,000, equity 19,400, peak 20,000; the day's loss stays 600 = 3 %.
        Assert.That(state.DayStartEquity, Is.EqualTo(20_000m));
        Assert.That(state.LastEquity, Is.EqualTo(19_400m));
        Assert.That(state.PeakEquity, Is.EqualTo(20_000m));
        Assert.That(decision.IsAllowed, Is.True);
    }

    [Test]
    public void OwnBotLimit_StillHaltsTheBotWhileTheAccountIsWithinItsLimit()
    {
        var schema = Server.NewSchema();
        var clock = Some.Clock();
        using var alpha = Some.Bot(Server.ConnectionString, schema, "alpha", clock, botLimitPercent: 5m, accountLimitPercent: 50m);
        using var beta = Some.Bot(Server.ConnectionString, schema, "beta", clock, botLimitPercent: 5m, accountLimitPercent: 50m);
        alpha.Tracker.RecordEntry(Some.Entry("a-1", price: 100m, quantity: 10m));
        alpha.Tracker.RecordExit(Some.Exit("a-2", price: 50m, quantity: 10m));   // −500: 5 % of alpha, 2.5 % of the account

        Assert.That(alpha.Tracker.CheckRisk().Reason, Is.EqualTo(RiskHaltReason.DailyLossLimit));
        Assert.That(beta.Tracker.CheckRisk().IsAllowed, Is.True);
        Assert.That(alpha.CountAlerts(RiskAlertKind.AccountBreakerTripped), Is.Zero);
    }

    [Test]
    public void AccountLimitsOff_NeverHaltsForTheAccountAndStoresNoAccountState()
    {
        var schema = Server.NewSchema();
        var clock = Some.Clock();
        using var alpha = Some.Bot(Server.ConnectionString, schema, "alpha", clock, botLimitPercent: 50m, accountLimitPercent: null);
        alpha.Tracker.RecordEntry(Some.Entry("a-1", price: 100m, quantity: 10m));
        alpha.Tracker.RecordExit(Some.Exit("a-2", price: 40m, quantity: 10m));   // −600: 6 %, below the bot's 50 %

        Assert.That(alpha.Tracker.CheckRisk().IsAllowed, Is.True);
        Assert.That(Server.Scalar($"SELECT count(*) FROM {schema}.account_risk;"), Is.Zero);
    }

    [Test]
    public void ResetAccountBreaker_ReleasesItForEveryBotWithAFreshBudget()
    {
        var schema = Server.NewSchema();
        var clock = Some.Clock();
        using var alpha = Some.Bot(Server.ConnectionString, schema, "alpha", clock, botLimitPercent: 50m);
        alpha.Tracker.RecordEntry(Some.Entry("a-1", price: 100m, quantity: 10m));
        alpha.Tracker.RecordExit(Some.Exit("a-2", price: 50m, quantity: 10m));   // −500 of 10,000: 5 % trips the account

        var decision = PostgreSqlFleet.ResetAccountBreaker(Server.ConnectionString, new RiskRulesOptions(), clock.GetUtcNow(), schema);

        // Fresh budget from 9,500: the day's loss restarts at 0 %.
        Assert.That(decision.IsAllowed, Is.True);
        Assert.That(decision.DayStartEquity, Is.EqualTo(9_500m));
        Assert.That(alpha.Tracker.CheckRisk().IsAllowed, Is.True);
        Assert.That(PostgreSqlFleet.ReadAll(Server.ConnectionString, schema).AccountRisk.Single().State.TripCount, Is.EqualTo(1));
    }

    [Test]
    public void MarkWithoutRiskEvent_ReachesTheAccountOnlyWithTheBotsNextWrite()
    {
        // The account sums each bot's last journaled equity (balance + unrealized at its last marks, see docs/fleet.md).
        var schema = Server.NewSchema();
        var clock = Some.Clock();
        using var alpha = Some.Bot(Server.ConnectionString, schema, "alpha", clock, botLimitPercent: 50m, accountLimitPercent: 50m);
        alpha.Tracker.RecordEntry(Some.Entry("a-1", price: 100m, quantity: 10m));
        alpha.Tracker.MarkPrice("AAPL", 98m);   // −20 unrealized, no risk event: not written

        var beforeFlush = PostgreSqlFleet.ReadAll(Server.ConnectionString, schema).AccountRisk.Single().State.LastEquity;
        alpha.Tracker.Flush();
        var afterFlush = PostgreSqlFleet.ReadAll(Server.ConnectionString, schema).AccountRisk.Single().State.LastEquity;

        Assert.That(beforeFlush, Is.EqualTo(10_000m));
        Assert.That(afterFlush, Is.EqualTo(9_980m));
    }

    [Test]
    public void MarkThatTripsTheBot_IsJournaledAndTripsTheAccountWithUnrealizedLoss()
    {
        // alpha 10 @ 100 marked at 50: −500 unrealized = 5 % of its 10,000 (own limit 5 %) and of the account's 10,000 (5 %).
        var schema = Server.NewSchema();
        var clock = Some.Clock();
        using var alpha = Some.Bot(Server.ConnectionString, schema, "alpha", clock, botLimitPercent: 5m, accountLimitPercent: 5m);
        alpha.Tracker.RecordEntry(Some.Entry("a-1", price: 100m, quantity: 10m));

        alpha.Tracker.MarkPrice("AAPL", 50m);
        var decision = alpha.Tracker.CheckRisk();
        var account = PostgreSqlFleet.ReadAll(Server.ConnectionString, schema).AccountRisk.Single();

        Assert.That(decision.Reason, Is.EqualTo(RiskHaltReason.DailyLossLimit), "the bot's own breaker answers first");
        Assert.That(account.State.BreakerTripped, Is.True);
        Assert.That(account.State.LastEquity, Is.EqualTo(9_500m));
        Assert.That(account.TrippedByBot, Is.EqualTo("alpha"));
        Assert.That(account.TrippedByExecutionId, Is.Null, "tripped by a checkpoint, not a fill");
        Assert.That(alpha.CountAlerts(RiskAlertKind.AccountBreakerTripped), Is.EqualTo(1), "reported on the bot's next call");
    }

    [Test]
    public void AccountDrawdownBeyondThreshold_RaisesTheAccountDrawdownAlertOnce()
    {
        // Account 10,000, drawdown alert 12 %: a −1,300 round trip is 13 % from the peak; the daily limit is 50 %.
        var schema = Server.NewSchema();
        var clock = Some.Clock();
        using var alpha = Some.Bot(Server.ConnectionString, schema, "alpha", clock, botLimitPercent: 50m, accountLimitPercent: 50m);
        alpha.Tracker.RecordEntry(Some.Entry("a-1", price: 200m, quantity: 10m));
        alpha.Tracker.RecordExit(Some.Exit("a-2", price: 70m, quantity: 10m));   // −1,300

        var alert = alpha.Alerts.Single(a => a.Kind == RiskAlertKind.AccountDrawdownAlert);

        Assert.That(alert.DrawdownPercent, Is.EqualTo(13m));
        Assert.That(alert.DrawdownLimitPercent, Is.EqualTo(12m));
        Assert.That(alpha.CountAlerts(RiskAlertKind.DrawdownAlert), Is.Zero, "the bot's own threshold is 50 %");
    }
}
