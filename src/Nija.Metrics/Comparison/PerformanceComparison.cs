namespace Nija.Metrics;

/// <summary>
/// A live run measured against its backtest: headline metrics side by side with verdicts, tests of whether live
/// per-trade returns look like draws from the backtest's distribution, and a bootstrap interval of the backtest
/// expectancy. Immutable; create with <see cref="Compare"/>; serialize with <see cref="NijaMetricsJsonContext"/>.
/// Equality is by value, the metric list compared element by element.
/// </summary>
public sealed record PerformanceComparison
{
    /// <summary>Headline metrics in a fixed order: winRate, profitFactor, expectancy, expectancyPercent, sharpeRatio, sortinoRatio, maxDrawdown, cagr, annualVolatility, tradesPerDay.</summary>
    public required IReadOnlyList<MetricComparison> Metrics { get; init; }

    /// <summary>Welch's t-test of backtest against live <see cref="ClosedTrade.ReturnPercent"/> (t = backtest mean − live mean over SE).</summary>
    public WelchTTestResult TradeReturnsWelch { get; init; }

    /// <summary>Two-sample Kolmogorov–Smirnov test of backtest against live <see cref="ClosedTrade.ReturnPercent"/>.</summary>
    public KolmogorovSmirnovResult TradeReturnsKolmogorovSmirnov { get; init; }

    /// <summary>The significance level the tests were judged at.</summary>
    public double SignificanceLevel { get; init; }

    /// <summary>
    /// True unless a test rejects at <see cref="SignificanceLevel"/> (p &lt; level). A test that cannot be computed
    /// (too few trades: NaN p-value) does not reject.
    /// </summary>
    public bool TradeReturnsConsistent { get; init; }

    /// <summary>Seeded percentile-bootstrap interval of the backtest's mean net P&amp;L per trade (cash).</summary>
    public BootstrapInterval BacktestExpectancyInterval { get; init; }

    /// <summary>The live mean net P&amp;L per trade (cash).</summary>
    public double LiveExpectancy { get; init; }

    /// <summary>True when <see cref="LiveExpectancy"/> lies inside <see cref="BacktestExpectancyInterval"/>.</summary>
    public bool LiveExpectancyWithinInterval { get; init; }

    /// <summary>
    /// Overall verdict: <see cref="ComparisonVerdict.Worse"/> if any metric is worse, the live expectancy is below the
    /// bootstrap interval, or the trade returns are inconsistent with a lower live mean; otherwise
    /// <see cref="ComparisonVerdict.Better"/> if any metric is better; otherwise <see cref="ComparisonVerdict.WithinTolerance"/>.
    /// Inconclusive metrics are ignored.
    /// </summary>
    public ComparisonVerdict Verdict { get; init; }

    /// <summary>Compares a live report (and its trades) with the backtest's.</summary>
    /// <param name="backtest">The backtest's report.</param>
    /// <param name="live">The live report.</param>
    /// <param name="backtestTrades">The backtest's closed trades.</param>
    /// <param name="liveTrades">The live closed trades.</param>
    /// <param name="options">Tolerances and test settings; defaults when null.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">An argument or a trade is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static PerformanceComparison Compare(
        PerformanceReport backtest,
        PerformanceReport live,
        IReadOnlyList<ClosedTrade> backtestTrades,
        IReadOnlyList<ClosedTrade> liveTrades,
        ComparisonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(backtest);
        ArgumentNullException.ThrowIfNull(live);
        ArgumentNullException.ThrowIfNull(backtestTrades);
        ArgumentNullException.ThrowIfNull(liveTrades);
        options ??= new ComparisonOptions();
        options.Validate();
        var bt = TradeColumns.From(backtestTrades);
        var lv = TradeColumns.From(liveTrades);

        MetricComparison[] metrics =
        [
            Metric("winRate", backtest.Trades.WinRate, live.Trades.WinRate, MetricDirection.HigherIsBetter, options),
            Metric("profitFactor", backtest.Trades.ProfitFactor, live.Trades.ProfitFactor, MetricDirection.HigherIsBetter, options),
            Metric("expectancy", (double)backtest.Trades.Expectancy, (double)live.Trades.Expectancy, MetricDirection.HigherIsBetter, options),
            Metric("expectancyPercent", backtest.Trades.ExpectancyPercent, live.Trades.ExpectancyPercent, MetricDirection.HigherIsBetter, options),
            Metric("sharpeRatio", backtest.Returns.SharpeRatio, live.Returns.SharpeRatio, MetricDirection.HigherIsBetter, options),
            Metric("sortinoRatio", backtest.Returns.SortinoRatio, live.Returns.SortinoRatio, MetricDirection.HigherIsBetter, options),
            Metric("maxDrawdown", backtest.Drawdown.MaxDrawdown, live.Drawdown.MaxDrawdown, MetricDirection.HigherIsBetter, options),
            Metric("cagr", backtest.Returns.Cagr, live.Returns.Cagr, MetricDirection.HigherIsBetter, options),
            Metric("annualVolatility", backtest.Returns.AnnualVolatility, live.Returns.AnnualVolatility, MetricDirection.LowerIsBetter, options),
            Metric("tradesPerDay", backtest.TradesPerDay, live.TradesPerDay, MetricDirection.Target, options),
        ];

        var welch = HypothesisTests.WelchTTest(bt.Percent, lv.Percent);
        var ks = HypothesisTests.KolmogorovSmirnov(bt.Percent, lv.Percent);
        var consistent = !(welch.PValue < options.SignificanceLevel) && !(ks.PValue < options.SignificanceLevel);
        var interval = Bootstrap.MeanInterval(ToDouble(bt.Net), options.BootstrapResamples, options.BootstrapConfidence, options.Seed);
        var liveExpectancy = lv.Count == 0 ? double.NaN : Mean(ToDouble(lv.Net));

        var worse = !consistent && Mean(lv.Percent) < Mean(bt.Percent);
        worse |= liveExpectancy < interval.Lower;
        var better = false;
        foreach (var m in metrics)
        {
            worse |= m.Verdict == ComparisonVerdict.Worse;
            better |= m.Verdict == ComparisonVerdict.Better;
        }

        return new PerformanceComparison
        {
            Metrics = metrics,
            TradeReturnsWelch = welch,
            TradeReturnsKolmogorovSmirnov = ks,
            SignificanceLevel = options.SignificanceLevel,
            TradeReturnsConsistent = consistent,
            BacktestExpectancyInterval = interval,
            LiveExpectancy = liveExpectancy,
            LiveExpectancyWithinInterval = interval.Contains(liveExpectancy),
            // Too few live trades say nothing either way: one lucky or unlucky trade must not pass or fail a bot.
            Verdict = liveTrades.Count < options.MinimumLiveTrades ? ComparisonVerdict.Inconclusive
                : worse ? ComparisonVerdict.Worse
                : better ? ComparisonVerdict.Better
                : ComparisonVerdict.WithinTolerance,
        };
    }

    /// <summary>Value equality, comparing the metric lists element by element.</summary>
    /// <param name="other">The other comparison.</param>
    /// <returns>True when every property is equal.</returns>
    public bool Equals(PerformanceComparison? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Metrics.SequenceEqual(other.Metrics)
                && TradeReturnsWelch == other.TradeReturnsWelch
                && TradeReturnsKolmogorovSmirnov == other.TradeReturnsKolmogorovSmirnov
                && SignificanceLevel.Equals(other.SignificanceLevel)
                && TradeReturnsConsistent == other.TradeReturnsConsistent
                && BacktestExpectancyInterval == other.BacktestExpectancyInterval
                && LiveExpectancy.Equals(other.LiveExpectancy)
                && LiveExpectancyWithinInterval == other.LiveExpectancyWithinInterval
                && Verdict == other.Verdict));

    /// <summary>A hash over the tests, the interval, the verdict and the number of metrics.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() =>
        HashCode.Combine(Metrics.Count, TradeReturnsWelch, TradeReturnsKolmogorovSmirnov, BacktestExpectancyInterval, LiveExpectancy, Verdict);

    /// <summary>The verdict for one metric (see docs/metrics.md, "Backtest against live").</summary>
    internal static ComparisonVerdict Judge(double backtest, double live, MetricDirection direction, double relativeTolerance, double absoluteTolerance)
    {
        if (double.IsNaN(backtest) || double.IsNaN(live))
        {
            return ComparisonVerdict.Inconclusive;
        }

        if (backtest.Equals(live))
        {
            return ComparisonVerdict.WithinTolerance;
        }

        var difference = live - backtest;
        if (double.IsFinite(difference) && Math.Abs(difference) <= Math.Max(relativeTolerance * Math.Abs(backtest), absoluteTolerance))
        {
            return ComparisonVerdict.WithinTolerance;
        }

        return direction switch
        {
            MetricDirection.HigherIsBetter => difference > 0 ? ComparisonVerdict.Better : ComparisonVerdict.Worse,
            MetricDirection.LowerIsBetter => difference < 0 ? ComparisonVerdict.Better : ComparisonVerdict.Worse,
            _ => ComparisonVerdict.Worse,
        };
    }

    private static MetricComparison Metric(string name, double backtest, double live, MetricDirection direction, ComparisonOptions options)
    {
        var tolerance = options.ToleranceFor(name);
        var difference = live - backtest;
        return new MetricComparison
        {
            Name = name,
            Direction = direction,
            Backtest = backtest,
            Live = live,
            AbsoluteDifference = difference,
            RelativeDifference = backtest == 0 || !double.IsFinite(backtest) || !double.IsFinite(live) ? double.NaN : difference / Math.Abs(backtest),
            Tolerance = tolerance,
            Verdict = Judge(backtest, live, direction, tolerance, options.AbsoluteTolerance),
        };
    }

    private static double[] ToDouble(decimal[] values)
    {
        var result = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            result[i] = (double)values[i];
        }

        return result;
    }

    private static double Mean(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
        {
            return double.NaN;
        }

        var sum = 0d;
        foreach (var v in values)
        {
            sum += v;
        }

        return sum / values.Length;
    }
}
