using System.Globalization;

namespace Nija.Backtesting.Execution;

/// <summary>The prices the engines can book: a fill's price becomes a <see cref="decimal"/> in the ledger.</summary>
internal static class MoneyPrice
{
    /// <summary>The smallest price accepted: a decimal has 28 decimal places, so a smaller double would book as zero or lose its digits.</summary>
    public const double Min = 1e-27;

    /// <summary>The largest price accepted, just below <see cref="decimal.MaxValue"/> (≈ 7.92e28).</summary>
    public const double Max = 7.9e28;

    /// <summary>The range for messages: "from 1E-27 to 7.9E+28".</summary>
    public static readonly string Range = string.Create(CultureInfo.InvariantCulture, $"from {Min:R} to {Max:R}");

    /// <summary>True when <paramref name="price"/> is within [<see cref="Min"/>, <see cref="Max"/>] (false for NaN).</summary>
    public static bool IsBookable(double price) => price >= Min && price <= Max;
}
