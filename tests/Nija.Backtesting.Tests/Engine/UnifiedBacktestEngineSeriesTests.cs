using Nija.Backtesting.Data;
using Nija.Backtesting.Engine;
using Nija.Backtesting.Execution;
using Nija.Backtesting.Strategies.BuiltIn;
using Nija.Backtesting.Tests.Data;
using Nija.Metrics;

namespace Nija.Backtesting.Tests.Engine;

/// <summary><see cref="UnifiedBacktestEngine"/> over a <see cref="BarSeries"/>: no second validation pass, a shared timeline, the same results.</summary>
[TestFixture]
public sealed class UnifiedBacktestEngineSeriesTests
{
    private static BacktestOptions Options(string symbol) => new()
    {
        Symbol = symbol,
        Commission = CommissionModels.BasisPoints(5m),
        Slippage = SlippageModels.BasisPoints(2),
        RiskRules = new RiskRulesOptions(),
        Regimes = new Nija.Backtesting.Regimes.RegimeClassifierOptions(),
    };

    [Test]
    public void Run_OverBarSeries_GivesTheArrayRunsResultBitForBit()
    {
        var bars = ReferenceData.LoadGoog();
        var series = new BarSeries("GOOG", bars);

        var fromArray = new UnifiedBacktestEngine().Run(new SmaCrossStrategy(10, 30), bars, Options("GOOG"));
        var fromSeries = new UnifiedBacktestEngine().Run(new SmaCrossStrategy(10, 30), series, Options("GOOG"));

        Assert.That(fromSeries.Trades, Has.Count.EqualTo(fromArray.Trades.Count).And.Count.GreaterThan(10));
        Assert.That(fromSeries.Trades, Is.EqualTo(fromArray.Trades));
        Assert.That(fromSeries.Fills, Is.EqualTo(fromArray.Fills));
        Assert.That(decimal.GetBits(fromSeries.FinalEquity), Is.EqualTo(decimal.GetBits(fromArray.FinalEquity)));
        Assert.That(fromSeries.EquityCurve.UtcTicks.ToArray(), Is.EqualTo(fromArray.EquityCurve.UtcTicks.ToArray()));
        Assert.That(fromSeries.EquityCurve.Values.ToArray(), Is.EqualTo(fromArray.EquityCurve.Values.ToArray()));
        Assert.That(fromSeries.EquityCurve.UtcTicks[0], Is.EqualTo(bars[0].Timestamp.UtcTicks));
        Assert.That(fromSeries.Report, Is.EqualTo(fromArray.Report));
    }

    [Test]
    public void Run_OverBarSeriesTwice_RunsAreIndependent()
    {
        // The two runs share the series' timeline; a caller extending one result's curve must not touch the other's.
        var series = new BarSeries("GOOG", ReferenceData.LoadGoog());
        var first = new UnifiedBacktestEngine().Run(new SmaCrossStrategy(10, 30), series);
        var second = new UnifiedBacktestEngine().Run(new SmaCrossStrategy(10, 30), series);
        var lastTicks = second.EquityCurve.UtcTicks[^1];

        first.EquityCurve.Add(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero), 1d);

        Assert.That(first.EquityCurve.Count, Is.EqualTo(series.Count + 1));
        Assert.That(second.EquityCurve.Count, Is.EqualTo(series.Count));
        Assert.That(second.EquityCurve.UtcTicks[^1], Is.EqualTo(lastTicks));
        Assert.That(second.FinalEquity, Is.EqualTo(51_959.95m), "the golden sma-cross(10, 30) result on GOOG");
    }

    [Test]
    public void Run_OverBarSeriesWithoutOptions_BooksUnderTheSeriesSymbol()
    {
        var series = new BarSeries("GOOG", ReferenceData.LoadGoog());

        var result = new UnifiedBacktestEngine().Run(new SmaCrossStrategy(10, 30), series);

        Assert.That(result.Trades.Select(t => t.Symbol).Distinct(), Is.EqualTo(new[] { "GOOG" }));
        Assert.That(result.Settings.Symbol, Is.EqualTo("GOOG"));
    }

    [Test]
    public void Run_OverBarSeries_BadOptionsOrNulls_Throw()
    {
        var series = new BarSeries("GOOG", ReferenceData.LoadGoog());
        var engine = new UnifiedBacktestEngine();

        Assert.Throws<ArgumentNullException>(() => engine.Run(null!, series));
        Assert.Throws<ArgumentNullException>(() => engine.Run(new SmaCrossStrategy(), (BarSeries)null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => engine.Run(new SmaCrossStrategy(), series, new BacktestOptions { LotSize = 0m }));
    }
}
