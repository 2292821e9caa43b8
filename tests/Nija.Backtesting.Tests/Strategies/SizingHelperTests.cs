using Nija.Backtesting.Engine;
using Nija.Backtesting.Execution;
using Nija.Backtesting.Strategies;
using Nija.Backtesting.Testing;

namespace Nija.Backtesting.Tests.Strategies;

[TestFixture]
public sealed class SizingHelperTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Runs <paramref name="read"/> on the bar at <paramref name="index"/> of closes 100, 120, 150 (fills at the close; 50 bought on bar 0).</summary>
    private static T ReadAt<T>(int index, Func<IStrategyContext, T> read, decimal lot = 1m, bool buyFirst = true)
    {
        var bars = BarSeriesBuilder.StartingAt(T0).Closes(100, 120, 150).Build();
        T value = default!;
        var strategy = new Scripted().On(index, c => value = read(c));
        if (buyFirst && index > 0)
        {
            strategy.On(0, c => c.Buy(50m));
        }

        new UnifiedBacktestEngine().Run(strategy, bars, new BacktestOptions { FillTiming = FillTiming.Close, LotSize = lot });
        return value;
    }

    [Test]
    public void SizePercentOfEquity_FlatAccount_SpendsThatShareOfTheCash()
    {
        // 25 % of 10,000 at 100 = 25.
        Assert.That(ReadAt(0, c => c.SizePercentOfEquity(25m, 100)), Is.EqualTo(25m));
    }

    [Test]
    public void SizePercentOfEquity_OpenPosition_UsesTheEquityMarkedAtTheClose()
    {
        // Bar 1: 50 bought at 100 (cash 5,000) are worth 50 × 120 = 6,000: equity 11,000; 10 % of it at 110 = 10.
        Assert.That(ReadAt(1, c => c.SizePercentOfEquity(10m, 110)), Is.EqualTo(10m));
    }

    [Test]
    public void SizePercentOfEquity_RoundsDownToTheLot()
    {
        // 25 % of 10,000 at 300 = 8.333…: 8.33 with a lot of 0.01, 8 with whole units.
        Assert.That(ReadAt(0, c => c.SizePercentOfEquity(25m, 300), lot: 0.01m), Is.EqualTo(8.33m));
        Assert.That(ReadAt(0, c => c.SizePercentOfEquity(25m, 300)), Is.EqualTo(8m));
    }

    [Test]
    public void SizePercentOfEquity_LessThanOneLot_IsZero()
    {
        // 1 % of 10,000 at 200 = 0.5 of a whole unit.
        Assert.That(ReadAt(0, c => c.SizePercentOfEquity(1m, 200)), Is.Zero);
    }

    [Test]
    public void SizeByRisk_RisksThatFractionOfEquityOverTheStopDistance()
    {
        // 1 % of 10,000 = 100 at risk over a 2.5 stop distance = 40; on bar 2 (equity 5,000 + 50 × 150 = 12,500) = 50.
        Assert.That(ReadAt(0, c => c.SizeByRisk(0.01m, 2.5)), Is.EqualTo(40m));
        Assert.That(ReadAt(2, c => c.SizeByRisk(0.01m, 2.5)), Is.EqualTo(50m));
        Assert.That(ReadAt(0, c => c.SizeByRisk(0.01m, 3), lot: 0.01m), Is.EqualTo(33.33m));
    }

    [TestCase(0, 100d, "percent")]
    [TestCase(100.5, 100d, "percent")]
    [TestCase(10, 0d, "price")]
    [TestCase(10, double.NaN, "price")]
    public void SizePercentOfEquity_BadInput_NamesIt(decimal percent, double price, string parameter)
    {
        Assert.That(
            () => ReadAt(0, c => c.SizePercentOfEquity(percent, price)),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo(parameter));
    }

    [TestCase(0, 1d, "riskFraction")]
    [TestCase(1.01, 1d, "riskFraction")]
    [TestCase(0.01, -1d, "stopDistance")]
    [TestCase(0.01, double.PositiveInfinity, "stopDistance")]
    public void SizeByRisk_BadInput_NamesIt(decimal fraction, double distance, string parameter)
    {
        Assert.That(
            () => ReadAt(0, c => c.SizeByRisk(fraction, distance)),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo(parameter));
    }
}
