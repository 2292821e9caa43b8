using System.Buffers;
using System.Runtime.ExceptionServices;
using Nija.Backtesting.Engine;
using Nija.Backtesting.Strategies;
using Nija.Metrics;

namespace Nija.Backtesting.Research;

/// <summary>
/// Grid and random search over a strategy's parameters, trials in parallel. Every trial is independent: a fresh
/// strategy from the factory and fresh <see cref="BacktestOptions"/> from <see cref="SweepOptions.BacktestOptionsFactory"/>.
/// Results do not depend on the degree of parallelism. Thread-safe (stateless).
/// </summary>
public static class ParameterSweep
{
    /// <summary>Sweeps a registered strategy.</summary>
    /// <param name="bars">The bars, validated once as by <see cref="UnifiedBacktestEngine.Run(Strategies.IStrategy, ReadOnlyMemory{Bar}, Engine.BacktestOptions?, IProgress{double}?, CancellationToken)"/>.</param>
    /// <param name="strategyName">The registered name (e.g. "sma-cross").</param>
    /// <param name="ranges">One range per swept parameter; unswept parameters keep their defaults.</param>
    /// <param name="options">Settings; defaults when null.</param>
    /// <param name="registry">Where the name is looked up; <see cref="StrategyRegistry.CreateDefault"/> when null.</param>
    /// <param name="progress">Receives (completed, total) after every trial, from worker threads.</param>
    /// <param name="cancellationToken">Stops the sweep (checked between trials and every 65,536 bars).</param>
    /// <returns>The ranked table, the best trial and its deflated Sharpe ratio.</returns>
    /// <exception cref="ArgumentException">Unknown strategy or parameter, a range value the registry rejects, bad options or bars.</exception>
    /// <exception cref="OperationCanceledException">The sweep was cancelled.</exception>
    public static SweepResult Run(
        ReadOnlyMemory<Bar> bars,
        string strategyName,
        IReadOnlyList<ParameterRange> ranges,
        SweepOptions? options = null,
        StrategyRegistry? registry = null,
        IProgress<SweepProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        return Run(bars, RegistryFactory(strategyName, ranges, registry), ranges, options, progress, cancellationToken);
    }

    /// <summary>Sweeps a strategy built by <paramref name="factory"/>.</summary>
    /// <param name="bars">The bars, validated once as by <see cref="UnifiedBacktestEngine.Run(Strategies.IStrategy, ReadOnlyMemory{Bar}, Engine.BacktestOptions?, IProgress{double}?, CancellationToken)"/>.</param>
    /// <param name="factory">Creates a fresh strategy from parameter values (by name, case-insensitive); called once per
    /// trial, possibly on several threads at once. An <see cref="ArgumentException"/> marks the combination as refused.</param>
    /// <param name="ranges">One range per parameter; at least one; distinct names.</param>
    /// <param name="options">Settings; defaults when null.</param>
    /// <param name="progress">Receives (completed, total) after every trial, from worker threads.</param>
    /// <param name="cancellationToken">Stops the sweep (checked between trials and every 65,536 bars).</param>
    /// <returns>The ranked table, the best trial and its deflated Sharpe ratio.</returns>
    /// <exception cref="ArgumentException">No range, duplicate names, a grid above int.MaxValue combinations, bad options or bars,
    /// or <see cref="SweepOptions.WarmupBars"/> not below the number of bars.</exception>
    /// <exception cref="OperationCanceledException">The sweep was cancelled.</exception>
    public static SweepResult Run(
        ReadOnlyMemory<Bar> bars,
        Func<IReadOnlyDictionary<string, double>, IStrategy> factory,
        IReadOnlyList<ParameterRange> ranges,
        SweepOptions? options = null,
        IProgress<SweepProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(factory);
        options ??= new SweepOptions();
        options.Validate();
        var combinations = new ParameterGrid(ranges);
        UnifiedBacktestEngine.ValidateBars(bars.Span);
        if (options.WarmupBars >= bars.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.WarmupBars, $"WarmupBars ({options.WarmupBars}) must be below the number of bars ({bars.Length}).");
        }

        // Every trial's equity curve points at these timestamps instead of copying (and checking) 8 bytes per bar.
        var timeline = new EquityTimeline(Data.BarSeries.TimelineOf(bars.Span));
        var indices = options.Search == SearchMode.Grid ? combinations.All() : combinations.Sample(options.RandomTrials, options.Seed);
        var trials = new SweepTrial[indices.Length];
        var completed = 0;
        var parallel = SweepOptions.Parallel(options.MaxDegreeOfParallelism, cancellationToken);
        try
        {
            Parallel.For(0, indices.Length, parallel, i =>
            {
                trials[i] = RunTrial(bars, timeline, factory, combinations.At(indices[i]), i, options, cancellationToken);
                var done = Interlocked.Increment(ref completed);
                progress?.Report(new SweepProgress(done, indices.Length));
            });
        }
        catch (AggregateException e)
        {
            // The first failure as it was thrown, whether one worker failed or several at once (the type must not depend
            // on timing: a caller catches what one failure throws).
            ExceptionDispatchInfo.Throw(e.Flatten().InnerExceptions[0]);
        }

        return Rank(bars, factory, combinations.Names, trials, options, cancellationToken);
    }

    /// <summary>A factory for a registered strategy, after checking every range value against the registry.</summary>
    internal static Func<IReadOnlyDictionary<string, double>, IStrategy> RegistryFactory(string strategyName, IReadOnlyList<ParameterRange> ranges, StrategyRegistry? registry)
    {
        ArgumentNullException.ThrowIfNull(strategyName);
        ArgumentNullException.ThrowIfNull(ranges);
        var known = registry ?? StrategyRegistry.CreateDefault();
        known.Get(strategyName);
        foreach (var range in ranges)
        {
            ArgumentNullException.ThrowIfNull(range, nameof(ranges));
            foreach (var value in range.Values)
            {
                known.Parameters(strategyName, new Dictionary<string, double> { [range.Name] = value });
            }
        }

        return p => known.Create(strategyName, p);
    }

    private static SweepTrial RunTrial(
        ReadOnlyMemory<Bar> bars,
        EquityTimeline timeline,
        Func<IReadOnlyDictionary<string, double>, IStrategy> factory,
        Dictionary<string, double> parameters,
        int index,
        SweepOptions options,
        CancellationToken cancellationToken)
    {
        IStrategy strategy;
        try
        {
            strategy = factory(parameters) ?? throw new InvalidOperationException("The strategy factory returned null; it must return a new strategy for every trial.");
        }
        catch (ArgumentException e)
        {
            return new SweepTrial { Index = index, Parameters = parameters, Score = double.NaN, Accepted = false, Error = e.Message };
        }

        // A trial is ranked on its own summary; its report is only kept (and so only computed) with KeepResults.
        var result = TrialEvaluator.Run(strategy, bars, options.BacktestOptionsFactory(), options.WarmupBars, cancellationToken, skipReport: !options.KeepResults, timeline, resultIsDropped: !options.KeepResults);
        // The returns only feed the summary: a pooled buffer keeps a 1M-bar sweep from allocating 8 MB per trial.
        var count = Math.Max(0, result.EquityCurve.Count - options.WarmupBars);
        var buffer = ArrayPool<double>.Shared.Rent(Math.Max(count, 1));
        TrialMetrics metrics;
        try
        {
            var returns = buffer.AsSpan(0, count);
            TrialEvaluator.MeasuredReturns(result, options.WarmupBars, returns);
            metrics = TrialEvaluator.Summarise(result, returns, options.PeriodsPerYear);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }

        return new SweepTrial
        {
            Index = index,
            Parameters = parameters,
            Metrics = metrics,
            Score = options.Objective.Score(metrics),
            Accepted = options.Accepts(metrics),
            Result = options.KeepResults ? result : null,
        };
    }

    private static SweepResult Rank(
        ReadOnlyMemory<Bar> bars,
        Func<IReadOnlyDictionary<string, double>, IStrategy> factory,
        IReadOnlyList<string> names,
        SweepTrial[] trials,
        SweepOptions options,
        CancellationToken cancellationToken)
    {
        var ranked = (SweepTrial[])trials.Clone();
        Array.Sort(ranked, Compare);
        var best = ranked.Length > 0 && ranked[0].Accepted && !double.IsNaN(ranked[0].Score) ? ranked[0] : null;
        var sharpes = new List<double>(trials.Length);
        var run = 0;
        foreach (var t in trials)
        {
            if (t.Metrics is { } m)
            {
                run++;
                if (double.IsFinite(m.PerPeriodSharpeRatio))
                {
                    sharpes.Add(m.PerPeriodSharpeRatio);
                }
            }
        }

        var variance = SampleVariance(sharpes);
        BacktestResult? bestResult = null;
        var deflated = double.NaN;
        if (best is not null)
        {
            bestResult = best.Result ?? TrialEvaluator.Run(factory(best.Parameters), bars, options.BacktestOptionsFactory(), options.WarmupBars, cancellationToken);
            var returns = TrialEvaluator.MeasuredReturns(bestResult, options.WarmupBars);
            deflated = ReturnMetrics.DeflatedSharpeRatio(returns, Math.Max(run, 1), variance);
        }

        return new SweepResult
        {
            ParameterNames = names,
            Objective = options.Objective.Name,
            Trials = ranked,
            Best = best,
            BestResult = bestResult,
            TrialsRun = run,
            SharpeVarianceAcrossTrials = variance,
            DeflatedSharpeRatio = deflated,
        };
    }

    private static int Compare(SweepTrial a, SweepTrial b)
    {
        var byGroup = Group(a).CompareTo(Group(b));
        if (byGroup != 0)
        {
            return byGroup;
        }

        var byScore = double.IsNaN(a.Score) || double.IsNaN(b.Score) ? 0 : b.Score.CompareTo(a.Score);
        return byScore != 0 ? byScore : a.Index.CompareTo(b.Index);
    }

    private static int Group(SweepTrial t) => t.Metrics is null ? 4 : (t.Accepted ? 0 : 2) + (double.IsNaN(t.Score) ? 1 : 0);

    private static double SampleVariance(List<double> values)
    {
        if (values.Count < 2)
        {
            return 0d;
        }

        var mean = 0d;
        foreach (var v in values)
        {
            mean += v;
        }

        mean /= values.Count;
        var sum = 0d;
        foreach (var v in values)
        {
            sum += (v - mean) * (v - mean);
        }

        return sum / (values.Count - 1);
    }
}
