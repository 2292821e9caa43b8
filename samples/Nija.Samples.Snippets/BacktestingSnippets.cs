using Nija.Backtesting;
using Nija.Backtesting.Data;
using Nija.Backtesting.Engine;
using Nija.Backtesting.Execution;
using Nija.Backtesting.Strategies;
using Nija.Backtesting.Testing;
using NUnit.Framework;

namespace Nija.Samples.Snippets;

/// <summary>Snippets of docs/backtesting.md.</summary>
internal static class BacktestingSnippets
{
    /// <summary>Quick start: expects GOOG.csv in the current folder.</summary>
    public static string QuickStart()
    {
        #region backtesting-quick-start
        var bars = OhlcvCsvReader.ReadFile("GOOG.csv").Bars.ToArray();
        var strategy = StrategyRegistry.CreateDefault().Create("sma-cross", new Dictionary<string, double> { ["fast"] = 10, ["slow"] = 30 });
        var result = new UnifiedBacktestEngine().Run(strategy, bars, new BacktestOptions
        {
            Symbol = "GOOG",
            InitialCash = 10_000m,
            Commission = CommissionModels.BasisPoints(5m),
            Slippage = SlippageModels.BasisPoints(2),
            RiskRules = new Nija.Metrics.RiskRulesOptions { MaxDailyLossPercent = 5m },
        });
        Console.WriteLine(result.Report!.Returns.SharpeRatio);
        BacktestResultJson.WriteFile(result, "results/backtest.json");
        #endregion
        return $"{result.Trades.Count} trades";
    }

    /// <summary>Running one series many times: expects GOOG.csv in the current folder.</summary>
    public static string SeriesRuns()
    {
        #region backtesting-series
        var series = OhlcvCsvReader.ReadFile("GOOG.csv");   // a BarSeries: checked once when read, immutable
        var engine = new UnifiedBacktestEngine();
        foreach (var slow in new[] { 20, 30, 50 })
        {
            // No second pass over the bars, and every run's equity curve shares the series' timestamps.
            var run = engine.Run(new Nija.Backtesting.Strategies.BuiltIn.SmaCrossStrategy(10, slow), series);
            Console.WriteLine($"slow={slow}: {run.Trades.Count} trades, final equity {run.FinalEquity:F2}");
        }
        #endregion
        return $"{series.Count} bars";
    }

    /// <summary>Unit-testing a strategy with the harness.</summary>
    public static string Harness()
    {
        #region backtesting-harness
        var bars = BarSeriesBuilder.FromTable("""
            time        open  high  low   close
            2026-01-05  10    10    10    10
            2026-01-06  11    11    11    11
            2026-01-07  12    12    12    12
            """);
        var run = new StrategyHarness(new MyStrategy()).Run(bars);
        Assert.That(run.Steps[2].OrdersSubmitted, Has.Count.EqualTo(1));   // what it ordered on bar 2
        Assert.That(run.Steps[2].PositionSeen, Is.EqualTo(0m));             // what it saw
        Assert.That(run.Result.Trades, Is.Empty);                           // and the engine's full result
        #endregion
        return $"{run.Steps.Count} steps";
    }

    /// <summary>Buys once, on the third bar.</summary>
    private sealed class MyStrategy : Strategy
    {
        public override void OnBar(IStrategyContext context, in Bar bar)
        {
            if (context.History.Length == 3)
            {
                context.Buy();
            }
        }
    }
}
