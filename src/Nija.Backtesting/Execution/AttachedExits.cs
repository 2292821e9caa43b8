namespace Nija.Backtesting.Execution;

/// <summary>
/// The rule for an open position's attached stop-loss and take-profit against one bar, shared by the single-symbol and
/// the portfolio engine so that both mean the same.
/// </summary>
internal static class AttachedExits
{
    /// <summary>
    /// Whether <paramref name="bar"/> reaches the stop-loss or the take-profit (NaN: none). When both are inside the bar the
    /// stop-loss is assumed first (the pessimistic assumption, as documented). A bar that gaps through the price fills at
    /// its open: worse than the stop, better than the target.
    /// </summary>
    /// <param name="bar">The bar.</param>
    /// <param name="isLong">The open position's side.</param>
    /// <param name="stopLoss">The stop-loss price, or NaN.</param>
    /// <param name="takeProfit">The take-profit price, or NaN.</param>
    /// <param name="price">The fill price before slippage (slippage applies to a stop-loss, not to a take-profit).</param>
    /// <param name="isStopLoss">True for the stop-loss, false for the take-profit.</param>
    /// <returns>True when one of them fills on this bar.</returns>
    public static bool TryHit(in Bar bar, bool isLong, double stopLoss, double takeProfit, out double price, out bool isStopLoss)
    {
        if (!double.IsNaN(stopLoss) && (isLong ? bar.Low <= stopLoss : bar.High >= stopLoss))
        {
            price = isLong ? Math.Min(bar.Open, stopLoss) : Math.Max(bar.Open, stopLoss);
            isStopLoss = true;
            return true;
        }

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
