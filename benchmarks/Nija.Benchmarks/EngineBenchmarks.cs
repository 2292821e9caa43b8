using BenchmarkDotNet.Attributes;
using Nija.Backtesting;
using Nija.Backtesting.Data;
using Nija.Backtesting.Engine;
using Nija.Backtesting.Strategies.BuiltIn;

namespace Nija.Benchmarks;

/// <summary>The engine's per-bar loop: sma-cross(10, 30) over 1,000,000 synthetic bars, all-in, no costs.</summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private Bar[] _bars = [];
    private Bar[] _minuteVolatilityBars = [];
    private BarSeries _series = null!;

    [Params(1_000_000)]
    public int Bars { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _bars = SyntheticMarketData.Generate(new SyntheticMarketDataOptions { Count = Bars, Seed = 1, BarInterval = TimeSpan.FromMinutes(1) });
        _series = new BarSeries("ASSET", _bars);
        // 0.06 % per one-minute bar is about 20 % a year over US trading minutes: prices stay near where they start, unlike
        // the default 1 % per bar, which drives the price to ~1e-16 over a million bars (and the risk rules onto their
        // exact-division path).
        _minuteVolatilityBars = SyntheticMarketData.Generate(new SyntheticMarketDataOptions { Count = Bars, Seed = 1, BarInterval = TimeSpan.FromMinutes(1), Volatility = 0.0006 });
    }

    [Benchmark]
    public decimal SmaCross() => new UnifiedBacktestEngine().Run(new SmaCrossStrategy(10, 30), _bars, new BacktestOptions { ComputeReport = false }).FinalEquity;

    /// <summary>As <see cref="SmaCross"/> over a <see cref="BarSeries"/>: checked once when built, so no validation pass per run, and the curve shares its timestamps.</summary>
    [Benchmark]
    public decimal SmaCrossOnBarSeries() => new UnifiedBacktestEngine().Run(new SmaCrossStrategy(10, 30), _series, new BacktestOptions { ComputeReport = false }).FinalEquity;

    /// <summary>The bar loop and the two SMAs over a <see cref="BarSeries"/>, no orders.</summary>
    [Benchmark]
    public decimal SmaCrossSignalsOnlyOnBarSeries() => new UnifiedBacktestEngine().Run(new SignalsOnly(), _series, new BacktestOptions { ComputeReport = false }).FinalEquity;

    /// <summary>As <see cref="SmaCross"/>, then reads the fills: the fill records are built on first read, so this adds their cost.</summary>
    [Benchmark]
    public long SmaCrossReadingFills()
    {
        var result = new UnifiedBacktestEngine().Run(new SmaCrossStrategy(10, 30), _bars, new BacktestOptions { ComputeReport = false });
        return result.Fills[^1].OrderId + result.Trades.Count;
    }

    /// <summary>As <see cref="SmaCross"/>, then reads the closed trades: they are built on first read, so this adds their cost.</summary>
    [Benchmark]
    public long SmaCrossReadingTrades() => new UnifiedBacktestEngine().Run(new SmaCrossStrategy(10, 30), _bars, new BacktestOptions { ComputeReport = false }).Trades[^1].PositionId;

    /// <summary>The same indicators and bar loop with no orders: the engine's per-bar overhead.</summary>
    [Benchmark]
    public decimal SmaCrossSignalsOnly() => new UnifiedBacktestEngine().Run(new SignalsOnly(), _bars, new BacktestOptions { ComputeReport = false }).FinalEquity;

    [Benchmark]
    public decimal SmaCrossWithCostsAndRiskRules() => RunWithCostsAndRiskRules().FinalEquity;

    /// <summary>As <see cref="SmaCrossWithCostsAndRiskRules"/>, then reads the rejected orders (their reasons are put into words on first read).</summary>
    [Benchmark]
    public int SmaCrossWithCostsAndRiskRulesReadingRejections() => RunWithCostsAndRiskRules().RejectedOrders.Sum(r => r.Reason.Length);

    /// <summary>As <see cref="SmaCrossWithCostsAndRiskRules"/> with the trading day in New York (a zone with daylight saving time) instead of UTC.</summary>
    [Benchmark]
    public decimal SmaCrossWithCostsAndRiskRulesNewYorkDay() => RunWithCostsAndRiskRules(NewYork).FinalEquity;

    /// <summary>As <see cref="SmaCrossWithCostsAndRiskRules"/> over prices with a realistic one-minute volatility (see <see cref="Setup"/>).</summary>
    [Benchmark]
    public decimal SmaCrossWithCostsAndRiskRulesMinuteVolatility() => RunWithCostsAndRiskRules(bars: _minuteVolatilityBars).FinalEquity;

    private static readonly TimeZoneInfo NewYork = Nija.Metrics.TradingDays.FindTimeZone("America/New_York");

    private BacktestResult RunWithCostsAndRiskRules(TimeZoneInfo? tradingDayZone = null, Bar[]? bars = null) => new UnifiedBacktestEngine().Run(
        new SmaCrossStrategy(10, 30),
        bars ?? _bars,
        new BacktestOptions
        {
            Commission = Nija.Backtesting.Execution.CommissionModels.BasisPoints(5m),
            Slippage = Nija.Backtesting.Execution.SlippageModels.BasisPoints(2),
            RiskRules = new Nija.Metrics.RiskRulesOptions { TradingDayTimeZone = tradingDayZone ?? TimeZoneInfo.Utc },
            ComputeReport = false,
        });
}

/// <summary>sma-cross's two SMAs and crossover test, without placing orders.</summary>
internal sealed class SignalsOnly : Nija.Backtesting.Strategies.Strategy
{
    private readonly Nija.Backtesting.Indicators.SimpleMovingAverage _fast = new(10);
    private readonly Nija.Backtesting.Indicators.SimpleMovingAverage _slow = new(30);

    public int Crosses { get; private set; }

    public override void OnBar(Nija.Backtesting.Strategies.IStrategyContext context, in Bar bar)
    {
        if (_fast.Update(bar.Close) > _slow.Update(bar.Close))
        {
            Crosses++;
        }
    }
}
