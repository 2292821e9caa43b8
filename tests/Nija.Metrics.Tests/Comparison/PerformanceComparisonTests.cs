using System.Text.Json;
using Nija.Metrics.Tests.TestData;

namespace Nija.Metrics.Tests.Comparison;

[TestFixture]
public sealed class PerformanceComparisonTests
{
    private static readonly DateTimeOffset Day0 = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    [TestCase(1.0, 1.2, MetricDirection.HigherIsBetter, ComparisonVerdict.WithinTolerance)] // |0.2| ≤ 0.25 × 1
    [TestCase(1.0, 1.3, MetricDirection.HigherIsBetter, ComparisonVerdict.Better)]
    [TestCase(1.0, 0.7, MetricDirection.HigherIsBetter, ComparisonVerdict.Worse)]
    [TestCase(-0.10, -0.15, MetricDirection.HigherIsBetter, ComparisonVerdict.Worse)] // deeper drawdown: 0.05 > 0.025
    [TestCase(0.2, 0.3, MetricDirection.LowerIsBetter, ComparisonVerdict.Worse)] // higher volatility
    [TestCase(0.2, 0.1, MetricDirection.LowerIsBetter, ComparisonVerdict.Better)]
    [TestCase(2.0, 3.0, MetricDirection.Target, ComparisonVerdict.Worse)] // trades per day off target either way
    [TestCase(2.0, 1.0, MetricDirection.Target, ComparisonVerdict.Worse)]
    [TestCase(0.0, 0.0, MetricDirection.HigherIsBetter, ComparisonVerdict.WithinTolerance)]
    [TestCase(0.0, 0.1, MetricDirection.HigherIsBetter, ComparisonVerdict.Better)] // zero backtest: only the absolute floor
    [TestCase(double.PositiveInfinity, double.PositiveInfinity, MetricDirection.HigherIsBetter, ComparisonVerdict.WithinTolerance)]
    [TestCase(double.PositiveInfinity, 3.0, MetricDirection.HigherIsBetter, ComparisonVerdict.Worse)] // PF ∞ → finite
    [TestCase(2.0, double.PositiveInfinity, MetricDirection.HigherIsBetter, ComparisonVerdict.Better)]
    [TestCase(double.NaN, 1.0, MetricDirection.HigherIsBetter, ComparisonVerdict.Inconclusive)]
    public void Judge_Cases_FollowTheDocumentedRules(double backtest, double live, MetricDirection direction, ComparisonVerdict expected)
    {
        Assert.That(PerformanceComparison.Judge(backtest, live, direction, 0.25, 1e-9), Is.EqualTo(expected));
    }

    [Test]
    public void Compare_IdenticalRuns_IsWithinToleranceAndConsistent()
    {
        var (trades, report) = Run(20m, -10m, 20);

        var comparison = PerformanceComparison.Compare(report, report, trades, trades);

        Assert.That(comparison.Metrics, Has.Count.EqualTo(10));
        Assert.That(comparison.Metrics.Select(m => m.Verdict), Is.All.EqualTo(ComparisonVerdict.WithinTolerance).Or.EqualTo(ComparisonVerdict.Inconclusive));
        Assert.That(comparison.TradeReturnsWelch.T, Is.Zero);
        Assert.That(comparison.TradeReturnsWelch.PValue, Is.EqualTo(1d).Within(1e-12));
        Assert.That(comparison.TradeReturnsKolmogorovSmirnov.D, Is.Zero);
        Assert.That(comparison.TradeReturnsConsistent, Is.True);
        Assert.That(comparison.LiveExpectancy, Is.EqualTo(5d), "(20 − 10) / 2");
        Assert.That(comparison.BacktestExpectancyInterval.Estimate, Is.EqualTo(5d));
        Assert.That(comparison.LiveExpectancyWithinInterval, Is.True);
        Assert.That(comparison.Verdict, Is.EqualTo(ComparisonVerdict.WithinTolerance));
    }

    [Test]
    public void Compare_LiveLosesEveryTrade_IsWorseWithRejectedTests()
    {
        // Backtest: 20 trades alternating +20 / −10 (returns 20 %, −10 %). Live: 20 trades of −10.
        // Win rate 0.5 → 0 (worse); KS: F_live jumps to 1 at −10 where F_backtest is 0.5 → D = 0.5;
        // nₑ = 10, λ = (√10 + 0.12 + 0.11/√10) × 0.5 = 1.658531, p = Q_KS(λ) = 0.008162 < 0.05.
        var (backtestTrades, backtest) = Run(20m, -10m, 20);
        var (liveTrades, live) = Run(-10m, -10m, 20);

        var comparison = PerformanceComparison.Compare(backtest, live, backtestTrades, liveTrades);

        var winRate = comparison.Metrics.Single(m => m.Name == "winRate");
        Assert.That(winRate.Backtest, Is.EqualTo(0.5));
        Assert.That(winRate.Live, Is.Zero);
        Assert.That(winRate.AbsoluteDifference, Is.EqualTo(-0.5));
        Assert.That(winRate.RelativeDifference, Is.EqualTo(-1d));
        Assert.That(winRate.Verdict, Is.EqualTo(ComparisonVerdict.Worse));
        Assert.That(comparison.TradeReturnsKolmogorovSmirnov.D, Is.EqualTo(0.5));
        Assert.That(comparison.TradeReturnsKolmogorovSmirnov.PValue, Is.EqualTo(0.008161678659).Within(1e-11));
        Assert.That(comparison.TradeReturnsKolmogorovSmirnov.PValue, Is.LessThan(0.05));
        Assert.That(comparison.TradeReturnsConsistent, Is.False);
        Assert.That(comparison.LiveExpectancy, Is.EqualTo(-10d));
        Assert.That(comparison.LiveExpectancyWithinInterval, Is.False);
        Assert.That(comparison.Verdict, Is.EqualTo(ComparisonVerdict.Worse));
    }

    [Test]
    public void Compare_OnlyBetterMetrics_IsBetter()
    {
        var (trades, report) = Run(20m, -10m, 20);
        var better = report with { Trades = report.Trades with { WinRate = 0.9 } };

        var comparison = PerformanceComparison.Compare(report, better, trades, trades);

        Assert.That(comparison.Metrics.Single(m => m.Name == "winRate").Verdict, Is.EqualTo(ComparisonVerdict.Better));
        Assert.That(comparison.Verdict, Is.EqualTo(ComparisonVerdict.Better));
    }

    [Test]
    public void Compare_MetricToleranceOverride_ChangesTheVerdict()
    {
        var (trades, report) = Run(20m, -10m, 20);
        var live = report with { Trades = report.Trades with { WinRate = 0.3 } };
        var options = new ComparisonOptions { MetricTolerances = { ["winRate"] = 0.5 } };

        var comparison = PerformanceComparison.Compare(report, live, trades, trades, options);

        var winRate = comparison.Metrics.Single(m => m.Name == "winRate");
        Assert.That(winRate.Tolerance, Is.EqualTo(0.5));
        Assert.That(winRate.Verdict, Is.EqualTo(ComparisonVerdict.WithinTolerance), "|0.3 − 0.5| = 0.2 ≤ 0.5 × 0.5");
    }

    [Test]
    public void Compare_Json_RoundTripsToAnEqualComparison()
    {
        var (backtestTrades, backtest) = Run(20m, -10m, 20);
        var (liveTrades, live) = Run(15m, -10m, 6);
        var comparison = PerformanceComparison.Compare(backtest, live, backtestTrades, liveTrades);

        var json = JsonSerializer.Serialize(comparison, NijaMetricsJsonContext.Default.PerformanceComparison);
        var back = JsonSerializer.Deserialize(json, NijaMetricsJsonContext.Default.PerformanceComparison);

        Assert.That(back, Is.EqualTo(comparison));
        Assert.That(json, Does.Contain("\"verdict\": \"WithinTolerance\"").Or.Contain("\"verdict\": \"Worse\"").Or.Contain("\"verdict\": \"Better\""));
        Assert.That(json, Does.Contain("\"backtestExpectancyInterval\""));
    }

    [TestCase(9, 10, ComparisonVerdict.Inconclusive)]
    [TestCase(10, 10, ComparisonVerdict.Worse)]
    [TestCase(3, 3, ComparisonVerdict.Worse)]
    [TestCase(0, 10, ComparisonVerdict.Inconclusive)]
    public void Compare_FewerLiveTradesThanTheMinimum_IsInconclusive(int liveCount, int minimum, ComparisonVerdict expected)
    {
        // Live loses every trade (the case above is Worse with 20): below the minimum there is nothing to judge by.
        var (backtestTrades, backtest) = Run(20m, -10m, 20);
        var (liveTrades, live) = Run(-10m, -10m, liveCount);

        var comparison = PerformanceComparison.Compare(backtest, live, backtestTrades, liveTrades, new ComparisonOptions { MinimumLiveTrades = minimum });

        Assert.That(comparison.Verdict, Is.EqualTo(expected));
        Assert.That(comparison.Metrics.Single(m => m.Name == "winRate").Verdict, Is.EqualTo(ComparisonVerdict.Worse), "metrics are still judged one by one");
    }

    [Test]
    public void Compare_InvalidOptions_ThrowsBeforeComputing()
    {
        var (trades, report) = Run(20m, -10m, 4);

        Assert.That(
            () => PerformanceComparison.Compare(report, report, trades, trades, new ComparisonOptions { SignificanceLevel = 2 }),
            Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Compare_NullArguments_Throw()
    {
        var (trades, report) = Run(20m, -10m, 4);

        Assert.That(() => PerformanceComparison.Compare(null!, report, trades, trades), Throws.ArgumentNullException);
        Assert.That(() => PerformanceComparison.Compare(report, report, trades, null!), Throws.ArgumentNullException);
    }

    /// <summary>
    /// <paramref name="count"/> trades alternating <paramref name="first"/> and <paramref name="second"/>, one per day, and
    /// an equity curve from 10 000 that adds each trade's P&amp;L at its exit.
    /// </summary>
    private static (List<ClosedTrade> Trades, PerformanceReport Report) Run(decimal first, decimal second, int count)
    {
        var trades = new List<ClosedTrade>();
        var curve = new EquityCurve();
        var equity = 10_000d;
        curve.Add(Day0, equity);
        for (var i = 0; i < count; i++)
        {
            var trade = Some.Trade(i % 2 == 0 ? first : second, entryOffsetHours: (24 * i) + 1, holdingHours: 6, id: i + 1);
            trades.Add(trade);
            equity += (double)trade.NetPnl;
            curve.Add(trade.ExitTime, equity);
        }

        return (trades, PerformanceCalculator.Calculate(trades, curve));
    }
}
