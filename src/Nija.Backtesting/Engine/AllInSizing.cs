using Nija.Backtesting.Execution;

namespace Nija.Backtesting.Engine;

/// <summary>The exact end of all-in sizing, shared by both engines: the most whole lots a budget pays for, commission included.</summary>
internal static class AllInSizing
{
    /// <summary>
    /// The largest whole number of lots n, searched from <paramref name="guessLots"/>, for which n lots at
    /// <paramref name="price"/> plus their commission cost at most <paramref name="available"/>; 0 when not even one does.
    /// </summary>
    /// <remarks>
    /// The cost must not fall as the quantity grows (commission models charge more, or the same, for more). An affine
    /// model's estimate is at most a lot off, so the common case is one or two cost checks; a model that is not affine
    /// (tiered rates, say) can put the estimate thousands of lots off, which the search then halves down to the answer in
    /// a few dozen checks instead of walking lot by lot (and never stops at a quantity the budget cannot pay for).
    /// </remarks>
    /// <param name="guessLots">A whole number of lots, zero or more (the caller's estimate).</param>
    /// <param name="price">The fill price.</param>
    /// <param name="lot">The lot size.</param>
    /// <param name="lotIsPlainOne">The lot is exactly 1 with scale 0: n lots are the quantity n, without a multiplication.</param>
    /// <param name="commission">The commission model.</param>
    /// <param name="available">The budget.</param>
    /// <returns>The number of lots, a whole decimal with scale 0.</returns>
    public static decimal LargestAffordableLots(decimal guessLots, decimal price, decimal lot, bool lotIsPlainOne, ICommissionModel commission, decimal available)
    {
        // Invariant of the search below: lo lots fit (or lo is 0) and hi lots do not.
        decimal lo;
        decimal hi;
        if (guessLots > 0m && !Fits(guessLots))
        {
            if (guessLots > 1m && Fits(guessLots - 1m))
            {
                return guessLots - 1m;
            }

            lo = 0m;
            hi = guessLots - 1m;
        }
        else
        {
            if (!Fits(guessLots + 1m))
            {
                return guessLots;
            }

            // The estimate was low: double the step until a quantity does not fit.
            lo = guessLots + 1m;
            var step = 1m;
            hi = lo + step;
            while (Fits(hi))
            {
                lo = hi;
                step *= 2m;
                hi = lo + step;
            }
        }

        while (hi - lo > 1m)
        {
            var mid = decimal.Floor((lo + hi) / 2m);
            if (Fits(mid))
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;

        bool Fits(decimal lots)
        {
            var quantity = lotIsPlainOne ? lots : lots * lot;
            return (quantity * price) + commission.Calculate(price, quantity) <= available;
        }
    }
}
