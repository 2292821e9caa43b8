namespace Nija.Metrics.Tests;

[TestFixture]
public sealed class RiskRulesTests
{
    private static readonly DateTimeOffset Monday = new(2026, 1, 5, 14, 0, 0, TimeSpan.Zero);

    private static RiskRules CreateSut(Action<RiskRulesOptions>? configure = null, decimal equity = 10_000m)
    {
        var options = new RiskRulesOptions();
        configure?.Invoke(options);
        return new RiskRules(options, Monday, equity);
    }

    [Test]
    public void Options_Defaults_AreFivePercentTwelvePercentUtcNextDay()
    {
        var options = new RiskRulesOptions();

        Assert.That(options.MaxDailyLossPercent, Is.EqualTo(5m));
        Assert.That(options.MaxDrawdownPercent, Is.EqualTo(12m));
        Assert.That(options.TradingDayTimeZone, Is.EqualTo(TimeZoneInfo.Utc));
        Assert.That(options.ResetPolicy, Is.EqualTo(BreakerResetPolicy.NextTradingDay));
    }

    [TestCase(0, "MaxDailyLossPercent is 0; it must be greater than 0 and at most 100.")]
    [TestCase(100.5, "MaxDailyLossPercent is 100.5; it must be greater than 0 and at most 100.")]
    [TestCase(-1, "MaxDailyLossPercent is -1; it must be greater than 0 and at most 100.")]
    public void Options_DailyLossOutOfRange_NamesSettingValueAndRange(decimal value, string message)
    {
        var options = new RiskRulesOptions { MaxDailyLossPercent = value };

        var ex = Assert.Throws<ArgumentOutOfRangeException>(options.Validate);

        Assert.That(ex!.Message, Does.StartWith(message));
        Assert.That(ex.ParamName, Is.EqualTo("MaxDailyLossPercent"));
    }

    [Test]
    public void Update_LossBelowLimit_DoesNotTrip()
    {
        var sut = CreateSut();

        var events = sut.Update(Monday.AddHours(1), 9_501m);

        Assert.That(events, Is.EqualTo(RiskEvents.None));
        Assert.That(sut.CheckNewPosition(Monday.AddHours(1)).IsAllowed, Is.True);
        Assert.That(sut.DailyPnl, Is.EqualTo(-499m));
    }

    [Test]
    public void Update_LossReachesExactlyFivePercent_TripsOnceAndHaltsWithNumbers()
    {
        var sut = CreateSut();

        var first = sut.Update(Monday.AddHours(1), 9_500m);
        var second = sut.Update(Monday.AddHours(2), 9_400m);
        var decision = sut.CheckNewPosition(Monday.AddHours(2));

        Assert.That(first, Is.EqualTo(RiskEvents.BreakerTripped));
        Assert.That(second, Is.EqualTo(RiskEvents.None), "trips once");
        Assert.That(decision.IsAllowed, Is.False);
        Assert.That(decision.Reason, Is.EqualTo(RiskHaltReason.DailyLossLimit));
        Assert.That(decision.DayStartEquity, Is.EqualTo(10_000m));
        Assert.That(decision.Equity, Is.EqualTo(9_400m));
        Assert.That(decision.DailyLossPercent, Is.EqualTo(6m));
        Assert.That(decision.TrippedAt, Is.EqualTo(Monday.AddHours(1)));
        Assert.That(decision.Describe(), Is.EqualTo("Halted (DailyLossLimit): day 2026-01-05 loss 6% of 10000.00 reached the limit of 5% at 2026-01-05T15:00:00.0000000+00:00."));
        Assert.That(sut.State.TripCount, Is.EqualTo(1));
    }

    [Test]
    public void Update_RecoveryOnTheSameDay_StaysTripped_NextDayResetsAndRebases()
    {
        var sut = CreateSut();
        sut.Update(Monday.AddHours(1), 9_400m);

        sut.Update(Monday.AddHours(5), 10_100m);
        var sameDay = sut.CheckNewPosition(Monday.AddHours(6));
        var nextDayCheck = sut.CheckNewPosition(Monday.AddDays(1));
        var events = sut.Update(Monday.AddDays(1), 10_050m);

        Assert.That(sameDay.IsAllowed, Is.False);
        Assert.That(nextDayCheck.IsAllowed, Is.True, "the check already sees the new day");
        Assert.That(events, Is.EqualTo(RiskEvents.TradingDayStarted | RiskEvents.BreakerReset));
        Assert.That(sut.State.DayStartEquity, Is.EqualTo(10_100m), "the previous day's last equity");
        Assert.That(sut.State.TradingDay, Is.EqualTo(new DateOnly(2026, 1, 6)));
        Assert.That(sut.IsHalted, Is.False);
    }

    [Test]
    public void TradingDay_FollowsTheConfiguredTimeZone()
    {
        var newYork = TradingDays.FindTimeZone("America/New_York");
        var sut = new RiskRules(new RiskRulesOptions { TradingDayTimeZone = newYork }, new DateTimeOffset(2026, 1, 5, 15, 0, 0, TimeSpan.Zero), 10_000m);
        sut.Update(new DateTimeOffset(2026, 1, 5, 20, 0, 0, TimeSpan.Zero), 9_000m);

        // 2026-01-06 03:00Z is 22:00 on Jan 5 in New York (UTC−5): still the same trading day.
        var lateEvening = sut.Update(new DateTimeOffset(2026, 1, 6, 3, 0, 0, TimeSpan.Zero), 9_000m);
        // 05:00Z is midnight in New York: a new trading day.
        var midnight = sut.Update(new DateTimeOffset(2026, 1, 6, 5, 0, 0, TimeSpan.Zero), 9_000m);

        Assert.That(lateEvening, Is.EqualTo(RiskEvents.None));
        Assert.That(midnight, Is.EqualTo(RiskEvents.TradingDayStarted | RiskEvents.BreakerReset));
    }

    [Test]
    public void ManualPolicy_NewDayKeepsBreaker_ResetReleasesAndRebases()
    {
        var sut = CreateSut(o => o.ResetPolicy = BreakerResetPolicy.Manual);
        sut.Update(Monday.AddHours(1), 9_000m);

        var nextDay = sut.Update(Monday.AddDays(1), 9_100m);
        var haltedNextDay = sut.CheckNewPosition(Monday.AddDays(1));
        var reset = sut.Reset(Monday.AddDays(1).AddHours(1));
        var afterReset = sut.Update(Monday.AddDays(1).AddHours(2), 9_000m);

        Assert.That(nextDay, Is.EqualTo(RiskEvents.TradingDayStarted));
        Assert.That(haltedNextDay.IsAllowed, Is.False);
        Assert.That(reset, Is.EqualTo(RiskEvents.BreakerReset));
        Assert.That(sut.State.DayStartEquity, Is.EqualTo(9_100m));
        Assert.That(afterReset, Is.EqualTo(RiskEvents.None), "a 1.1% loss from the reset equity is within the budget");
    }

    [Test]
    public void DrawdownAlert_RaisedAtTwelvePercent_ClearedOnRecovery_RaisedAgain()
    {
        var sut = CreateSut(o => o.MaxDailyLossPercent = 100m);

        var raised = sut.Update(Monday.AddHours(1), 8_800m);
        var stillLow = sut.Update(Monday.AddHours(2), 8_700m);
        var cleared = sut.Update(Monday.AddHours(3), 8_900m);
        var again = sut.Update(Monday.AddHours(4), 8_800m);

        Assert.That(raised, Is.EqualTo(RiskEvents.DrawdownAlertRaised));
        Assert.That(stillLow, Is.EqualTo(RiskEvents.None));
        Assert.That(cleared, Is.EqualTo(RiskEvents.DrawdownAlertCleared));
        Assert.That(again, Is.EqualTo(RiskEvents.DrawdownAlertRaised));
        Assert.That(sut.DrawdownPercent, Is.EqualTo(12m));
    }

    [Test]
    public void DrawdownAlert_JustBelowAndExactlyAtTheLimit_RaisedOnlyAtTheLimit()
    {
        // Peak 10,000, limit 12 %: 12 % of 10,000 = 1,200 by hand. 8,800.0001 is 11.999999 %, 8,800 is exactly 12 %.
        var sut = CreateSut(o => o.MaxDailyLossPercent = 100m);

        var below = sut.Update(Monday.AddHours(1), 8_800.0001m);
        var at = sut.Update(Monday.AddHours(2), 8_800m);

        Assert.That(below, Is.EqualTo(RiskEvents.None));
        Assert.That(at, Is.EqualTo(RiskEvents.DrawdownAlertRaised));
    }

    [Test]
    public void DrawdownAlert_RepeatingFractionLimit_FollowsTheRoundedDivision()
    {
        // Limit 100/3 % = 33.333333333333333333333333333 (decimal rounds to 29 digits). Peak 3, equity 2: the drawdown
        // 1/3 × 100 = 33.333333333333333333333333330 (the division rounds to 28 places before × 100), just below the
        // limit, so no alert; equity 1.9999999999 is above it by 3.3e-9 %.
        var sut = CreateSut(o => { o.MaxDailyLossPercent = 100m; o.MaxDrawdownPercent = 100m / 3m; }, equity: 3m);

        var roundedBelow = sut.Update(Monday.AddHours(1), 2m);
        var above = sut.Update(Monday.AddHours(2), 1.9999999999m);

        Assert.That(sut.DrawdownPercent, Is.EqualTo(33.33333333666666666666666667m));
        Assert.That(roundedBelow, Is.EqualTo(RiskEvents.None));
        Assert.That(above, Is.EqualTo(RiskEvents.DrawdownAlertRaised));
    }

    [Test]
    public void Update_ManyEquities_SameEventsAsTheDivisionFormulas()
    {
        // Reference: the definitions in the class remarks, evaluated with the divisions on every update (the original
        // implementation). Equities walk around the boundaries, including values a hair either side of them.
        const decimal lossLimit = 2.5m;
        const decimal drawdownLimit = 7m / 3m;
        var sut = CreateSut(o => { o.MaxDailyLossPercent = lossLimit; o.MaxDrawdownPercent = drawdownLimit; o.ResetPolicy = BreakerResetPolicy.Manual; });
        var random = new Random(6);
        decimal dayStart = 10_000m, peak = 10_000m, equity = 10_000m;
        var tripped = false;
        var alert = false;
        for (var i = 0; i < 20_000; i++)
        {
            equity = (i % 7) switch
            {
                0 => dayStart - (dayStart * lossLimit / 100m),
                1 => peak - (peak * drawdownLimit / 100m),
                2 => peak - (peak * drawdownLimit / 100m) + 0.0000000000000000001m,
                3 => peak - (peak * drawdownLimit / 100m) - 0.0000000000000000001m,
                _ => equity + (decimal)Math.Round((random.NextDouble() - 0.5) * 200.0, 4),
            };
            var expected = RiskEvents.None;
            peak = Math.Max(peak, equity);
            if (!tripped && dayStart - equity >= dayStart * lossLimit / 100m)
            {
                tripped = true;
                expected |= RiskEvents.BreakerTripped;
            }

            var drawdown = (peak - equity) / peak * 100m;
            if (alert != drawdown >= drawdownLimit)
            {
                alert = !alert;
                expected |= alert ? RiskEvents.DrawdownAlertRaised : RiskEvents.DrawdownAlertCleared;
            }

            var actual = sut.Update(Monday.AddSeconds(i), equity);
            if (tripped && i % 50 == 0)
            {
                sut.Reset(Monday.AddSeconds(i));
                tripped = false;
                dayStart = equity;
            }

            Assert.That(actual, Is.EqualTo(expected), $"update {i}, equity {equity}, peak {peak}");
        }
    }

    [Test]
    public void Update_HundredTrillionAccount_CentsDecideTheBreakerThePeakAndTheAlert()
    {
        // At 1e14 a double cannot tell cents apart, so every test below is decided by the exact decimal comparison.
        // Day start and peak 100,000,000,000,000.00; 5 % loss = 5,000,000,000,000.00; 12 % drawdown = 12,000,000,000,000.00.
        var sut = CreateSut(equity: 100_000_000_000_000.00m);

        Assert.That(sut.Update(Monday.AddHours(1), 100_000_000_000_000.01m), Is.EqualTo(RiskEvents.None));
        Assert.That(sut.State.PeakEquity, Is.EqualTo(100_000_000_000_000.01m), "a cent above the peak is the new peak");
        Assert.That(sut.Update(Monday.AddHours(2), 95_000_000_000_000.01m), Is.EqualTo(RiskEvents.None), "a cent short of 5 %");
        Assert.That(sut.Update(Monday.AddHours(3), 95_000_000_000_000.00m), Is.EqualTo(RiskEvents.BreakerTripped), "exactly 5 %");

        // Next day: day start 95,000,000,000,000.00, so 5 % is 4,750,000,000,000.00; the peak stays 100,000,000,000,000.01,
        // whose 12 % drawdown is at 88,000,000,000,000.0088.
        Assert.That(sut.Update(Monday.AddDays(1), 90_250_000_000_000.01m), Is.EqualTo(RiskEvents.TradingDayStarted | RiskEvents.BreakerReset));
        Assert.That(sut.Update(Monday.AddDays(1).AddHours(1), 90_250_000_000_000.00m), Is.EqualTo(RiskEvents.BreakerTripped));
        Assert.That(sut.Update(Monday.AddDays(1).AddHours(2), 88_000_000_000_000.0089m), Is.EqualTo(RiskEvents.None));
        Assert.That(sut.Update(Monday.AddDays(1).AddHours(3), 88_000_000_000_000.0088m), Is.EqualTo(RiskEvents.DrawdownAlertRaised));
    }

    [Test]
    public void Update_NewDayAfterGains_TripsAgainstTheNewDayStart()
    {
        // Monday ends at 20,000 (from 10,000). Tuesday starts from 20,000, so 5 % is 1,000: 19,000 trips, although it is
        // far above Monday's trip level of 9,500.
        var sut = CreateSut();
        Assert.That(sut.Update(Monday.AddHours(1), 20_000m), Is.EqualTo(RiskEvents.None));
        Assert.That(sut.Update(Monday.AddDays(1), 19_000.01m), Is.EqualTo(RiskEvents.TradingDayStarted));
        Assert.That(sut.Update(Monday.AddDays(1).AddHours(1), 19_000m), Is.EqualTo(RiskEvents.BreakerTripped));
    }

    [Test]
    public void Update_AfterResetAndRestore_TheNewDayStartIsTheOneCompared()
    {
        // Day start 10,000, 5 % = 500: trips at 9,500. A reset re-bases at 9,500, so the next trip is at 9,025 (5 % of
        // 9,500 = 475), not at 9,500 again.
        var sut = CreateSut(o => o.ResetPolicy = BreakerResetPolicy.Manual);
        Assert.That(sut.Update(Monday.AddHours(1), 9_500m), Is.EqualTo(RiskEvents.BreakerTripped));
        sut.Reset(Monday.AddHours(2));
        Assert.That(sut.Update(Monday.AddHours(3), 9_025.01m), Is.EqualTo(RiskEvents.None));

        // A rules object restored from the state compares against the same day start and peak.
        var restored = new RiskRules(new RiskRulesOptions { ResetPolicy = BreakerResetPolicy.Manual }, sut.State);
        Assert.That(restored.Update(Monday.AddHours(4), 9_025m), Is.EqualTo(RiskEvents.BreakerTripped));
        Assert.That(restored.State.PeakEquity, Is.EqualTo(10_000m));
    }

    [Test]
    public void Restore_FromSavedState_KeepsTheBreakerTripped()
    {
        var original = CreateSut();
        original.Update(Monday.AddHours(1), 9_000m);

        var restored = new RiskRules(new RiskRulesOptions(), original.State);

        Assert.That(restored.IsHalted, Is.True);
        Assert.That(restored.CheckNewPosition(Monday.AddHours(3)).IsAllowed, Is.False);
        Assert.That(restored.CheckNewPosition(Monday.AddDays(1)).IsAllowed, Is.True);
    }

    [Test]
    public void Restore_InconsistentState_Throws()
    {
        var state = new RiskState(new DateOnly(2026, 1, 5), 10_000m, 10_000m, 10_000m, BreakerTripped: true, TrippedAt: null, false, 1);

        Assert.Throws<ArgumentException>(() => _ = new RiskRules(new RiskRulesOptions(), state));
    }
}
