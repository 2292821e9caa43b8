using Nija.Backtesting.Orders;

namespace Nija.Backtesting.Execution;

/// <summary>
/// An open position's attached stop-loss and take-profit, and the rule for them against one bar: one implementation for
/// the single-symbol and the portfolio engine, so that both mean the same. A mutable value kept in a field of the engine
/// (no allocation, no indirection on the bar loop).
/// </summary>
internal struct AttachedExits
{
    /// <summary>No stop-loss and no take-profit.</summary>
    public static readonly AttachedExits None = new() { StopLoss = double.NaN, TakeProfit = double.NaN };

    /// <summary>The stop-loss price, or NaN.</summary>
    public double StopLoss;

    /// <summary>The take-profit price, or NaN.</summary>
    public double TakeProfit;

    /// <summary>True when a stop-loss or a take-profit is set.</summary>
    public readonly bool IsSet => !double.IsNaN(StopLoss) || !double.IsNaN(TakeProfit);

    /// <summary>
    /// After an entry fill: a new position (<paramref name="wasFlat"/>) starts without attached exits; the order's own
    /// stop-loss and take-profit, when given, replace the current ones (an order adding to a position may move them).
    /// </summary>
    /// <param name="wasFlat">True when the fill opened the position.</param>
    /// <param name="request">The entry order.</param>
    public void OnEntry(bool wasFlat, in OrderRequest request)
    {
        if (wasFlat)
        {
            this = None;
        }

        if (request.StopLoss is { } stopLoss)
        {
            StopLoss = stopLoss;
        }

        if (request.TakeProfit is { } takeProfit)
        {
            TakeProfit = takeProfit;
        }
    }

    /// <summary>
    /// Whether <paramref name="bar"/> reaches the stop-loss or the take-profit. When both are inside the bar the stop-loss is
    /// assumed first (the pessimistic assumption, as documented). A bar that gaps through the price fills at its open:
    /// worse than the stop, better than the target.
    /// </summary>
    /// <param name="bar">The bar.</param>
    /// <param name="isLong">The open position's side.</param>
    /// <param name="price">The fill price before slippage (slippage applies to a stop-loss, not to a take-profit).</param>
    /// <param name="isStopLoss">True for the stop-loss, false for the take-profit.</param>
    /// <returns>True when one of them fills on this bar.</returns>
    public readonly bool TryHit(in Bar bar, bool isLong, out double price, out bool isStopLoss)
    {
        var stopLoss = StopLoss;
        if (!double.IsNaN(stopLoss) && (isLong ? bar.Low <= stopLoss : bar.High >= stopLoss))
        {
            price = isLong ? Math.Min(bar.Open, stopLoss) : Math.Max(bar.Open, stopLoss);
            isStopLoss = true;
            return true;
        }

        var takeProfit = TakeProfit;
        if (!double.IsNaN(takeProfit) && (isLong ? bar.High >= takeProfit : bar.Low <= takeProfit))
        {
            price = isLong ? Math.Max(bar.Open, takeProfit) : Math.Min(bar.Open, takeProfit);
            isStopLoss = false;
            return true;
        }

        price = 0d;
        isStopLoss = false;
        return false;
    }
}
