using System.Globalization;

namespace Nija.Metrics;

/// <summary>Tolerances and test settings for <see cref="PerformanceComparison.Compare"/>. Mutable options; validated on use.</summary>
public sealed class ComparisonOptions
{
    /// <summary>
    /// Relative tolerance, as a fraction of |backtest value| (default 0.25 = 25 %): a live value within
    /// max(<see cref="RelativeTolerance"/> · |backtest|, <see cref="AbsoluteTolerance"/>) of the backtest value is
    /// <see cref="ComparisonVerdict.WithinTolerance"/>. Must be finite and not negative.
    /// </summary>
    public double RelativeTolerance { get; set; } = 0.25;

    /// <summary>Absolute floor of the tolerance band, in the metric's own unit (default 1e-9, so equal zeros agree). Must be finite and not negative.</summary>
    public double AbsoluteTolerance { get; set; } = 1e-9;

    /// <summary>Per-metric relative tolerances overriding <see cref="RelativeTolerance"/>, keyed by <see cref="MetricComparison.Name"/> (e.g. "maxDrawdown" = 0.5).</summary>
    public IDictionary<string, double> MetricTolerances { get; } = new Dictionary<string, double>(StringComparer.Ordinal);

    /// <summary>Significance level of the Welch and Kolmogorov–Smirnov tests (default 0.05): p below it rejects "same distribution". In (0, 1).</summary>
    public double SignificanceLevel { get; set; } = 0.05;

    /// <summary>Bootstrap resamples for the backtest expectancy interval (default 1000; cost is resamples × backtest trades). At least 1.</summary>
    public int BootstrapResamples { get; set; } = 1000;

    /// <summary>Confidence level of the bootstrap interval (default 0.95). In (0, 1).</summary>
    public double BootstrapConfidence { get; set; } = 0.95;

    /// <summary>Seed of the bootstrap's random generator (default 42), so a comparison is reproducible.</summary>
    public int Seed { get; set; } = 42;

    /// <summary>
    /// Live closed trades needed for an overall verdict (default 10): with fewer, <see cref="PerformanceComparison.Verdict"/>
    /// is <see cref="ComparisonVerdict.Inconclusive"/> (the metrics are still compared one by one). At least 0.
    /// </summary>
    public int MinimumLiveTrades { get; set; } = 10;

    /// <summary>The relative tolerance for <paramref name="metric"/>.</summary>
    /// <param name="metric">The metric's name.</param>
    /// <returns>The override if there is one, else <see cref="RelativeTolerance"/>.</returns>
    public double ToleranceFor(string metric) => MetricTolerances.TryGetValue(metric, out var t) ? t : RelativeTolerance;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A setting is out of range (the message names it and the expected range).</exception>
    public void Validate()
    {
        NonNegative(RelativeTolerance, nameof(RelativeTolerance));
        NonNegative(AbsoluteTolerance, nameof(AbsoluteTolerance));
        foreach (var (name, value) in MetricTolerances)
        {
            NonNegative(value, $"{nameof(MetricTolerances)}[{name}]");
        }

        Probability(SignificanceLevel, nameof(SignificanceLevel));
        Probability(BootstrapConfidence, nameof(BootstrapConfidence));
        if (MinimumLiveTrades < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumLiveTrades), MinimumLiveTrades, "MinimumLiveTrades must be 0 or more.");
        }

        if (BootstrapResamples < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(BootstrapResamples), BootstrapResamples, "BootstrapResamples must be at least 1.");
        }
    }

    private static void NonNegative(double value, string name)
    {
        if (!(value >= 0) || !double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"{name} must be a finite number not below zero, was {value}."));
        }
    }

    private static void Probability(double value, string name)
    {
        if (!(value > 0 && value < 1))
        {
            throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"{name} must be between 0 and 1 (exclusive), was {value}."));
        }
    }
}
