using Nija.Backtesting.Research;

namespace Nija.Cli.Commands;

/// <summary>
/// The JSON documents the research commands write (see docs/cli.md). Ratios and returns are fractions
/// (0.1 = 10 %); a value that is not finite (NaN, +∞) is written as null.
/// </summary>
internal static class ResearchJson
{
    /// <summary>Null for NaN and infinities (JSON has no such numbers).</summary>
    public static double? Finite(double value) => double.IsFinite(value) ? value : null;

    /// <summary>The metrics of a run.</summary>
    public static Metrics? Of(TrialMetrics? m) => m is null ? null : new Metrics(
        m.NetProfit, Finite(m.TotalReturn), Finite(m.AnnualReturn), Finite(m.SharpeRatio), Finite(m.SortinoRatio), Finite(m.CalmarRatio),
        Finite(m.MaxDrawdown), Finite(m.ProfitFactor), Finite(m.WinRate), m.Expectancy, m.TradeCount, m.Observations);

    /// <summary>The sweep table and its winner.</summary>
    public static OptimizeDocument Of(SweepResult r, string strategy, string symbol, int bars) => new(
        "optimize",
        strategy,
        symbol,
        bars,
        r.Objective,
        r.ParameterNames,
        r.TrialsRun,
        Finite(r.DeflatedSharpeRatio),
        Finite(r.SharpeVarianceAcrossTrials),
        r.Best?.Parameters,
        r.Trials.Select((t, i) => new Trial(i + 1, t.Parameters, Finite(t.Score), t.Accepted, t.Error, Of(t.Metrics))).ToList());

    /// <summary>The walk-forward windows and the stitched out-of-sample run.</summary>
    public static WalkForwardDocument Of(WalkForwardResult r, string strategy, string symbol, string objective, int inSample, int outOfSample, int warmup) => new(
        "walk-forward",
        strategy,
        symbol,
        objective,
        r.Mode == WalkForwardMode.Anchored ? "anchored" : "rolling",
        inSample,
        outOfSample,
        warmup,
        Finite(r.InSampleAnnualReturn),
        Finite(r.Efficiency),
        Of(r.OutOfSample)!,
        r.Windows.Select(w => new Window(
            w.Index,
            w.InSampleStartTime,
            w.OutOfSampleStartTime,
            w.OutOfSampleLastTime,
            w.OutOfSampleEnd - w.OutOfSampleStart,
            w.Parameters,
            w.TrialsRun,
            Finite(w.InSampleDeflatedSharpeRatio),
            Of(w.InSample),
            Of(w.OutOfSample)!,
            Finite(w.Efficiency))).ToList());

    /// <summary>The Monte Carlo distributions.</summary>
    public static MonteCarloDocument Of(MonteCarloResult r, string source, int seed, double ruinDrawdown) => new(
        "monte-carlo",
        source,
        r.Method == MonteCarloMethod.Shuffle ? "shuffle" : "bootstrap",
        r.Paths,
        r.TradesPerPath,
        seed,
        ruinDrawdown,
        r.ProbabilityOfRuin,
        Of(r.FinalReturn),
        Of(r.MaxDrawdown),
        Of(r.LongestDrawdownTrades),
        Of(r.SharpePerTrade),
        Of(r.ProfitFactor),
        Of(r.WinRate),
        Of(r.Expectancy));

    private static Percentiles Of(PercentileSummary p) => new(Finite(p.P5), Finite(p.P25), Finite(p.P50), Finite(p.P75), Finite(p.P95));

    private static Interval Of(MonteCarloInterval i) => new(Finite(i.Lower), Finite(i.Median), Finite(i.Upper));

    /// <summary>A run's summary (see <see cref="TrialMetrics"/>).</summary>
    internal sealed record Metrics(
        decimal NetProfit, double? TotalReturn, double? AnnualReturn, double? SharpeRatio, double? SortinoRatio, double? CalmarRatio,
        double? MaxDrawdown, double? ProfitFactor, double? WinRate, decimal Expectancy, int Trades, int Observations);

    /// <summary>One row of the sweep table; rank 1 is the best.</summary>
    internal sealed record Trial(int Rank, IReadOnlyDictionary<string, double> Parameters, double? Score, bool Accepted, string? Error, Metrics? Metrics);

    /// <summary><c>nija optimize</c>'s output file.</summary>
    internal sealed record OptimizeDocument(
        string Kind, string Strategy, string Symbol, int Bars, string Objective, IReadOnlyList<string> ParameterNames, int TrialsRun,
        double? DeflatedSharpeRatio, double? SharpeVarianceAcrossTrials, IReadOnlyDictionary<string, double>? Best, IReadOnlyList<Trial> Trials);

    /// <summary>One walk-forward window.</summary>
    internal sealed record Window(
        int Index, DateTimeOffset InSampleStart, DateTimeOffset OutOfSampleStart, DateTimeOffset OutOfSampleEnd, int OutOfSampleBars,
        IReadOnlyDictionary<string, double>? Parameters, int TrialsRun, double? InSampleDeflatedSharpeRatio, Metrics? InSample, Metrics OutOfSample, double? Efficiency);

    /// <summary><c>nija walk-forward</c>'s output file.</summary>
    internal sealed record WalkForwardDocument(
        string Kind, string Strategy, string Symbol, string Objective, string Mode, int InSampleBars, int OutOfSampleBars, int WarmupBars,
        double? InSampleAnnualReturn, double? Efficiency, Metrics OutOfSample, IReadOnlyList<Window> Windows);

    /// <summary>Percentiles of a simulated distribution.</summary>
    internal sealed record Percentiles(double? P5, double? P25, double? P50, double? P75, double? P95);

    /// <summary>A confidence interval with its median.</summary>
    internal sealed record Interval(double? Lower, double? Median, double? Upper);

    /// <summary><c>nija monte-carlo</c>'s output file.</summary>
    internal sealed record MonteCarloDocument(
        string Kind, string Source, string Method, int Paths, int TradesPerPath, int Seed, double RuinDrawdown, double ProbabilityOfRuin,
        Percentiles FinalReturn, Percentiles MaxDrawdown, Percentiles LongestDrawdownTrades, Interval SharpePerTrade, Interval ProfitFactor,
        Interval WinRate, Interval Expectancy);
}
