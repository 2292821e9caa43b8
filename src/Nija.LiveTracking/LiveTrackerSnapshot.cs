using Nija.LiveTracking.Journal;
using Nija.Metrics;

namespace Nija.LiveTracking;

/// <summary>
/// A consistent view of the tracker at one moment (taken under its lock). Immutable: lists and the curve are copies.
/// A performance report can be computed from <see cref="ClosedTrades"/> and <see cref="EquityCurve"/>.
/// </summary>
public sealed record LiveTrackerSnapshot
{
    /// <summary>When the snapshot was taken (tracker clock).</summary>
    public required DateTimeOffset Time { get; init; }

    /// <summary>The balance before the first fill.</summary>
    public required decimal InitialBalance { get; init; }

    /// <summary>Initial balance + realized P&amp;L − fees.</summary>
    public required decimal Balance { get; init; }

    /// <summary>Cash on hand (balance adjusted for the cost of longs and the proceeds of shorts).</summary>
    public required decimal Cash { get; init; }

    /// <summary>Balance + unrealized P&amp;L.</summary>
    public required decimal Equity { get; init; }

    /// <summary>Gross P&amp;L realized by all exits (before fees).</summary>
    public required decimal RealizedPnl { get; init; }

    /// <summary>Unrealized P&amp;L of open positions at their last marked or filled prices.</summary>
    public required decimal UnrealizedPnl { get; init; }

    /// <summary>All fees paid.</summary>
    public required decimal TotalFees { get; init; }

    /// <summary>The current trading day (risk time zone).</summary>
    public required DateOnly TradingDay { get; init; }

    /// <summary>Today's P&amp;L: equity − equity at the start of the trading day (realized and unrealized, after fees).</summary>
    public required decimal TodayPnl { get; init; }

    /// <summary>Drawdown from peak equity in percent.</summary>
    public required decimal DrawdownPercent { get; init; }

    /// <summary>The highest equity seen (persisted with the risk state).</summary>
    public required decimal PeakEquity { get; init; }

    /// <summary>The breaker's decision now: allowed, or halted with the reason and numbers.</summary>
    public required RiskDecision Risk { get; init; }

    /// <summary>The breaker's full state.</summary>
    public required RiskState RiskState { get; init; }

    /// <summary>Today's summary so far.</summary>
    public required DailySummary Today { get; init; }

    /// <summary>Open positions, ordered by position id.</summary>
    public required IReadOnlyList<Position> OpenPositions { get; init; }

    /// <summary>Closed round trips, in the order they closed.</summary>
    public required IReadOnlyList<ClosedTrade> ClosedTrades { get; init; }

    /// <summary>
    /// The equity curve: a first point with the initial balance, one point per fill, and at most one point per
    /// <see cref="LiveTrackerOptions.MarkCurveInterval"/> from marks. After a restart it is rebuilt from the fills (marks
    /// in between are not kept).
    /// </summary>
    public required EquityCurve EquityCurve { get; init; }

    /// <summary>Number of fills recorded (= the last journal sequence).</summary>
    public required long FillCount { get; init; }

    /// <summary>
    /// The running performance report (win rate, profit factor, Sharpe, drawdowns, ...) over <see cref="ClosedTrades"/> and
    /// <see cref="EquityCurve"/>, with default conventions (252 periods a year, UTC). Computed on first use.
    /// </summary>
    /// <remarks>
    /// The cached report belongs to the trades and curve it was computed from: a copy made with <c>with</c> that replaces
    /// either gets its own report, and whether the report was computed yet does not affect equality.
    /// </remarks>
    public PerformanceReport Report
    {
        get
        {
            var cached = _report;
            if (cached.Report is null || !ReferenceEquals(cached.Trades, ClosedTrades) || !ReferenceEquals(cached.Curve, EquityCurve))
            {
                cached = new ReportCache(ClosedTrades, EquityCurve, PerformanceCalculator.Calculate(ClosedTrades, EquityCurve));
                _report = cached;
            }

            return cached.Report!;
        }
    }

    private ReportCache _report = ReportCache.Empty;

    /// <summary>The report with explicit conventions (e.g. 365 periods a year for crypto, the trading-day time zone).</summary>
    /// <param name="conventions">The conventions.</param>
    /// <returns>A new report.</returns>
    public PerformanceReport CalculateReport(MetricConventions conventions) => PerformanceCalculator.Calculate(ClosedTrades, EquityCurve, conventions);

    /// <summary>The live track record in the shared document shape that <c>nija report</c> and <c>nija compare</c> read.</summary>
    /// <param name="conventions">Metric conventions; defaults when null.</param>
    /// <returns>The document (kind "live").</returns>
    public PerformanceDocument ToDocument(MetricConventions? conventions = null)
    {
        var report = conventions is null ? Report : CalculateReport(conventions);
        return new PerformanceDocument
        {
            Kind = "live",
            Metrics = report,
            Trades = ClosedTrades,
            EquityCurve = EquityCurve.ToList(),
            MonthlyReturns = report.MonthlyReturns,
        };
    }

    /// <summary>The report and the inputs it came from; replaced whole (never mutated), and equal to every other cache
    /// so that a snapshot's value equality does not depend on whether its report was computed.</summary>
    private sealed class ReportCache(IReadOnlyList<ClosedTrade>? trades, EquityCurve? curve, PerformanceReport? report)
    {
        public static readonly ReportCache Empty = new(null, null, null);

        public IReadOnlyList<ClosedTrade>? Trades { get; } = trades;

        public EquityCurve? Curve { get; } = curve;

        public PerformanceReport? Report { get; } = report;

        public override bool Equals(object? obj) => obj is ReportCache;

        public override int GetHashCode() => 0;
    }
}
