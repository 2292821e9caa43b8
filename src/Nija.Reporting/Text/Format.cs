using System.Globalization;

namespace Nija.Reporting.Text;

/// <summary>Culture-invariant formatting of report values: the same text on every machine (a de-DE machine prints "1,234.56" too).</summary>
public static class Format
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Money with thousands separators and two decimals: "-1,234.56".</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The text.</returns>
    public static string Money(decimal value) => value.ToString("#,##0.00", Invariant);

    /// <summary>Money given as a double.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The text, or "n/a" when not finite.</returns>
    public static string Money(double value) => double.IsFinite(value) ? value.ToString("#,##0.00", Invariant) : "n/a";

    /// <summary>A fraction as a percentage with two decimals: 0.1234 → "12.34%".</summary>
    /// <param name="fraction">The fraction.</param>
    /// <returns>The text; "∞"/"-∞" for infinities and "n/a" for NaN.</returns>
    public static string Percent(double fraction) => Special(fraction) ?? (fraction * 100d).ToString("F2", Invariant) + "%";

    /// <summary>A value already in percent: 12.34 → "12.34%".</summary>
    /// <param name="percent">The percentage.</param>
    /// <returns>The text.</returns>
    public static string PercentValue(double percent) => Special(percent) ?? percent.ToString("F2", Invariant) + "%";

    /// <summary>A ratio with two decimals: "1.23", "∞", "n/a".</summary>
    /// <param name="value">The ratio.</param>
    /// <returns>The text.</returns>
    public static string Ratio(double value) => Special(value) ?? value.ToString("F2", Invariant);

    /// <summary>A whole number with thousands separators.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string Count(long value) => value.ToString("#,##0", Invariant);

    /// <summary>A duration as "3d 04:05" or "04:05:06".</summary>
    /// <param name="value">The duration.</param>
    /// <returns>The text.</returns>
    public static string Duration(TimeSpan value) => value.Days > 0
        ? string.Create(Invariant, $"{value.Days}d {value.Hours:00}:{value.Minutes:00}")
        : string.Create(Invariant, $"{value.Hours:00}:{value.Minutes:00}:{value.Seconds:00}");

    /// <summary>A date as yyyy-MM-dd, or "-" when null.</summary>
    /// <param name="value">The instant.</param>
    /// <returns>The text.</returns>
    public static string Date(DateTimeOffset? value) => value is { } v ? v.ToString("yyyy-MM-dd", Invariant) : "-";

    /// <summary>An instant as yyyy-MM-dd HH:mm (UTC offset kept as given).</summary>
    /// <param name="value">The instant.</param>
    /// <returns>The text.</returns>
    public static string DateTime(DateTimeOffset value) => value.ToString("yyyy-MM-dd HH:mm", Invariant);

    private static string? Special(double value) =>
        double.IsNaN(value) ? "n/a" : double.IsPositiveInfinity(value) ? "∞" : double.IsNegativeInfinity(value) ? "-∞" : null;
}
