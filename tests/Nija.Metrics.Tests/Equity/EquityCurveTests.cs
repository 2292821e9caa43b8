namespace Nija.Metrics.Tests;

[TestFixture]
public sealed class EquityCurveTests
{
    private static readonly DateTimeOffset Day1 = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    [Test]
    public void ResampleDaily_Utc_KeepsTheLastPointOfEachDay()
    {
        var sut = new EquityCurve();
        sut.Add(Day1.AddHours(9), 100);
        sut.Add(Day1.AddHours(17), 110);
        sut.Add(Day1.AddDays(1).AddHours(9), 99);
        sut.Add(Day1.AddDays(3).AddHours(23.5), 121);

        var daily = sut.ResampleDaily();

        Assert.That(daily.Values.ToArray(), Is.EqualTo(new[] { 110d, 99d, 121d }));
        Assert.That(daily[2].Timestamp, Is.EqualTo(Day1.AddDays(3).AddHours(23.5)));
    }

    [Test]
    public void DailyReturns_StartFromTheFirstPoint()
    {
        var sut = new EquityCurve();
        sut.Add(Day1, 100);
        sut.Add(Day1.AddHours(12), 110);
        sut.Add(Day1.AddDays(1), 99);
        sut.Add(Day1.AddDays(2), 121);

        var returns = sut.DailyReturns();

        // 110/100 − 1, 99/110 − 1, 121/99 − 1.
        Assert.That(returns, Is.EqualTo(new[] { 0.1, -0.1, (121d / 99d) - 1d }).Within(1e-15));
    }

    [Test]
    public void ResampleDaily_InTimeZone_UsesLocalCalendarDays()
    {
        var tokyo = TradingDays.FindTimeZone("Asia/Tokyo");
        var sut = new EquityCurve();
        sut.Add(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero), 1); // 19:00 Mar 2 Tokyo
        sut.Add(new DateTimeOffset(2026, 3, 2, 14, 59, 0, TimeSpan.Zero), 2); // 23:59 Mar 2 Tokyo
        sut.Add(new DateTimeOffset(2026, 3, 2, 15, 0, 0, TimeSpan.Zero), 3); // 00:00 Mar 3 Tokyo

        var utc = sut.ResampleDaily();
        var local = sut.ResampleDaily(tokyo);

        Assert.That(utc.Values.ToArray(), Is.EqualTo(new[] { 3d }));
        Assert.That(local.Values.ToArray(), Is.EqualTo(new[] { 2d, 3d }));
    }

    [Test]
    public void Add_OutOfOrderOrNonFinite_IsRejectedAndNothingIsAdded()
    {
        var sut = new EquityCurve();
        sut.Add(Day1, 100);

        Assert.Throws<ArgumentOutOfRangeException>(() => sut.Add(Day1.AddSeconds(-1), 100));
        Assert.Throws<ArgumentOutOfRangeException>(() => sut.Add(Day1, double.NaN));
        Assert.That(sut.Count, Is.EqualTo(1));
    }

    [Test]
    public void Returns_AreSimpleReturnsBetweenPoints()
    {
        var sut = EquityCurve.From([new(Day1, 100), new(Day1.AddDays(1), 150), new(Day1.AddDays(2), 75)]);

        Assert.That(sut.Returns(), Is.EqualTo(new[] { 0.5, -0.5 }));
        Assert.That(sut.StartEquity, Is.EqualTo(100));
        Assert.That(sut.EndEquity, Is.EqualTo(75));
    }
    [Test]
    public void SharedTimeline_AddValue_TakesTheNextTimestampInOrder()
    {
        long[] timeline = [Day1.UtcTicks, Day1.AddHours(1).UtcTicks, Day1.AddHours(2).UtcTicks];
        var sut = new EquityCurve(timeline);

        sut.Add(100);
        sut.Add(110);

        Assert.That(sut.Count, Is.EqualTo(2));
        Assert.That(sut.UtcTicks.ToArray(), Is.EqualTo(timeline[..2]));
        Assert.That(sut[1], Is.EqualTo(new EquityPoint(Day1.AddHours(1), 110)));
        Assert.That(sut.Returns(), Is.EqualTo(new[] { 0.1 }).Within(1e-15));
    }

    [Test]
    public void SharedTimeline_SliceOfALargerArray_ReadsOnlyTheSlice()
    {
        long[] timeline = [1, Day1.UtcTicks, Day1.AddDays(1).UtcTicks, 2];
        var sut = new EquityCurve(timeline.AsMemory(1, 2));

        sut.Add(100);
        sut.Add(50);

        Assert.That(sut.UtcTicks.ToArray(), Is.EqualTo(new[] { Day1.UtcTicks, Day1.AddDays(1).UtcTicks }));
        Assert.That(sut[0].Timestamp, Is.EqualTo(Day1));
        Assert.Throws<InvalidOperationException>(() => sut.Add(1), "every timestamp of the slice has its point");
        Assert.That(sut.Count, Is.EqualTo(2));
    }

    [Test]
    public void SharedTimeline_AddWithTimestamp_CopiesAndNeverWritesTheSharedArray()
    {
        long[] timeline = [Day1.UtcTicks, Day1.AddDays(1).UtcTicks];
        var original = timeline.ToArray();
        var sut = new EquityCurve(timeline);
        sut.Add(100);

        sut.Add(Day1.AddDays(5), 120);
        sut.Add(Day1.AddDays(6), 130);

        Assert.That(timeline, Is.EqualTo(original), "the shared timeline is unchanged");
        Assert.That(sut.UtcTicks.ToArray(), Is.EqualTo(new[] { Day1.UtcTicks, Day1.AddDays(5).UtcTicks, Day1.AddDays(6).UtcTicks }));
        Assert.That(sut.Values.ToArray(), Is.EqualTo(new[] { 100d, 120d, 130d }));
        Assert.Throws<InvalidOperationException>(() => sut.Add(140), "the curve no longer follows the timeline");
    }

    [Test]
    public void SharedTimeline_GoingBackwards_IsRejectedWhenTheCurveIsCreated()
    {
        long[] timeline = [Day1.UtcTicks, Day1.AddDays(1).UtcTicks, Day1.UtcTicks];

        var error = Assert.Throws<ArgumentException>(() => new EquityCurve(timeline));

        Assert.That(error!.ParamName, Is.EqualTo("utcTimeline"));
        Assert.That(error.Message, Does.Contain("goes backwards at point 2"));
    }

    [Test]
    public void EquityTimeline_CheckedOnceAndSharedByTwoCurves_EachTakesItsTimestampsInOrder()
    {
        long[] ticks = [1, Day1.UtcTicks, Day1.AddHours(1).UtcTicks, Day1.AddHours(2).UtcTicks];
        var timeline = new EquityTimeline(ticks.AsMemory(1));
        var first = new EquityCurve(timeline);
        var second = new EquityCurve(timeline);

        first.Add(100);
        first.Add(90);
        second.Add(5);

        Assert.That(timeline.Length, Is.EqualTo(3));
        Assert.That(first.UtcTicks.ToArray(), Is.EqualTo(ticks[1..3]));
        Assert.That(second[0], Is.EqualTo(new EquityPoint(Day1, 5)));
        Assert.That(first.Returns(), Is.EqualTo(new[] { -0.1 }).Within(1e-15));
    }

    [Test]
    public void EquityTimeline_GoingBackwardsOrNull_IsRejected()
    {
        long[] ticks = [Day1.UtcTicks, Day1.AddDays(1).UtcTicks, Day1.AddDays(1).UtcTicks - 1];

        var error = Assert.Throws<ArgumentException>(() => new EquityTimeline(ticks));

        Assert.That(error!.Message, Does.Contain("goes backwards at point 2"));
        Assert.Throws<ArgumentNullException>(() => new EquityCurve((EquityTimeline)null!));
    }

    [Test]
    public void SharedTimeline_NonFiniteEquity_IsRejectedAndNothingIsAdded()
    {
        long[] timeline = [Day1.UtcTicks, Day1.UtcTicks, Day1.AddDays(1).UtcTicks];
        var sut = new EquityCurve(timeline);
        sut.Add(100);

        Assert.Throws<ArgumentOutOfRangeException>(() => sut.Add(double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>(() => sut.Add(double.NaN));
        Assert.That(sut.Count, Is.EqualTo(1));
        sut.Add(101);
        Assert.That(sut.Values.ToArray(), Is.EqualTo(new[] { 100d, 101d }), "equal timestamps are in order");
    }

    [Test]
    public void AddValue_WithoutSharedTimeline_Throws()
    {
        var sut = new EquityCurve(4);

        Assert.Throws<InvalidOperationException>(() => sut.Add(100));
        Assert.That(sut.Count, Is.Zero);
    }

    [Test]
    public void Deferred_OverATimeline_ComputesItsValuesOnceOnFirstRead()
    {
        var ticks = new[] { Day1.Ticks, Day1.AddDays(1).Ticks, Day1.AddDays(2).Ticks };
        var calls = 0;
        var sut = EquityCurve.Deferred(new EquityTimeline(ticks), values =>
        {
            calls++;
            values[0] = 100;
            values[1] = 110;
            values[2] = 99;
        });

        Assert.That(sut.Count, Is.EqualTo(3));
        Assert.That(calls, Is.Zero, "nothing is computed before a read");
        Assert.That(sut.Values.ToArray(), Is.EqualTo(new[] { 100d, 110d, 99d }));
        Assert.That(sut[1], Is.EqualTo(new EquityPoint(Day1.AddDays(1), 110)));
        Assert.That(sut.EndEquity, Is.EqualTo(99d));
        Assert.That(sut.Returns(), Is.EqualTo(new[] { (110d / 100d) - 1d, (99d / 110d) - 1d }));
        Assert.That(sut.UtcTicks.ToArray(), Is.EqualTo(ticks));
        Assert.That(calls, Is.EqualTo(1), "computed once, whatever is read");
        Assert.Throws<InvalidOperationException>(() => sut.Add(1d), "every timestamp of the timeline has its point");
    }

    [Test]
    public void Deferred_EachReadOfAFreshCurve_ComputesIt()
    {
        var ticks = new[] { Day1.Ticks, Day1.AddDays(1).Ticks };
        var timeline = new EquityTimeline(ticks);
        static void Compute(Span<double> values)
        {
            values[0] = 100;
            values[1] = 121;
        }

        Assert.That(EquityCurve.Deferred(timeline, Compute).StartEquity, Is.EqualTo(100d));
        Assert.That(EquityCurve.Deferred(timeline, Compute)[1].Equity, Is.EqualTo(121d));
        Assert.That(EquityCurve.Deferred(timeline, Compute).DailyReturns(), Is.EqualTo(new[] { 0d, 0.21 }).Within(1e-15));
        Assert.That(EquityCurve.Deferred(timeline, Compute).ResampleDaily().Values.ToArray(), Is.EqualTo(new[] { 100d, 121d }));
        Assert.That(EquityCurve.Deferred(timeline, Compute).ToList(), Has.Count.EqualTo(2));
    }

    [Test]
    public void Deferred_WithItsOwnTimestamps_ComputesThemAndThenTakesMorePoints()
    {
        var calls = 0;
        var sut = EquityCurve.Deferred(2, (ticks, values) =>
        {
            calls++;
            ticks[0] = Day1.Ticks;
            ticks[1] = Day1.AddHours(1).Ticks;
            values[0] = 50;
            values[1] = 55;
        });

        sut.Add(Day1.AddHours(2), 60);

        Assert.That(calls, Is.EqualTo(1));
        Assert.That(sut.Count, Is.EqualTo(3));
        Assert.That(sut.Values.ToArray(), Is.EqualTo(new[] { 50d, 55d, 60d }));
        Assert.That(sut[1].Timestamp, Is.EqualTo(Day1.AddHours(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => sut.Add(Day1, 61), "the order check applies after the computed points");
    }

    [Test]
    public void Deferred_ComputedPointsThatBreakTheCurvesRules_ThrowOnReadAndAreTriedAgain()
    {
        var calls = 0;
        var backwards = EquityCurve.Deferred(2, (ticks, values) =>
        {
            calls++;
            ticks[0] = Day1.AddHours(1).Ticks;
            ticks[1] = Day1.Ticks;
            values[0] = values[1] = 1;
        });
        var nonFinite = EquityCurve.Deferred(new EquityTimeline(new[] { Day1.Ticks, Day1.AddDays(1).Ticks }), values =>
        {
            values[0] = 1;
            values[1] = double.NaN;
        });

        var order = Assert.Throws<InvalidOperationException>(() => _ = backwards.Values.Length);
        Assert.Throws<InvalidOperationException>(() => _ = backwards.EndEquity);
        var finite = Assert.Throws<InvalidOperationException>(() => _ = nonFinite[0]);

        Assert.That(order!.Message, Does.Contain("go backwards at point 1"));
        Assert.That(finite!.Message, Does.Contain("value at point 1 is NaN"));
        Assert.That(calls, Is.EqualTo(2), "a failed computation is not kept: the next read tries again");
    }

    [Test]
    public void Deferred_ReadFromManyThreadsAtOnce_IsComputedOnce()
    {
        var ticks = Enumerable.Range(0, 10_000).Select(i => Day1.AddMinutes(i).Ticks).ToArray();
        var calls = 0;
        var sut = EquityCurve.Deferred(new EquityTimeline(ticks), values =>
        {
            Interlocked.Increment(ref calls);
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = 1000 + i;
            }
        });

        var sums = new double[8];
        Parallel.For(0, sums.Length, k => sums[k] = Sum(sut.Values));

        Assert.That(calls, Is.EqualTo(1));
        Assert.That(sums, Is.All.EqualTo((1000d * 10_000) + (9_999d * 10_000 / 2)));

        static double Sum(ReadOnlySpan<double> values)
        {
            var total = 0d;
            foreach (var v in values)
            {
                total += v;
            }

            return total;
        }
    }

    [Test]
    public void Deferred_BadArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => EquityCurve.Deferred((EquityTimeline)null!, _ => { }));
        Assert.Throws<ArgumentNullException>(() => EquityCurve.Deferred(new EquityTimeline(Array.Empty<long>()), null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => EquityCurve.Deferred(-1, (_, _) => { }));
        Assert.Throws<ArgumentNullException>(() => EquityCurve.Deferred(1, null!));
        Assert.That(EquityCurve.Deferred(0, (_, _) => { }).EndEquity, Is.NaN);
    }
}
