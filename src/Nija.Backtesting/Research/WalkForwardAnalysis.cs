using Nija.Backtesting.Engine;
using Nija.Backtesting.Strategies;
using Nija.Metrics;

namespace Nija.Backtesting.Research;

/// <summary>
/// Walk-forward analysis: optimise on each in-sample window with <see cref="ParameterSweep"/>, trade the winner on the
/// following out-of-sample window, stitch the out-of-sample runs into one. Windows and warm-up are defined on
/// <see cref="WalkForwardOptions"/>. Windows run one after another; each window's sweep runs in parallel.
/// Thread-safe (stateless).
/// </summary>
public static class WalkForwardAnalysis
{
    /// <summary>Walks a registered strategy forward.</summary>
    /// <param name="bars">The bars.</param>
    /// <param name="strategyName">The registered name.</param>
    /// <param name="ranges">The ranges swept in every in-sample window.</param>
    /// <param name="options">Window sizes, warm-up and sweep settings.</param>
    /// <param name="registry">Where the name is looked up; the default registry when null.</param>
    /// <param name="progress">Receives (windows done, windows) after every window.</param>
    /// <param name="cancellationToken">Stops the analysis.</param>
    /// <returns>The windows and the stitched out-of-sample result.</returns>
    /// <exception cref="ArgumentException">Unknown strategy or parameter, bad options or bars, or fewer bars than InSampleBars + 1.</exception>
    /// <exception cref="OperationCanceledException">The analysis was cancelled.</exception>
    public static WalkForwardResult Run(
        ReadOnlyMemory<Bar> bars,
        string strategyName,
        IReadOnlyList<ParameterRange> ranges,
        WalkForwardOptions options,
        StrategyRegistry? registry = null,
        IProgress<SweepProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        Run(bars, ParameterSweep.RegistryFactory(strategyName, ranges, registry), ranges, options, progress, cancellationToken);

    /// <summary>Walks a strategy built by <paramref name="factory"/> forward.</summary>
    /// <param name="bars">The bars.</param>
    /// <param name="factory">Creates a fresh strategy from parameter values (see <see cref="ParameterSweep"/>).</param>
    /// <param name="ranges">The ranges swept in every in-sample window.</param>
    /// <param name="options">Window sizes, warm-up and sweep settings.</param>
    /// <param name="progress">Receives (windows done, windows) after every window.</param>
    /// <param name="cancellationToken">Stops the analysis.</param>
    /// <returns>The windows and the stitched out-of-sample result.</returns>
    /// <exception cref="ArgumentException">Bad options, ranges or bars, or fewer bars than InSampleBars + 1.</exception>
    /// <exception cref="OperationCanceledException">The analysis was cancelled.</exception>
    public static WalkForwardResult Run(
        ReadOnlyMemory<Bar> bars,
        Func<IReadOnlyDictionary<string, double>, IStrategy> factory,
        IReadOnlyList<ParameterRange> ranges,
        WalkForwardOptions options,
        IProgress<SweepProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _ = new ParameterGrid(ranges);
        UnifiedBacktestEngine.ValidateBars(bars.Span);
        var plan = Plan(bars.Length, options);
        var sweep = options.Sweep;
        var initialCash = sweep.BacktestOptionsFactory().InitialCash;
        var windows = new List<WalkForwardWindow>(plan.Count);
        var trades = new List<ClosedTrade>();
        var stitched = new List<double>(bars.Length);
        var inSampleAnnual = new List<double>(plan.Count);
        foreach (var (a, b, c) in plan)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var window = RunWindow(bars, factory, ranges, options, windows.Count, a, b, c, cancellationToken, out var windowTrades, out var returns);
            windows.Add(window);
            trades.AddRange(windowTrades);
            stitched.AddRange(returns);
            if (window.InSample is { } chosen)
            {
                inSampleAnnual.Add(chosen.AnnualReturn);
            }

            progress?.Report(new SweepProgress(windows.Count, plan.Count));
        }

        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(stitched);
        var equity = new EquityCurve(span.Length);
        var value = (double)initialCash;
        var first = plan[0].OutOfSampleStart;
        for (var k = 0; k < span.Length; k++)
        {
            value *= 1d + span[k];
            equity.Add(bars.Span[first + k].Timestamp, value);
        }

        var metrics = TrialEvaluator.Summarise(trades, (decimal)value - initialCash, span, sweep.PeriodsPerYear);
        var meanInSample = inSampleAnnual.Count == 0 ? double.NaN : inSampleAnnual.Average();
        return new WalkForwardResult
        {
            Mode = options.Mode,
            Windows = windows,
            Equity = equity,
            Returns = stitched,
            Trades = trades,
            OutOfSample = metrics,
            InSampleAnnualReturn = meanInSample,
            Efficiency = metrics.AnnualReturn / meanInSample,
        };
    }

    /// <summary>
    /// The windows for <paramref name="barCount"/> bars: (a, b, c) with in-sample [a, b) and out-of-sample [b, c), as
    /// documented on <see cref="WalkForwardOptions"/>.
    /// </summary>
    internal static IReadOnlyList<(int InSampleStart, int OutOfSampleStart, int OutOfSampleEnd)> Plan(int barCount, WalkForwardOptions options)
    {
        if (barCount <= options.InSampleBars)
        {
            throw new ArgumentException($"Walk-forward needs more bars ({barCount}) than InSampleBars ({options.InSampleBars}) to leave an out-of-sample window.", nameof(barCount));
        }

        var plan = new List<(int, int, int)>();
        for (long k = 0; ; k++)
        {
            var a = options.Mode == WalkForwardMode.Rolling ? k * options.OutOfSampleBars : 0;
            var b = options.Mode == WalkForwardMode.Rolling ? a + options.InSampleBars : options.InSampleBars + (k * options.OutOfSampleBars);
            if (b >= barCount)
            {
                return plan;
            }

            plan.Add(((int)a, (int)b, (int)Math.Min(b + options.OutOfSampleBars, barCount)));
        }
    }

    private static WalkForwardWindow RunWindow(
        ReadOnlyMemory<Bar> bars,
        Func<IReadOnlyDictionary<string, double>, IStrategy> factory,
        IReadOnlyList<ParameterRange> ranges,
        WalkForwardOptions options,
        int index,
        int a,
        int b,
        int c,
        CancellationToken cancellationToken,
        out IReadOnlyList<ClosedTrade> trades,
        out double[] returns)
    {
        var sweep = options.Sweep;
        var inStart = Math.Max(0, a - options.WarmupBars);
        var inSample = ParameterSweep.Run(bars[inStart..b], factory, ranges, sweep.CloneWithWarmup(a - inStart), null, cancellationToken);
        TrialMetrics outOfSample;
        if (inSample.Best is { } best)
        {
            var outStart = Math.Max(0, b - options.WarmupBars);
            // Only its returns, summary and closed trades (which keep their own times) outlive it.
            var run = TrialEvaluator.Run(factory(best.Parameters), bars[outStart..c], sweep.BacktestOptionsFactory(), b - outStart, cancellationToken, resultIsDropped: true);
            returns = TrialEvaluator.MeasuredReturns(run, b - outStart);
            outOfSample = TrialEvaluator.Summarise(run, returns, sweep.PeriodsPerYear);
            trades = run.Trades;
        }
        else
        {
            returns = new double[c - b];
            trades = [];
            outOfSample = TrialEvaluator.Summarise(trades, 0m, returns, sweep.PeriodsPerYear);
        }

        var span = bars.Span;
        return new WalkForwardWindow
        {
            Index = index,
            InSampleStart = a,
            OutOfSampleStart = b,
            OutOfSampleEnd = c,
            InSampleStartTime = span[a].Timestamp,
            OutOfSampleStartTime = span[b].Timestamp,
            OutOfSampleLastTime = span[c - 1].Timestamp,
            Parameters = inSample.Best?.Parameters,
            InSample = inSample.Best?.Metrics,
            InSampleDeflatedSharpeRatio = inSample.DeflatedSharpeRatio,
            TrialsRun = inSample.TrialsRun,
            OutOfSample = outOfSample,
            Efficiency = inSample.Best?.Metrics is { } m ? outOfSample.AnnualReturn / m.AnnualReturn : double.NaN,
        };
    }
}
