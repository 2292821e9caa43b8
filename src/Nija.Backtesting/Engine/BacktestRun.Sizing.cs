using System.Globalization;

namespace Nija.Backtesting.Engine;

/// <summary>How much an entry may buy: all-in sizing and the cash check of explicit quantities (the rest of the run is in BacktestRun.cs).</summary>
internal sealed partial class BacktestRun
{
    /// <summary>The cash not tied up by the open position at <paramref name="price"/> (margin 1): the cash when flat or long; for a short, less twice its value.</summary>
    private decimal AvailableCash(decimal price) =>
        _isOpen ? _ledger.Cash + (_position * price) - (Math.Abs(_position) * price) : _ledger.Cash;

    /// <summary>
    /// The cash check of an entry with an explicit quantity (both engines): null when <paramref name="size"/> at
    /// <paramref name="price"/> plus <paramref name="fee"/> fits in <paramref name="available"/>, else why not, with the numbers.
    /// </summary>
    internal static string? CashShortfall(decimal size, decimal price, decimal fee, decimal available)
    {
        var cost = (size * price) + fee;
        return cost <= available
            ? null
            : string.Create(
                CultureInfo.InvariantCulture,
                $"insufficient cash: {size} × {price} + commission {fee} = {cost}, but {available} is available (set AllowLeverage to borrow)");
    }

    private decimal AllInQuantity(decimal price, double priceAsDouble)
    {
        // Margin 1: the cash not tied up by the open position. Equals Cash when flat or long.
        var available = AvailableCash(price);
        if (available <= 0m)
        {
            return 0m;
        }

        if (_noCommission)
        {
            // The general path below with every commission term zero (same estimate, same exact checks).
            // Flat, available is the ledger's cash, whose double SyncPosition keeps in _cash after every fill.
            var availableAsDouble = _isOpen ? (double)available : _cash;
            // Dividing by a lot of exactly 1 changes no bit: skipped.
            var guess = _lotIsPlainOne ? availableAsDouble / priceAsDouble : (availableAsDouble / priceAsDouble) / _lotAsDouble;
            var whole = guess >= 1d ? Math.Floor(guess) : 0d;
            var units = whole >= 1d ? InLots(WholeLots(whole)) : 0m;
            // The exact checks below decide whether `units` lots fit and one more does not. In double, each of these values is
            // within ~1e-15 of the exact one (relative), so when both answers hold with a 1e-9 margin they are the exact
            // answers too and the decimal multiplications can be skipped; inside the margin the exact checks decide.
            var lotValue = priceAsDouble * _lotAsDouble;
            if (whole * lotValue <= availableAsDouble * (1d - AllInMargin) && (whole + 1d) * lotValue > availableAsDouble * (1d + AllInMargin))
            {
                return units;
            }

            return InLots(AllInSizing.LargestAffordableLots(whole >= 1d ? WholeLots(whole) : 0m, price, _lot, _lotIsPlainOne, _commission, available));
        }

        // The built-in commission models are affine in quantity (fixed + per unit + bps): solve that, then search exactly
        // from the estimate (a custom model need not be affine, only not cheaper for more).
        var fixedPart = _commission.Calculate(price, 0m);
        var perUnit = _commission.Calculate(price, 1m) - fixedPart;
        // Estimate in double (decimal division is slow), then correct with exact decimal checks.
        var estimate = ((double)(available - fixedPart) / (double)(price + perUnit)) / _lotAsDouble;
        return InLots(AllInSizing.LargestAffordableLots(estimate >= 1d ? WholeLots(estimate) : 0m, price, _lot, _lotIsPlainOne, _commission, available));
    }

    /// <summary><paramref name="lots"/> × the lot size; the same decimal without the multiplication for a plain lot of 1.</summary>
    private decimal InLots(decimal lots) => _lotIsPlainOne ? lots : lots * _lot;

    /// <summary>floor(<paramref name="estimate"/>) as a decimal with scale 0 (≥ 1): the same value and bits as <c>Math.Floor((decimal)Math.Floor(estimate))</c>.</summary>
    private static decimal WholeLots(double estimate)
    {
        var whole = Math.Floor(estimate);
        // Below 2^53 a double holds every whole number exactly and converts to long without loss; the decimal of a long has
        // scale 0, as the decimal conversion of a whole double below 1e15 does. Larger estimates take the general path.
        return whole < 1e15 ? (decimal)(long)whole : Math.Floor((decimal)whole);
    }
}
