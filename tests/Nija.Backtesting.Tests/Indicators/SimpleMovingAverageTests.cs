using Nija.Backtesting.Indicators;

namespace Nija.Backtesting.Tests.Indicators;

public sealed class SimpleMovingAverageTests
{
    private const double Tolerance = 1e-12;

    [Test]
    public void Update_GoogCloses_MatchesIndependentComputation()
    {
        var sut = new SimpleMovingAverage(20);

        foreach (var bar in GoogReference.Bars())
        {
            sut.Update(bar.Close);
        }

        Assert.That(sut.Value, Is.EqualTo(GoogReference.Sma20).Within(GoogReference.Tolerance));
    }

    [Test]
    public void Update_HandComputedSeries_ReturnsWindowMeans()
    {
        // SMA(3) of 1,2,3,4,5: (1+2+3)/3 = 2, (2+3+4)/3 = 3, (3+4+5)/3 = 4.
        var sut = new SimpleMovingAverage(3);

        var results = new[] { 1.0, 2, 3, 4, 5 }.Select(sut.Update).ToArray();

        Assert.That(results[0], Is.NaN);
        Assert.That(results[1], Is.NaN);
        Assert.That(results[2..], Is.EqualTo(new[] { 2.0, 3, 4 }).Within(Tolerance));
    }

    [Test]
    public void IsReady_WarmUp_BecomesTrueAtExactlyPeriodValues()
    {
        var sut = new SimpleMovingAverage(4);

        for (var i = 1; i <= 3; i++)
        {
            sut.Update(i);
            Assert.That(sut.IsReady, Is.False, $"after {i} values");
        }

        sut.Update(4);
        Assert.That(sut.IsReady, Is.True);
        Assert.That(sut.WarmUpPeriod, Is.EqualTo(4));
        Assert.That(sut.Samples, Is.EqualTo(4));
        Assert.That(sut.Value, Is.EqualTo(2.5).Within(Tolerance));
    }

    [Test]
    public void Update_PeriodOne_ReturnsEachValue()
    {
        var sut = new SimpleMovingAverage(1);

        Assert.That(sut.Update(7.5), Is.EqualTo(7.5));
        Assert.That(sut.Update(-2), Is.EqualTo(-2));
    }

    [Test]
    public void Update_LongSeries_MatchesDirectMeanOfLastWindow()
    {
        // Reference: the mean of the last 10 values computed directly (independent of the running sum).
        var random = new Random(7);
        var values = Enumerable.Range(0, 100_003).Select(_ => 1e6 + random.NextDouble()).ToArray();
        var sut = new SimpleMovingAverage(10);

        foreach (var v in values)
        {
            sut.Update(v);
        }

        Assert.That(sut.Value, Is.EqualTo(values[^10..].Average()).Within(1e-9));
    }

    [TestCase(1)]
    [TestCase(10)]
    [TestCase(30)]
    public void Update_EveryPeriodthValue_IsTheExactLeftToRightWindowSumOverPeriodToTheBit(int period)
    {
        // Reference: every Period updates the running sum is replaced by the exact sum of the window, added left to right
        // in arrival order (the order the window's slots are written in), so no rounding drift survives a full window.
        // Values of very different sizes make the running sum's rounding differ from the exact sum's.
        var random = new Random(11);
        var values = Enumerable.Range(0, 20_000).Select(i => (i % 7 == 0 ? 1e9 : 1.0) * (1 + random.NextDouble())).ToArray();
        var sut = new SimpleMovingAverage(period);
        var checkedWraps = 0;

        for (var i = 0; i < values.Length; i++)
        {
            var value = sut.Update(values[i]);
            if ((i + 1) % period == 0)
            {
                var sum = 0d;
                for (var k = i + 1 - period; k <= i; k++)
                {
                    sum += values[k];
                }

                Assert.That(BitConverter.DoubleToInt64Bits(value), Is.EqualTo(BitConverter.DoubleToInt64Bits(sum / period)), $"update {i}");
                checkedWraps++;
            }
        }

        Assert.That(checkedWraps, Is.EqualTo(values.Length / period));
    }

    [Test]
    public void Reset_AfterUpdates_StartsOver()
    {
        var sut = new SimpleMovingAverage(2);
        sut.Update(100);
        sut.Update(200);

        sut.Reset();

        Assert.That(sut.IsReady, Is.False);
        Assert.That(sut.Value, Is.NaN);
        Assert.That(sut.Update(1), Is.NaN);
        Assert.That(sut.Update(3), Is.EqualTo(2.0));
    }

    [Test]
    public void Constructor_PeriodBelowOne_Throws()
    {
        Assert.That(() => new SimpleMovingAverage(0), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    public void Update_NonFiniteValue_ThrowsAndKeepsState(double bad)
    {
        var sut = new SimpleMovingAverage(2);
        sut.Update(1);

        Assert.That(() => sut.Update(bad), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(sut.Samples, Is.EqualTo(1));
        Assert.That(sut.Update(3), Is.EqualTo(2.0));
    }
}
