using Nija.Backtesting.Orders;
using Nija.Metrics;

namespace Nija.Backtesting.Engine;

/// <summary>
/// The JSON file a backtest writes: the common <see cref="PerformanceDocument"/> fields (kind, metrics, trades,
/// equityCurve, monthlyReturns) plus the settings, run statistics, fills, rejected orders and risk events. Field names
/// are documented in docs/json.md.
/// </summary>
public sealed record BacktestDocument
{
    /// <summary>Always "backtest".</summary>
    public string Kind { get; init; } = "backtest";

    /// <summary>The schema version.</summary>
    public int SchemaVersion { get; init; } = PerformanceDocument.CurrentSchemaVersion;

    /// <summary>The settings used.</summary>
    public required BacktestSettings Settings { get; init; }

    /// <summary>Bars, elapsed seconds and bars per second.</summary>
    public required RunStatistics Run { get; init; }

    /// <summary>The performance report.</summary>
    public required PerformanceReport Metrics { get; init; }

    /// <summary>Closed trades.</summary>
    public required IReadOnlyList<ClosedTrade> Trades { get; init; }

    /// <summary>Equity at every bar's close.</summary>
    public required IReadOnlyList<EquityPoint> EquityCurve { get; init; }

    /// <summary>Monthly returns.</summary>
    public required IReadOnlyList<PeriodReturn> MonthlyReturns { get; init; }

    /// <summary>Every fill.</summary>
    public required IReadOnlyList<FillRecord> Fills { get; init; }

    /// <summary>Orders not filled, with reasons.</summary>
    public required IReadOnlyList<RejectedOrder> RejectedOrders { get; init; }

    /// <summary>Risk events.</summary>
    public required IReadOnlyList<BacktestRiskEvent> RiskEvents { get; init; }

    /// <summary>Orders still pending when the data ended (<see cref="BacktestResult.UnfilledOrders"/>); absent from files written before it existed.</summary>
    public IReadOnlyList<PendingOrder>? UnfilledOrders { get; init; }

    /// <summary>Positions left open at the end.</summary>
    public required IReadOnlyList<Position> OpenPositions { get; init; }

    /// <summary>Final equity.</summary>
    public required decimal FinalEquity { get; init; }

    /// <summary>Final cash.</summary>
    public required decimal FinalCash { get; init; }

    /// <summary>All fees paid.</summary>
    public required decimal TotalFees { get; init; }
}
