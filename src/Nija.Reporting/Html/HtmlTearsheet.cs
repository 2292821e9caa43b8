using Nija.Metrics;

namespace Nija.Reporting.Html;

/// <summary>
/// Renders a self-contained, single-file HTML tearsheet: key metrics, equity and underwater charts (a second record
/// overlaid when given), monthly returns heatmap, trade P&amp;L distribution, long/short split, regime breakdown,
/// the metric conventions and, for a comparison, the side-by-side table with verdicts. Charts are inline SVG; the page
/// loads nothing from the network. Numbers are culture-invariant ("1,234.56", docs/tearsheet.md). Stateless and
/// thread-safe.
/// </summary>
public static class HtmlTearsheet
{
    /// <summary>Renders the tearsheet.</summary>
    /// <param name="input">What to render.</param>
    /// <returns>The complete HTML document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> or one of its required members is null.</exception>
    /// <exception cref="ArgumentException">The title is empty or whitespace.</exception>
    public static string Render(TearsheetInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(input.Primary, nameof(input));
        ArgumentException.ThrowIfNullOrWhiteSpace(input.Title, nameof(input));
        return TearsheetPage.Build(input);
    }

    /// <summary>Renders the tearsheet and writes it as UTF-8 (without a byte order mark), creating the folder if needed.</summary>
    /// <param name="input">What to render.</param>
    /// <param name="path">The file to write (replaced if it exists).</param>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException">The title or <paramref name="path"/> is empty or whitespace.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteFile(TearsheetInput input, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var html = Render(input);
        // Replaced whole when complete (an earlier tearsheet stays if writing fails).
        AtomicFile.WriteText(path, html);
    }
}
