using System.Numerics;

namespace Nija.Metrics;

/// <summary>
/// Sign tests on a decimal's bits, inlined where a comparison with zero is a call into the runtime's decimal code (the
/// ledger makes several per fill). Same answers as the comparisons, negative zero included (it is neither above nor
/// below zero).
/// </summary>
internal static class DecimalSign
{
    /// <summary><paramref name="value"/> == 0 (any scale, either sign).</summary>
    public static bool IsZero(decimal value) => IsZeroCore(value);

    /// <summary><paramref name="value"/> &gt; 0.</summary>
    public static bool IsAboveZero(decimal value) => !decimal.IsNegative(value) && !IsZeroCore(value);

    /// <summary><paramref name="value"/> &lt; 0.</summary>
    public static bool IsBelowZero(decimal value) => decimal.IsNegative(value) && !IsZeroCore(value);

    /// <summary>Zero with scale 0 and no sign, i.e. all four words zero: adding or subtracting it changes no decimal's bits.</summary>
    public static bool IsPlainZero(decimal value) => IsZeroCore(value) && value.Scale == 0 && !decimal.IsNegative(value);

    private static bool IsZeroCore<T>(T value)
        where T : INumberBase<T> => T.IsZero(value);
}
