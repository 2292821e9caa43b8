using System.Runtime.CompilerServices;

namespace Nija.Metrics;

/// <summary>The one test on a decimal's bits the ledger needs beyond the comparison operators.</summary>
internal static class DecimalSign
{
    /// <summary>
    /// Zero with scale 0 and no sign, i.e. all four words zero: adding or subtracting it changes no decimal's bits, so the
    /// ledger may skip adding such a fee. (The comparison with the constant zero inlines to a test of the mantissa; scale
    /// and sign are reads of the flags word.)
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsPlainZero(decimal value) => value == 0m && value.Scale == 0 && !decimal.IsNegative(value);
}
