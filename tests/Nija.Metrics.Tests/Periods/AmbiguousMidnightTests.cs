namespace Nija.Metrics.Tests.Periods;

[TestFixture]
public sealed class AmbiguousMidnightTests
{
    [Test]
    public void Monthly_Havana_LastOctoberDayStaysInOctober()
    {
        // America/Havana ends DST on Sunday 2026-11-01 at 01:00 CDT -> 00:00 CST, so local 00:00-00:59 on 1 Nov occurs twice
        // (04:00-04:59 UTC as CDT, 05:00-05:59 UTC as CST). Points:
        //   2026-10-30 16:00 UTC = 30 Oct 12:00 local, equity 100 (start)
        //   2026-10-31 16:00 UTC = 31 Oct 12:00 local, equity 110
        //   2026-11-01 04:30 UTC = 1 Nov 00:30 CDT local, equity 121
        // Docs: each calendar day's last equity in the zone -> days 30 Oct (100), 31 Oct (110), 1 Nov (121);
        // October = 110/100 − 1 = +10 %, November = 121/110 − 1 = +10 %, 3 daily returns [0, 0.1, 0.1].
        var zone = TradingDays.FindTimeZone("America/Havana");
        var curve = new EquityCurve();
        curve.Add(new DateTimeOffset(2026, 10, 30, 16, 0, 0, TimeSpan.Zero), 100);
        curve.Add(new DateTimeOffset(2026, 10, 31, 16, 0, 0, TimeSpan.Zero), 110);
        curve.Add(new DateTimeOffset(2026, 11, 1, 4, 30, 0, TimeSpan.Zero), 121);
        Assert.That(TradingDays.Of(curve[2].Timestamp, zone), Is.EqualTo(new DateOnly(2026, 11, 1)));

        var daily = curve.DailyReturns(zone);
        var monthly = PeriodReturns.Monthly(curve, zone);

        Assert.Multiple(() =>
        {
            Assert.That(daily, Has.Length.EqualTo(3), "daily returns: " + string.Join(", ", daily));
            Assert.That(monthly.Select(m => (m.Month, Math.Round(m.Return, 12))), Is.EqualTo(new[] { (10, 0.1), (11, 0.1) }));
        });
    }

    [Test]
    public void StartOf_MidnightThatHappensTwice_IsTheFirstOfThem()
    {
        // Havana falls back from −4 to −5 at 01:00 on 2026-11-01: local 00:00 is 04:00 UTC and again 05:00 UTC.
        var zone = TradingDays.FindTimeZone("America/Havana");

        Assert.That(TradingDays.StartOf(new DateOnly(2026, 11, 1), zone), Is.EqualTo(new DateTimeOffset(2026, 11, 1, 4, 0, 0, TimeSpan.Zero)));
        Assert.That(TradingDays.StartOf(new DateOnly(2026, 11, 2), zone), Is.EqualTo(new DateTimeOffset(2026, 11, 2, 5, 0, 0, TimeSpan.Zero)));
    }
}
