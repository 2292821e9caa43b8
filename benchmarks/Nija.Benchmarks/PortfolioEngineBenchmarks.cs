using BenchmarkDotNet.Attributes;
using Nija.Backtesting;
using Nija.Backtesting.Data;
using Nija.Backtesting.Research;
using Nija.Backtesting.Strategies.BuiltIn;

namespace Nija.Benchmarks;

/// <summary>
/// The portfolio engine: sma-cross(10, 30) on five symbols of 200,000 one-minute bars each (a million bars in all), one
/// cash balance, all-in per slot, no costs. Prices at a realistic one-minute volatility (0.06 % a bar).
/// </summary>
[MemoryDiagnoser]
public class PortfolioEngineBenchmarks
{
    private Dictionary<string, ReadOnlyMemory<Bar>> _bars = [];

    [Params(5)]
    public int Symbols { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _bars = [];
        for (var s = 0; s < Symbols; s++)
        {
            _bars["S" + s] = SyntheticMarketData.Generate(new SyntheticMarketDataOptions
            {
                Count = 1_000_000 / Symbols,
                Seed = 1 + s,
                BarInterval = TimeSpan.FromMinutes(1),
                Volatility = 0.0006,
            });
        }
    }

    [Benchmark]
    public decimal SmaCross() => new PortfolioBacktestEngine().Run(_bars, _ => new SmaCrossStrategy(10, 30)).FinalEquity;
}
