using System.Globalization;

namespace Nija.Cli.Commands;

/// <summary>Parsing helpers for option values that System.CommandLine leaves as strings.</summary>
internal static class OptionParsing
{
    /// <summary>Parses repeated "name=value" pairs (invariant numbers).</summary>
    public static Dictionary<string, double> Parameters(IEnumerable<string>? pairs)
    {
        var result = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in pairs ?? [])
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || eq == pair.Length - 1)
            {
                throw new UsageException($"--param '{pair}' must look like name=value, e.g. --param fast=10.");
            }

            var name = pair[..eq].Trim();
            var text = pair[(eq + 1)..].Trim();
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                throw new UsageException($"--param {name}: '{text}' is not a number (use a dot for decimals, e.g. 2.5).");
            }

            result[name] = value;
        }

        return result;
    }

    /// <summary>The output format: text, json or html.</summary>
    public static string FormatName(string? value)
    {
        var f = (value ?? "text").Trim().ToLowerInvariant();
        return f is "text" or "json" or "html" ? f : throw new UsageException($"--format '{value}' is not one of text, json, html.");
    }
}
