using Nija.Backtesting.Orders;
using Nija.Backtesting.Regimes;
using Nija.Metrics;

namespace Nija.Backtesting.Engine;

/// <summary>Everything a backtest produced. Immutable.</summary>
public sealed record BacktestResult
{
    /// <summary>The settings used.</summary>
    public required BacktestSettings Settings { get; init; }

    /// <summary>The closed trades, in the order they closed.</summary>
    public required IReadOnlyList<ClosedTrade> Trades { get; init; }

    /// <summary>Equity at every bar's close (one point per bar).</summary>
    public required EquityCurve EquityCurve { get; init; }

    /// <summary>
    /// Every fill, in order (entries, exits, reversals, stop-loss/take-profit, end-of-data). The run keeps fills as plain
    /// values; the <see cref="FillRecord"/> objects are built once, on first read (thread-safe), so a caller that never
    /// reads them does not pay for them.
    /// </summary>
    public required IReadOnlyList<FillRecord> Fills { get; init; }

    /// <summary>The regime of every bar (empty unless <see cref="BacktestOptions.Regimes"/> was set).</summary>
    public required IReadOnlyList<MarketRegime> Regimes { get; init; }

    /// <summary>Orders the engine did not fill, with the reason.</summary>
    public required IReadOnlyList<RejectedOrder> RejectedOrders { get; init; }

    /// <summary>
    /// Orders still pending when the data ended, in the order they were placed: neither filled, nor rejected, nor
    /// cancelled (a market order placed on the last bar with fills at the next open, a limit or stop order the price never
    /// reached). Empty in results read from files written before this list existed.
    /// </summary>
    public IReadOnlyList<PendingOrder> UnfilledOrders { get; init; } = [];

    /// <summary>Breaker trips and resets and drawdown alerts, when risk rules were enabled.</summary>
    public required IReadOnlyList<BacktestRiskEvent> RiskEvents { get; init; }

    /// <summary>Positions still open at the end (only when <see cref="BacktestOptions.ClosePositionsAtEnd"/> is false).</summary>
    public required IReadOnlyList<Position> OpenPositions { get; init; }

    /// <summary>Equity at the end, open positions marked at the last close.</summary>
    public required decimal FinalEquity { get; init; }

    /// <summary>Cash at the end.</summary>
    public required decimal FinalCash { get; init; }

    /// <summary>All fees paid.</summary>
    public required decimal TotalFees { get; init; }

    /// <summary>The performance report (null when <see cref="BacktestOptions.ComputeReport"/> was false).</summary>
    public PerformanceReport? Report { get; init; }

    /// <summary>How long the run took.</summary>
    public required RunStatistics Run { get; init; }

    /// <summary>The common track-record shape (what <c>nija report</c> and <c>nija compare</c> read).</summary>
    /// <returns>The document.</returns>
    /// <exception cref="InvalidOperationException">The run had no report (<see cref="BacktestOptions.ComputeReport"/> false).</exception>
    public PerformanceDocument ToDocument() => new()
    {
        Kind = "backtest",
        Metrics = Report ?? throw new InvalidOperationException("The run has no report: run with ComputeReport = true."),
        Trades = Trades,
        EquityCurve = EquityCurve.ToList(),
        MonthlyReturns = Report.MonthlyReturns,
    };
}
