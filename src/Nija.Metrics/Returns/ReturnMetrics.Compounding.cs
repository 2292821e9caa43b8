using Nija.Metrics.Returns;

namespace Nija.Metrics;

/// <content>Statistics of the compounded equity curve: growth, drawdowns, stability.</content>
public static partial class ReturnMetrics
{
    /// <summary>Total compounded return: ∏(1 + r) − 1, NaN returns counted as zero.</summary>
    /// <param name="returns">Simple periodic returns.</param>
    /// <returns>The cumulative return (−0.25 = lost a quarter); NaN for an empty series.</returns>
    public static double CumulativeReturn(ReadOnlySpan<double> returns)
    {
        if (returns.Length == 0)
        {
            return double.NaN;
        }

        return GrowthFactor(returns) - 1;
    }

    /// <summary>
    /// Compound annual growth rate over N / periodsPerYear years, N counting every element (NaN included):
    /// (∏(1 + r))^(1 / (N / periodsPerYear)) − 1.
    /// </summary>
    /// <param name="returns">Simple periodic returns; NaN counts as a zero-return period.</param>
    /// <param name="periodsPerYear">Annualisation factor: 252 daily, 52 weekly, 12 monthly, 365 every-day markets.</param>
    /// <returns>The annual return; NaN for an empty series or a total loss beyond −100%.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="periodsPerYear"/> is not positive and finite.</exception>
    public static double AnnualReturn(ReadOnlySpan<double> returns, double periodsPerYear = 252)
    {
        ReturnGuard.PeriodsPerYear(periodsPerYear);
        if (returns.Length == 0)
        {
            return double.NaN;
        }

        var growth = GrowthFactor(returns);
        if (growth < 0d)
        {
            // Below −100 % there is no real annual rate. Math.Pow of a negative base is NaN only for a fractional
            // exponent: with a whole one (126 periods at 252 a year give 2) it turned a blown account into a gain.
            return double.NaN;
        }

        var years = returns.Length / periodsPerYear;
        return Math.Pow(growth, 1.0 / years) - 1;
    }

    /// <summary>
    /// Maximum drawdown of the compounded curve, as a negative fraction (−0.1 = a 10% fall from a peak).
    /// The starting capital counts as the first peak, so a first-period loss is a drawdown.
    /// </summary>
    /// <param name="returns">Simple periodic returns; NaN counts as a zero return.</param>
    /// <returns>The largest peak-to-trough fall (zero or negative); NaN for an empty series.</returns>
    public static double MaxDrawdown(ReadOnlySpan<double> returns)
    {
        if (returns.Length == 0)
        {
            return double.NaN;
        }

        var value = 1.0;
        var peak = 1.0;
        var worst = 0.0;
        foreach (var r in returns)
        {
            if (!double.IsNaN(r))
            {
                value *= 1 + r;
            }

            if (value > peak)
            {
                peak = value;
            }

            var drawdown = (value - peak) / peak;
            if (drawdown < worst)
            {
                worst = drawdown;
            }
        }

        return worst;
    }

    /// <summary>Calmar ratio: <see cref="AnnualReturn"/> / |<see cref="MaxDrawdown"/>|.</summary>
    /// <param name="returns">Simple periodic returns; NaN counts as a zero return.</param>
    /// <param name="periodsPerYear">Annualisation factor: 252 daily, 52 weekly, 12 monthly, 365 every-day markets.</param>
    /// <returns>The Calmar ratio; NaN when there is no drawdown (including an empty series) or the ratio is infinite.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="periodsPerYear"/> is not positive and finite.</exception>
    public static double CalmarRatio(ReadOnlySpan<double> returns, double periodsPerYear = 252)
    {
        ReturnGuard.PeriodsPerYear(periodsPerYear);
        var maxDrawdown = MaxDrawdown(returns);
        if (!(maxDrawdown < 0))
        {
            return double.NaN;
        }

        var ratio = AnnualReturn(returns, periodsPerYear) / Math.Abs(maxDrawdown);
        return double.IsInfinity(ratio) ? double.NaN : ratio;
    }

    /// <summary>
    /// Ulcer index (Martin, 1987) in percent: the root mean square, over the N points of the compounded curve,
    /// of the percentage drawdown 100 · (value / running peak − 1). The starting capital is the first peak but
    /// not itself one of the N points.
    /// </summary>
    /// <param name="returns">Simple periodic returns; NaN counts as a zero return.</param>
    /// <returns>The ulcer index in percentage points (5 = a typical 5% drawdown); NaN for an empty series.</returns>
    public static double UlcerIndex(ReadOnlySpan<double> returns)
    {
        if (returns.Length == 0)
        {
            return double.NaN;
        }

        var value = 1.0;
        var peak = 1.0;
        var squares = 0.0;
        foreach (var r in returns)
        {
            if (!double.IsNaN(r))
            {
                value *= 1 + r;
            }

            if (value > peak)
            {
                peak = value;
            }

            var percent = 100 * ((value / peak) - 1);
            squares += percent * percent;
        }

        return Math.Sqrt(squares / returns.Length);
    }

    /// <summary>
    /// Length, in periods, of the longest run of consecutive periods whose compounded value is strictly below
    /// the running peak (the starting capital being the first peak). A run still open at the end counts.
    /// </summary>
    /// <param name="returns">Simple periodic returns; NaN counts as a zero return.</param>
    /// <returns>The number of periods; zero for an empty series or one that never falls below a peak.</returns>
    public static int LongestDrawdownPeriods(ReadOnlySpan<double> returns)
    {
        var value = 1.0;
        var peak = 1.0;
        var run = 0;
        var longest = 0;
        foreach (var r in returns)
        {
            if (!double.IsNaN(r))
            {
                value *= 1 + r;
            }

            if (value >= peak)
            {
                peak = value;
                run = 0;
            }
            else
            {
                run++;
                longest = Math.Max(longest, run);
            }
        }

        return longest;
    }

    /// <summary>
    /// Stability of the time series: R² of an ordinary least-squares line through the cumulative log returns
    /// Σ ln(1 + r) against their index (NaN returns are removed first, as empyrical does).
    /// </summary>
    /// <param name="returns">Simple periodic returns; NaN entries are removed.</param>
    /// <returns>R² in [0, 1]; NaN for fewer than 2 returns or fewer than 2 non-NaN ones; zero for a flat
    /// cumulative curve (scipy's linregress convention).</returns>
    public static double StabilityOfTimeseries(ReadOnlySpan<double> returns)
    {
        if (returns.Length < 2)
        {
            return double.NaN;
        }

        // Pass 1: count and mean of the cumulative log curve y_i (x_i = 0, 1, ..., n-1).
        var n = 0;
        var y = 0.0;
        var sumY = 0.0;
        foreach (var r in returns)
        {
            if (double.IsNaN(r))
            {
                continue;
            }

            y += Math.Log(1 + r);
            sumY += y;
            n++;
        }

        if (n < 2)
        {
            return double.NaN;
        }

        var meanX = (n - 1) / 2.0;
        var meanY = sumY / n;

        // Pass 2: centred cross products.
        var sxx = 0.0;
        var syy = 0.0;
        var sxy = 0.0;
        var i = 0;
        y = 0.0;
        foreach (var r in returns)
        {
            if (double.IsNaN(r))
            {
                continue;
            }

            y += Math.Log(1 + r);
            var dx = i - meanX;
            var dy = y - meanY;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
            i++;
        }

        if (syy == 0)
        {
            return 0;
        }

        var correlation = Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1, 1);
        return correlation * correlation;
    }

    /// <summary>∏(1 + r) over the series, NaN returns counted as zero.</summary>
    private static double GrowthFactor(ReadOnlySpan<double> returns)
    {
        var growth = 1.0;
        foreach (var r in returns)
        {
            if (!double.IsNaN(r))
            {
                growth *= 1 + r;
            }
        }

        return growth;
    }
}
