using Nija.Backtesting.Engine;
using Nija.Backtesting.Strategies;
using Nija.Metrics;

namespace Nija.Backtesting.Research;

/// <summary>Runs one trial on pre-validated bars and summarises it. Stateless; every call builds its own run.</summary>
internal static class TrialEvaluator
{
    /// <summary>Runs <paramref name="strategy"/> over <paramref name="bars"/>, trading from <paramref name="tradeFrom"/> on.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="bars">Validated bars.</param>
    /// <param name="options">The run's options (validated here).</param>
    /// <param name="tradeFrom">The first bar on which the strategy may trade.</param>
    /// <param name="cancellationToken">Checked every 65,536 bars.</param>
    /// <param name="skipReport">True when the caller only summarises the run and never reads its report: the report of a
    /// million-bar run can cost more than the run itself.</param>
    /// <param name="timeline">The bars' timeline, shared by the run's equity curve (see <see cref="Data.BarSeries.TimelineOf"/>); null to copy the timestamps.</param>
    /// <param name="resultIsDropped">The caller summarises the result and drops it before its own caller gets control back
    /// (nothing it returns reads the bars later): the run then need not copy its fill times out of the bars.</param>
    public static BacktestResult Run(IStrategy strategy, ReadOnlyMemory<Bar> bars, BacktestOptions options, int tradeFrom, CancellationToken cancellationToken, bool skipReport = false, EquityTimeline? timeline = null, bool resultIsDropped = false)
    {
        if (options is null)
        {
            throw new InvalidOperationException("SweepOptions.BacktestOptionsFactory returned null; it must return a new BacktestOptions for every run.");
        }

        options.Validate();
        var wrapped = tradeFrom > 0 ? new WarmupStrategy(strategy, tradeFrom) : strategy;
        return new BacktestRun(bars, options, skipReport, timeline, barsStayUnchanged: resultIsDropped).Execute(wrapped, null, cancellationToken);
    }

    /// <summary>
    /// Per-bar simple returns of the bars from <paramref name="tradeFrom"/> on: r[k] = v[tradeFrom + k] / v[tradeFrom + k − 1] − 1,
    /// the value before the first measured bar being the initial cash (warm-up bars never trade, so their equity is the initial cash).
    /// </summary>
    public static double[] MeasuredReturns(BacktestResult result, int tradeFrom)
    {
        var count = Math.Max(0, result.EquityCurve.Count - tradeFrom);
        var returns = new double[count];
        MeasuredReturns(result, tradeFrom, returns);
        return returns;
    }

    /// <summary>Writes the measured returns (see the other overload) into the first Count − tradeFrom slots of <paramref name="returns"/>.</summary>
    public static void MeasuredReturns(BacktestResult result, int tradeFrom, Span<double> returns)
    {
        var values = result.EquityCurve.Values;
        var count = values.Length - tradeFrom;
        var previous = (double)result.Settings.InitialCash;
        for (var k = 0; k < count; k++)
        {
            var v = values[tradeFrom + k];
            returns[k] = (v / previous) - 1d;
            previous = v;
        }
    }

    /// <summary>The summary of a run whose measured returns are <paramref name="returns"/>.</summary>
    public static TrialMetrics Summarise(BacktestResult result, ReadOnlySpan<double> returns, double periodsPerYear) =>
        Summarise(result.Trades, result.FinalEquity - result.Settings.InitialCash, returns, periodsPerYear);

    /// <summary>The summary of closed trades, a net profit and measured returns.</summary>
    public static TrialMetrics Summarise(IReadOnlyList<ClosedTrade> trades, decimal netProfit, ReadOnlySpan<double> returns, double periodsPerYear)
    {
        var grossProfit = 0m;
        var grossLoss = 0m;
        var wins = 0;
        foreach (var t in trades)
        {
            var pnl = t.NetPnl;
            if (pnl > 0m)
            {
                grossProfit += pnl;
                wins++;
            }
            else
            {
                grossLoss -= pnl;
            }
        }

        var net = grossProfit - grossLoss;
        return new TrialMetrics
        {
            NetProfit = netProfit,
            TotalReturn = returns.Length == 0 ? 0d : ReturnMetrics.CumulativeReturn(returns),
            AnnualReturn = ReturnMetrics.AnnualReturn(returns, periodsPerYear),
            SharpeRatio = ReturnMetrics.SharpeRatio(returns, 0, periodsPerYear),
            PerPeriodSharpeRatio = ReturnMetrics.SharpeRatio(returns, 0, 1),
            SortinoRatio = ReturnMetrics.SortinoRatio(returns, 0, periodsPerYear),
            CalmarRatio = ReturnMetrics.CalmarRatio(returns, periodsPerYear),
            MaxDrawdown = returns.Length == 0 ? 0d : ReturnMetrics.MaxDrawdown(returns),
            ProfitFactor = ProfitFactor(grossProfit, grossLoss, trades.Count),
            WinRate = trades.Count == 0 ? double.NaN : (double)wins / trades.Count,
            Expectancy = trades.Count == 0 ? 0m : net / trades.Count,
            TradeCount = trades.Count,
            Observations = returns.Length,
        };
    }

    private static double ProfitFactor(decimal grossProfit, decimal grossLoss, int trades)
    {
        if (trades == 0)
        {
            return double.NaN;
        }

        if (grossLoss == 0m)
        {
            return grossProfit > 0m ? double.PositiveInfinity : double.NaN;
        }

        return (double)(grossProfit / grossLoss);
    }
}
