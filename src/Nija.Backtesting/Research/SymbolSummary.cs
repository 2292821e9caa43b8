using Nija.Backtesting.Orders;
using Nija.Metrics;

namespace Nija.Backtesting.Research;

/// <summary>One symbol's part of a portfolio backtest. Immutable.</summary>
public sealed record SymbolSummary
{
    /// <summary>The symbol.</summary>
    public required string Symbol { get; init; }

    /// <summary>Its closed trades, in closing order.</summary>
    public required IReadOnlyList<ClosedTrade> Trades { get; init; }

    /// <summary>Its fills (bar indices are positions in this symbol's own bar series).</summary>
    public required IReadOnlyList<FillRecord> Fills { get; init; }

    /// <summary>Its orders that were not filled, with the reason.</summary>
    public required IReadOnlyList<RejectedOrder> RejectedOrders { get; init; }

    /// <summary>The symbol's orders still pending when the data ended (see <see cref="Engine.BacktestResult.UnfilledOrders"/>).</summary>
    public IReadOnlyList<PendingOrder> UnfilledOrders { get; init; } = [];

    /// <summary>Sum of the trades' net P&amp;L.</summary>
    public required decimal NetPnl { get; init; }

    /// <summary>Fraction of trades with a positive net P&amp;L; NaN without trades.</summary>
    public required double WinRate { get; init; }

    /// <summary>Gross profit / gross loss; +∞ without losses; NaN without trades.</summary>
    public required double ProfitFactor { get; init; }

    /// <summary>Mean net P&amp;L per trade; 0 without trades.</summary>
    public required decimal Expectancy { get; init; }
}
