using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Nija.Metrics;

/// <summary>
/// The ledger's argument exceptions, thrown out of line: a formatted message needs a string-builder local that the JIT
/// zero-initialised in the (large) stack frames of the fill methods on every call, throw or not, and throw paths keep
/// small checks from being inlined.
/// </summary>
internal static class LedgerErrors
{
    /// <summary>Throws for the first of price, quantity and fee that is out of range.</summary>
    [DoesNotReturn]
    public static void ThrowInvalidFill(decimal price, decimal quantity, decimal fee)
    {
        if (price <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(price), price, "Price must be greater than zero.");
        }

        if (quantity <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "Quantity must be greater than zero.");
        }

        throw new ArgumentOutOfRangeException(nameof(fee), fee, "Fee must be zero or positive.");
    }

    [DoesNotReturn]
    public static void ThrowSideMismatch(string symbol, TradeSide side, TradeSide openSide, decimal openQuantity) =>
        throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"Cannot open {side} in '{symbol}': a {openSide} position of {openQuantity} is open; exit it first."),
            nameof(side));

    [DoesNotReturn]
    public static void ThrowNoOpenPosition(string symbol) =>
        throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Cannot exit '{symbol}': there is no open position in it."), nameof(symbol));

    [DoesNotReturn]
    public static void ThrowExitQuantityTooLarge(string symbol, decimal quantity, decimal openQuantity) =>
        throw new ArgumentOutOfRangeException(
            nameof(quantity),
            quantity,
            string.Create(CultureInfo.InvariantCulture, $"Exit quantity {quantity} is larger than the open quantity {openQuantity} in '{symbol}'."));

    [DoesNotReturn]
    public static void ThrowExitBeforeOpen(string symbol, DateTimeOffset time, DateTimeOffset openedAt) =>
        throw new ArgumentOutOfRangeException(
            nameof(time),
            time,
            string.Create(CultureInfo.InvariantCulture, $"Exit time {time:O} is before the position in '{symbol}' opened at {openedAt:O}."));

    [DoesNotReturn]
    public static void ThrowHighBelowLow(double high, double low) =>
        throw new ArgumentOutOfRangeException(nameof(high), high, string.Create(CultureInfo.InvariantCulture, $"High {high} is below low {low}."));
}
