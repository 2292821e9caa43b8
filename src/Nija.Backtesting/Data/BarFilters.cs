namespace Nija.Backtesting.Data;

/// <summary>Selections of bars, such as the command line's <c>--days N</c>.</summary>
public static class BarFilters
{
    /// <summary>
    /// Keeps the bars within the last <paramref name="days"/> calendar days of the data: those whose timestamp is
    /// strictly after <c>last.Timestamp - days * 24h</c>, where <c>last</c> is the final bar. The window is
    /// half-open, <c>(last - N days, last]</c>, so with daily bars <c>days = 1</c> keeps one bar and <c>days = 5</c>
    /// keeps the bars of the five calendar days ending on the last bar's day.
    /// </summary>
    /// <param name="bars">Bars in strictly increasing timestamp order.</param>
    /// <param name="days">The number of calendar days; at least 1.</param>
    /// <returns>A new array with the selected bars (empty when <paramref name="bars"/> is empty).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is less than 1.</exception>
    public static Bar[] LastDays(ReadOnlySpan<Bar> bars, int days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        return bars[FirstIndexWithinLastDays(bars, days)..].ToArray();
    }

    /// <summary>
    /// Keeps the bars of a series within its last <paramref name="days"/> calendar days; see
    /// <see cref="LastDays(ReadOnlySpan{Bar}, int)"/> for the window.
    /// </summary>
    /// <param name="series">The series.</param>
    /// <param name="days">The number of calendar days; at least 1.</param>
    /// <returns>A new series with the same symbol and the selected bars.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is less than 1.</exception>
    public static BarSeries LastDays(BarSeries series, int days)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        return BarSeries.FromValidated(series.Symbol, LastDays(series.AsSpan(), days));
    }

    /// <summary>
    /// Keeps the bars strictly after <paramref name="cutoff"/>: for several series that must share one window (a
    /// portfolio's last N days end at its latest bar, not at each symbol's own).
    /// </summary>
    /// <param name="bars">Bars in strictly increasing timestamp order.</param>
    /// <param name="cutoff">The instant the window starts after.</param>
    /// <returns>A new array with the selected bars (empty when none is after the cutoff).</returns>
    public static Bar[] After(ReadOnlySpan<Bar> bars, DateTimeOffset cutoff) => bars[FirstIndexAfter(bars, cutoff)..].ToArray();

    private static int FirstIndexWithinLastDays(ReadOnlySpan<Bar> bars, int days)
    {
        if (bars.IsEmpty)
        {
            return 0;
        }

        var last = bars[^1].Timestamp;
        var span = TimeSpan.FromDays(days);
        if (last - DateTimeOffset.MinValue <= span)
        {
            return 0;
        }

        return FirstIndexAfter(bars, last - span);
    }

    private static int FirstIndexAfter(ReadOnlySpan<Bar> bars, DateTimeOffset cutoff)
    {
        if (bars.IsEmpty || bars[^1].Timestamp <= cutoff)
        {
            return bars.Length;
        }

        // Binary search for the first bar strictly after the cutoff.
        int lo = 0, hi = bars.Length - 1;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (bars[mid].Timestamp > cutoff)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }
}
