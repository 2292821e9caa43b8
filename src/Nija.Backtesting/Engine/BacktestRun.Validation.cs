using Nija.Backtesting.Orders;

namespace Nija.Backtesting.Engine;

/// <summary>Checking an order before it is accepted (the rest of the run is in BacktestRun.cs).</summary>
internal sealed partial class BacktestRun
{
    /// <summary>Throws for an order the engines cannot take (both use it). Inlined: the common order needs one combined test.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static void Validate(in OrderRequest r)
    {
        // A market order for the whole position or all-in, without protective prices (what a signal strategy sends on every
        // crossover), passes every check below: only other orders pay for the call.
        if (!((uint)r.Side <= (uint)OrderSide.Sell && r.Type == OrderType.Market && r.Quantity is null && r.StopLoss is null && r.TakeProfit is null))
        {
            ValidateInDetail(in r);
        }
    }

    private static void ValidateInDetail(in OrderRequest r)
    {
        // OrderSide is Buy = 0, Sell = 1: one unsigned comparison instead of Enum.IsDefined on every order.
        if ((uint)r.Side > (uint)OrderSide.Sell)
        {
            throw new ArgumentOutOfRangeException(nameof(r), r.Side, "Order side must be Buy or Sell.");
        }

        if (r.Quantity is { } q && q <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(r), q, "Order quantity must be greater than zero (or null for all-in / whole position).");
        }

        switch (r.Type)
        {
            case OrderType.Market:
                break;
            case OrderType.Limit:
                CheckPrice(r.LimitPrice, "LimitPrice", required: true);
                break;
            case OrderType.Stop:
                CheckPrice(r.StopPrice, "StopPrice", required: true);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(r), r.Type, "Order type must be Market, Limit or Stop.");
        }

        CheckPrice(r.StopLoss, "StopLoss", required: false);
        CheckPrice(r.TakeProfit, "TakeProfit", required: false);
    }

    private static void CheckPrice(double? price, string name, bool required)
    {
        if (price is null)
        {
            if (required)
            {
                throw new ArgumentException($"{name} is required for this order type.", name);
            }

            return;
        }

        if (!double.IsFinite(price.Value) || price.Value <= 0d)
        {
            throw new ArgumentOutOfRangeException(name, price.Value, $"{name} must be a finite price greater than zero.");
        }

        if (!Execution.MoneyPrice.IsBookable(price.Value))
        {
            throw new ArgumentOutOfRangeException(name, price.Value, $"{name} must be a price a decimal can book, {Execution.MoneyPrice.Range}.");
        }
    }
}
