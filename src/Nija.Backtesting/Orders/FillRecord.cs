namespace Nija.Backtesting.Orders;

/// <summary>One fill booked by the engine.</summary>
/// <param name="BarIndex">The bar on which it filled.</param>
/// <param name="Time">The bar's timestamp.</param>
/// <param name="OrderId">The order it filled (0 for attached stop-loss/take-profit and end-of-data exits).</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="Intent">Entry or exit.</param>
/// <param name="Quantity">Units filled.</param>
/// <param name="Price">Fill price after slippage.</param>
/// <param name="Fee">Commission charged.</param>
/// <param name="Reason">For exits: the exit reason (one of <see cref="ExitReasons"/>, or the strategy's tag). For entries: the tag, if any.</param>
public sealed record FillRecord(
    int BarIndex,
    DateTimeOffset Time,
    long OrderId,
    OrderSide Side,
    OrderIntent Intent,
    decimal Quantity,
    decimal Price,
    decimal Fee,
    string? Reason);
