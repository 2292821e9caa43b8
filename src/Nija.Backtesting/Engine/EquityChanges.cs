namespace Nija.Backtesting.Engine;

/// <summary>
/// A run's cash and position after each bar on which they changed, from which its equity curve is computed when first read
/// (<see cref="Nija.Metrics.EquityCurve.Deferred(Nija.Metrics.EquityTimeline, Action{Span{double}})"/>): the equity at a
/// bar's close is cash + quantity × close, with the cash and quantity the bar ended with, so the curve needs only the bars on
/// which a fill changed them. A million-bar run then writes 38,733 change points instead of a million values; every page
/// of a run's storage is new memory the process faults in, so the 8 MB not written are run time.
/// </summary>
/// <remarks>
/// Storage grows in chunks of 1,024 points (24 KB, on the small-object heap, like <see cref="FillLog"/>'s); the first chunk
/// starts small and doubles up to that size, so a run with few fills stays small. Appending is single-threaded (the
/// run); <see cref="Compute"/> reads only after the run is over.
/// </remarks>
/// <param name="initialCash">The cash before the first fill, as the run's double (the equity of a bar before any fill).</param>
internal sealed class EquityChanges(double initialCash)
{
    private readonly ChunkedValues<Point> _points = new(10);
    private int _lastBar = -1;

    /// <summary>Records the cash and signed quantity bar <paramref name="bar"/> ends with, so far (a later fill on the same bar replaces them).</summary>
    /// <param name="bar">The bar index; not below the last one recorded.</param>
    /// <param name="cash">The cash, as the run's double.</param>
    /// <param name="quantity">The signed position, as the run's double (0 when flat).</param>
    public void Record(int bar, double cash, double quantity)
    {
        if (bar == _lastBar)
        {
            ref var last = ref _points[_points.Count - 1];
            last.Cash = cash;
            last.Quantity = quantity;
            return;
        }

        _points.Add(new Point { Bar = bar, Cash = cash, Quantity = quantity });
        _lastBar = bar;
    }

    /// <summary>
    /// Writes the equity at every bar's close: cash + quantity × close, with the cash and quantity of the last change at or
    /// before the bar (the same double expression, on the same doubles, as the run computes for its out-of-money check).
    /// </summary>
    /// <param name="bars">The run's bars.</param>
    /// <param name="values">One value per bar.</param>
    public void Compute(ReadOnlySpan<Bar> bars, Span<double> values)
    {
        var cash = initialCash;
        var quantity = 0d;
        var next = 0;
        var count = _points.Count;
        var nextBar = count > 0 ? _points[0].Bar : int.MaxValue;
        for (var i = 0; i < values.Length; i++)
        {
            if (i == nextBar)
            {
                ref readonly var p = ref _points[next];
                cash = p.Cash;
                quantity = p.Quantity;
                next++;
                nextBar = next < count ? _points[next].Bar : int.MaxValue;
            }

            values[i] = cash + (quantity * bars[i].Close);
        }
    }

    private struct Point
    {
        public double Cash;
        public double Quantity;
        public int Bar;
    }
}
