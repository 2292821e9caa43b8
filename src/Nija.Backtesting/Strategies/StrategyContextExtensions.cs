using Nija.Backtesting.Orders;

namespace Nija.Backtesting.Strategies;

/// <summary>Order and sizing shortcuts on <see cref="IStrategyContext"/>.</summary>
public static class StrategyContextExtensions
{
    /// <summary>Market entry long (closing a short first). Null quantity = all-in.</summary>
    /// <param name="context">The context.</param>
    /// <param name="quantity">Units, or null for all-in.</param>
    /// <param name="stopLoss">Optional protective stop price (also the trade's planned stop).</param>
    /// <param name="takeProfit">Optional take-profit price.</param>
    /// <param name="tag">Optional tag kept on the trade.</param>
    /// <returns>The order id.</returns>
    public static long Buy(this IStrategyContext context, decimal? quantity = null, double? stopLoss = null, double? takeProfit = null, string? tag = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Submit(new OrderRequest { Side = OrderSide.Buy, Quantity = quantity, StopLoss = stopLoss, TakeProfit = takeProfit, Tag = tag });
    }

    /// <summary>Market entry short (closing a long first). Null quantity = all-in.</summary>
    /// <param name="context">The context.</param>
    /// <param name="quantity">Units, or null for all-in.</param>
    /// <param name="stopLoss">Optional protective stop price (also the trade's planned stop).</param>
    /// <param name="takeProfit">Optional take-profit price.</param>
    /// <param name="tag">Optional tag kept on the trade.</param>
    /// <returns>The order id.</returns>
    public static long Sell(this IStrategyContext context, decimal? quantity = null, double? stopLoss = null, double? takeProfit = null, string? tag = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Submit(new OrderRequest { Side = OrderSide.Sell, Quantity = quantity, StopLoss = stopLoss, TakeProfit = takeProfit, Tag = tag });
    }

    /// <summary>Limit entry on <paramref name="side"/> at <paramref name="limitPrice"/>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="side">Buy (long) or sell (short).</param>
    /// <param name="limitPrice">The limit price.</param>
    /// <param name="quantity">Units, or null for all-in.</param>
    /// <param name="stopLoss">Optional protective stop price.</param>
    /// <param name="takeProfit">Optional take-profit price.</param>
    /// <returns>The order id.</returns>
    public static long Limit(this IStrategyContext context, OrderSide side, double limitPrice, decimal? quantity = null, double? stopLoss = null, double? takeProfit = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Submit(new OrderRequest { Side = side, Type = OrderType.Limit, LimitPrice = limitPrice, Quantity = quantity, StopLoss = stopLoss, TakeProfit = takeProfit });
    }

    /// <summary>Stop entry on <paramref name="side"/> triggered at <paramref name="stopPrice"/>.</summary>
    /// <param name="context">The context.</param>
    /// <param name="side">Buy (long) or sell (short).</param>
    /// <param name="stopPrice">The trigger price.</param>
    /// <param name="quantity">Units, or null for all-in.</param>
    /// <param name="stopLoss">Optional protective stop price.</param>
    /// <param name="takeProfit">Optional take-profit price.</param>
    /// <returns>The order id.</returns>
    public static long StopEntry(this IStrategyContext context, OrderSide side, double stopPrice, decimal? quantity = null, double? stopLoss = null, double? takeProfit = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Submit(new OrderRequest { Side = side, Type = OrderType.Stop, StopPrice = stopPrice, Quantity = quantity, StopLoss = stopLoss, TakeProfit = takeProfit });
    }

    /// <summary>Market exit of the whole position (or <paramref name="quantity"/> of it), with an exit reason. No-op when flat.</summary>
    /// <param name="context">The context.</param>
    /// <param name="reason">The exit reason kept on the trade (default <see cref="ExitReasons.Signal"/>).</param>
    /// <param name="quantity">Units to close, or null for all.</param>
    /// <returns>The order id, or 0 when flat.</returns>
    public static long ClosePosition(this IStrategyContext context, string? reason = ExitReasons.Signal, decimal? quantity = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var position = context.Position;
        if (position == 0m)
        {
            return 0;
        }

        return context.Submit(new OrderRequest
        {
            // Not zero here, so its sign bit alone says long or short (one bit test instead of a decimal comparison).
            Side = decimal.IsNegative(position) ? OrderSide.Buy : OrderSide.Sell,
            Intent = OrderIntent.Exit,
            Quantity = quantity,
            Tag = reason,
        });
    }

    /// <summary>Quantity worth <paramref name="percent"/> of equity at <paramref name="price"/>, rounded down to the lot size.</summary>
    /// <param name="context">The context.</param>
    /// <param name="percent">Percent of equity, in (0, 100].</param>
    /// <param name="price">The expected fill price (e.g. the current close).</param>
    /// <returns>The quantity; zero when the equity is zero or below or pays for less than one lot (an order for zero throws, so check it first).</returns>
    public static decimal SizePercentOfEquity(this IStrategyContext context, decimal percent, double price)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (percent <= 0m || percent > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "Percent of equity must be in (0, 100].");
        }

        CheckPrice(price, nameof(price));
        return context.RoundToLot(context.Equity * percent / 100m / (decimal)price);
    }

    /// <summary>
    /// Quantity that loses <paramref name="riskFraction"/> of equity if the price moves <paramref name="stopDistance"/>
    /// against the position: equity × fraction / distance, rounded down to the lot size.
    /// </summary>
    /// <param name="context">The context.</param>
    /// <param name="riskFraction">Fraction of equity at risk, in (0, 1] (0.01 = 1 %).</param>
    /// <param name="stopDistance">Distance from entry to stop in price units, positive.</param>
    /// <returns>The quantity; zero when the equity is zero or below or the risk pays for less than one lot (an order for zero throws, so check it first).</returns>
    public static decimal SizeByRisk(this IStrategyContext context, decimal riskFraction, double stopDistance)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (riskFraction <= 0m || riskFraction > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(riskFraction), riskFraction, "The risk fraction must be in (0, 1].");
        }

        CheckPrice(stopDistance, nameof(stopDistance));
        return context.RoundToLot(context.Equity * riskFraction / (decimal)stopDistance);
    }

    private static void CheckPrice(double value, string name)
    {
        if (!double.IsFinite(value) || value <= 0d)
        {
            throw new ArgumentOutOfRangeException(name, value, "Must be a finite number greater than zero.");
        }
    }
}
