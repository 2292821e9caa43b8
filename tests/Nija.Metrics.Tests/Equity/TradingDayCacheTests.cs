namespace Nija.Metrics.Tests;

[TestFixture]
public sealed class TradingDayCacheTests
{
    // Zones with the awkward cases: daylight saving time at 02:00 (New York, London), at midnight (Havana, Santiago),
    // half-hour daylight saving time (Lord Howe), negative daylight saving time in the tz database (Dublin), a skipped
    // calendar day (Apia, 2011-12-30), quarter-hour offsets (Kathmandu, Chatham), a two-hour change (Troll), a fixed
    // offset (Etc/GMT+5, i.e. UTC−5) and UTC.
    private static readonly string[] Zones =
    [
        "UTC", "America/New_York", "Europe/London", "America/Havana", "America/Santiago", "Australia/Lord_Howe",
        "Europe/Dublin", "Pacific/Apia", "Asia/Kathmandu", "Pacific/Chatham", "Antarctica/Troll", "Etc/GMT+5",
    ];

    [TestCaseSource(nameof(Zones))]
    public void Of_StepsOfThirteenMinutesOverTwoYears_MatchesTradingDaysOf(string zoneId)
    {
        var zone = TradingDays.FindTimeZone(zoneId);
        var cache = new TradingDayCache(zone);
        var time = new DateTimeOffset(2011, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var end = time.AddYears(2);
        var checkedTimes = 0;
        for (; time < end; time = time.AddMinutes(13))
        {
            Assert.That(cache.Of(time), Is.EqualTo(TradingDays.Of(time, zone)), $"{zoneId} at {time:O}");
            checkedTimes++;
        }

        Assert.That(checkedTimes, Is.GreaterThan(80_000));
    }

    [TestCaseSource(nameof(Zones))]
    public void Of_RandomJumpsForwardAndBack_MatchesTradingDaysOf(string zoneId)
    {
        var zone = TradingDays.FindTimeZone(zoneId);
        var cache = new TradingDayCache(zone);
        var random = new Random(7);
        var time = new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 50_000; i++)
        {
            // Mostly short steps within a day, sometimes back by up to two days, sometimes by a second either way.
            var step = random.Next(10) switch
            {
                0 => TimeSpan.FromMinutes(-random.Next(1, 2 * 24 * 60)),
                1 => TimeSpan.FromSeconds(random.Next(2) == 0 ? -1 : 1),
                _ => TimeSpan.FromMinutes(random.Next(1, 240)),
            };
            time = time.Add(step);
            Assert.That(cache.Of(time), Is.EqualTo(TradingDays.Of(time, zone)), $"{zoneId} at {time:O}");
        }
    }

    [Test]
    public void Of_ClocksGoBackAcrossMidnight_DayIsNotContiguousAndStillExact()
    {
        // A made-up zone whose daylight saving time ends at 00:30 local: on 1 October 00:30 the clocks go back to 23:30 on
        // 30 September. 30 September is then two spans of instants with a half hour of 1 October between them, so no
        // single span may be remembered for it.
        var zone = TimeZoneInfo.CreateCustomTimeZone(
            "Test/BackAcrossMidnight",
            TimeSpan.Zero,
            "Back across midnight",
            "Standard",
            "Daylight",
            [
                TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                    new DateTime(2000, 1, 1),
                    new DateTime(2099, 12, 31),
                    TimeSpan.FromHours(1),
                    TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 1),
                    TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 0, 30, 0), 10, 1)),
            ]);
        var cache = new TradingDayCache(zone);
        var september30 = new DateOnly(2026, 9, 30);
        var october1 = new DateOnly(2026, 10, 1);

        Assert.Multiple(() =>
        {
            // 30 Sep 12:00 UTC twice, so the cache would remember a span for the day if it were allowed to.
            Assert.That(cache.Of(new DateTimeOffset(2026, 9, 30, 12, 0, 0, TimeSpan.Zero)), Is.EqualTo(september30));
            Assert.That(cache.Of(new DateTimeOffset(2026, 9, 30, 12, 0, 0, TimeSpan.Zero)), Is.EqualTo(september30));
            // 23:00 UTC is 00:00 local on 1 October (daylight time), 23:29 UTC is 00:29 local; at 23:30 UTC the clocks go
            // back to 23:30 local on 30 September, and 1 October comes again at 00:00 UTC.
            Assert.That(cache.Of(new DateTimeOffset(2026, 9, 30, 22, 59, 0, TimeSpan.Zero)), Is.EqualTo(september30));
            Assert.That(cache.Of(new DateTimeOffset(2026, 9, 30, 23, 0, 0, TimeSpan.Zero)), Is.EqualTo(october1));
            Assert.That(cache.Of(new DateTimeOffset(2026, 9, 30, 23, 29, 0, TimeSpan.Zero)), Is.EqualTo(october1));
            Assert.That(cache.Of(new DateTimeOffset(2026, 9, 30, 23, 30, 0, TimeSpan.Zero)), Is.EqualTo(september30));
            Assert.That(cache.Of(new DateTimeOffset(2026, 9, 30, 23, 59, 0, TimeSpan.Zero)), Is.EqualTo(september30));
            Assert.That(cache.Of(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero)), Is.EqualTo(october1));
        });

        var time = new DateTimeOffset(2026, 9, 28, 0, 0, 0, TimeSpan.Zero);
        for (; time < new DateTimeOffset(2026, 10, 4, 0, 0, 0, TimeSpan.Zero); time = time.AddMinutes(1))
        {
            Assert.That(cache.Of(time), Is.EqualTo(TradingDays.Of(time, zone)), $"at {time:O}");
        }
    }

    [Test]
    public void Of_NewYorkSpringForward_DayHasTwentyThreeHours()
    {
        // 2026-03-08: clocks go from 02:00 EST to 03:00 EDT. The day starts at 05:00 UTC and ends at 04:00 UTC next day.
        var cache = new TradingDayCache(TradingDays.FindTimeZone("America/New_York"));
        var marchSeventh = new DateOnly(2026, 3, 7);
        var marchEighth = new DateOnly(2026, 3, 8);
        var marchNinth = new DateOnly(2026, 3, 9);

        Assert.Multiple(() =>
        {
            Assert.That(cache.Of(new DateTimeOffset(2026, 3, 8, 4, 59, 0, TimeSpan.Zero)), Is.EqualTo(marchSeventh));
            Assert.That(cache.Of(new DateTimeOffset(2026, 3, 8, 5, 0, 0, TimeSpan.Zero)), Is.EqualTo(marchEighth));
            Assert.That(cache.Of(new DateTimeOffset(2026, 3, 8, 12, 0, 0, TimeSpan.Zero)), Is.EqualTo(marchEighth));
            Assert.That(cache.Of(new DateTimeOffset(2026, 3, 9, 3, 59, 0, TimeSpan.Zero)), Is.EqualTo(marchEighth));
            Assert.That(cache.Of(new DateTimeOffset(2026, 3, 9, 4, 0, 0, TimeSpan.Zero)), Is.EqualTo(marchNinth));
            Assert.That(cache.Of(new DateTimeOffset(2026, 3, 9, 4, 1, 0, TimeSpan.Zero)), Is.EqualTo(marchNinth));
            // An ordinary day after it: 04:00 to 04:00 UTC (EDT), remembered after its second look-up.
            Assert.That(cache.Of(new DateTimeOffset(2026, 3, 10, 3, 59, 59, TimeSpan.Zero)), Is.EqualTo(marchNinth));
            Assert.That(cache.Of(new DateTimeOffset(2026, 3, 10, 4, 0, 0, TimeSpan.Zero)), Is.EqualTo(new DateOnly(2026, 3, 10)));
        });
    }

    [Test]
    public void Of_FixedOffsetZone_UsesItsLocalMidnight()
    {
        // Etc/GMT+5 is UTC−5 all year: its day starts at 05:00 UTC.
        var cache = new TradingDayCache(TradingDays.FindTimeZone("Etc/GMT+5"));

        Assert.Multiple(() =>
        {
            Assert.That(cache.Of(new DateTimeOffset(2026, 7, 1, 4, 59, 59, TimeSpan.Zero)), Is.EqualTo(new DateOnly(2026, 6, 30)));
            Assert.That(cache.Of(new DateTimeOffset(2026, 7, 1, 5, 0, 0, TimeSpan.Zero)), Is.EqualTo(new DateOnly(2026, 7, 1)));
            Assert.That(cache.Of(new DateTimeOffset(2026, 7, 1, 5, 0, 0, TimeSpan.FromHours(9))), Is.EqualTo(new DateOnly(2026, 6, 30)));
        });
    }

    [Test]
    public void Of_ExtremeTimes_MatchTradingDaysOf()
    {
        var zone = TradingDays.FindTimeZone("Etc/GMT+5");
        var cache = new TradingDayCache(zone);

        Assert.Multiple(() =>
        {
            Assert.That(cache.Of(DateTimeOffset.MinValue), Is.EqualTo(TradingDays.Of(DateTimeOffset.MinValue, zone)));
            Assert.That(cache.Of(DateTimeOffset.MaxValue), Is.EqualTo(TradingDays.Of(DateTimeOffset.MaxValue, zone)));
        });
    }
}
