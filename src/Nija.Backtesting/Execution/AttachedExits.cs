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
    public static readonly AttachedExits None = new() { StopLoss = double.NaN, TakeProfit = double.NaN, EntryBar = -1 };

    /// <summary>The stop-loss price, or NaN.</summary>
    public double StopLoss;

    /// <summary>The take-profit price, or NaN.</summary>
    public double TakeProfit;

    /// <summary>The bar index of the last entry that set or kept these exits (its bar sees only the part after the entry).</summary>
    public int EntryBar;

    /// <summary>That entry's price before slippage: where the position first sees its entry bar.</summary>
    public double EntryStart;

    /// <summary>That entry was a limit order (inside its bar, the favourable extreme may have come before it).</summary>
    public bool EntryWasLimit;

    /// <summary>True when a stop-loss or a take-profit is set.</summary>
    public readonly bool IsSet => !double.IsNaN(StopLoss) || !double.IsNaN(TakeProfit);

    /// <summary>
    /// After an entry fill: a new position (<paramref name="wasFlat"/>) starts without attached exits; the order's own
    /// stop-loss and take-profit, when given, replace the current ones (an order adding to a position may move them).
    /// </summary>
    /// <param name="wasFlat">True when the fill opened the position.</param>
    /// <param name="request">The entry order.</param>
    /// <param name="barIndex">The bar the entry filled on.</param>
    /// <param name="modelPrice">The entry's fill price before slippage.</param>
    public void OnEntry(bool wasFlat, in OrderRequest request, int barIndex, double modelPrice)
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

        EntryBar = barIndex;
        EntryStart = modelPrice;
        EntryWasLimit = request.Type == OrderType.Limit;
    }

    /// <summary>
    /// <see cref="TryHit(in Bar, bool, double, bool, out double, out bool)"/> for bar <paramref name="barIndex"/>: on the
    /// entry's own bar the position starts at the entry's price, and a limit entry filled inside the bar (not at the open)
    /// takes no take-profit there; on later bars it starts at the open.
    /// </summary>
    /// <param name="bar">The bar.</param>
    /// <param name="barIndex">Its index.</param>
    /// <param name="isLong">The open position's side.</param>
    /// <param name="price">The fill price before slippage.</param>
    /// <param name="isStopLoss">True for the stop-loss, false for the take-profit.</param>
    /// <returns>True when one of them fills on this bar.</returns>
    public readonly bool TryHit(in Bar bar, int barIndex, bool isLong, out double price, out bool isStopLoss)
    {
        if (barIndex != EntryBar)
        {
            return TryHit(in bar, isLong, bar.Open, takeProfitAllowed: true, out price, out isStopLoss);
        }

        return TryHit(in bar, isLong, EntryStart, takeProfitAllowed: !EntryWasLimit || EntryStart == bar.Open, out price, out isStopLoss);
    }

    /// <summary>
    /// Whether <paramref name="bar"/> reaches the stop-loss or the take-profit, for a position that first sees the bar at
    /// <paramref name="start"/>: the open for a position held before the bar, the entry's price for one opened on it.
    /// A start already beyond a level fills at the start (a gap: worse than the stop, better than the target; the stop
    /// checked first). Otherwise a level the bar's range reaches fills at its price, the stop-loss first when both are
    /// inside the bar (the pessimistic assumption, as documented).
    /// </summary>
    /// <param name="bar">The bar.</param>
    /// <param name="isLong">The open position's side.</param>
    /// <param name="start">The first price the position sees on this bar.</param>
    /// <param name="takeProfitAllowed">
    /// False on the bar of an entry filled inside the bar by a limit order: its favourable extreme may have come before
    /// the entry, so the take-profit waits for the next bar (the pessimistic assumption again).
    /// </param>
    /// <param name="price">The fill price before slippage (slippage applies to a stop-loss, not to a take-profit).</param>
    /// <param name="isStopLoss">True for the stop-loss, false for the take-profit.</param>
    /// <returns>True when one of them fills on this bar.</returns>
    public readonly bool TryHit(in Bar bar, bool isLong, double start, bool takeProfitAllowed, out double price, out bool isStopLoss)
    {
        var stopLoss = StopLoss;
        var hasStopLoss = !double.IsNaN(stopLoss);
        var takeProfit = takeProfitAllowed ? TakeProfit : double.NaN;
        var hasTakeProfit = !double.IsNaN(takeProfit);
        if (hasStopLoss && (isLong ? start <= stopLoss : start >= stopLoss))
        {
            price = start;
            isStopLoss = true;
            return true;
        }

        if (hasTakeProfit && (isLong ? start >= takeProfit : start <= takeProfit))
        {
            price = start;
            isStopLoss = false;
            return true;
        }

        if (hasStopLoss && (isLong ? bar.Low <= stopLoss : bar.High >= stopLoss))
        {
            price = stopLoss;
            isStopLoss = true;
            return true;
        }

        if (hasTakeProfit && (isLong ? bar.High >= takeProfit : bar.Low <= takeProfit))
        {
            price = takeProfit;
            isStopLoss = false;
            return true;
        }

        price = 0d;
        isStopLoss = false;
        return false;
    }
}
