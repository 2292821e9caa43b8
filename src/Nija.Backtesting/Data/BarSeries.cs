using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Nija.Metrics;

namespace Nija.Backtesting.Data;

/// <summary>
/// An immutable, time-ordered series of bars for one symbol.
/// </summary>
/// <remarks>
/// Every bar is valid (<see cref="Bar.IsValid"/>) and timestamps are strictly increasing; the constructor checks
/// both. Iterate with <see cref="AsSpan"/> on hot paths. Thread-safe (immutable).
/// </remarks>
public sealed class BarSeries
{
    private EquityTimeline? _utcTimeline;

    /// <summary>Initialises a series, copying and validating the bars.</summary>
    /// <param name="symbol">The instrument's symbol, for example <c>GOOG</c>; not empty.</param>
    /// <param name="bars">The bars, in strictly increasing timestamp order; may be empty.</param>
    /// <exception cref="ArgumentException">
    /// <paramref name="symbol"/> is empty, a bar is not valid, or the timestamps are not strictly increasing.
    /// </exception>
    public BarSeries(string symbol, ReadOnlySpan<Bar> bars)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        for (var i = 0; i < bars.Length; i++)
        {
            if (!bars[i].IsValid)
            {
                throw new ArgumentException($"Bar {i} is not valid (expected positive finite prices with Low <= Open, Close <= High and a non-negative volume): {bars[i]}.", nameof(bars));
            }

            if (i > 0 && bars[i].Timestamp <= bars[i - 1].Timestamp)
            {
                throw new ArgumentException($"Bar {i} at {bars[i].Timestamp:O} is not after bar {i - 1} at {bars[i - 1].Timestamp:O}; expected strictly increasing timestamps.", nameof(bars));
            }
        }

        Symbol = symbol;
        Bars = [.. bars];
    }

    private BarSeries(string symbol, Bar[] ownedBars)
    {
        Symbol = symbol;
        Bars = ImmutableCollectionsMarshal.AsImmutableArray(ownedBars);
    }

    /// <summary>Gets the instrument's symbol.</summary>
    public string Symbol { get; }

    /// <summary>Gets the bars, oldest first.</summary>
    public ImmutableArray<Bar> Bars { get; }

    /// <summary>Gets the number of bars.</summary>
    public int Count => Bars.Length;

    /// <summary>Gets the bar at <paramref name="index"/>.</summary>
    /// <param name="index">The 0-based position, oldest first.</param>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is outside the series.</exception>
    public ref readonly Bar this[int index] => ref Bars.ItemRef(index);

    /// <summary>Returns the bars as a span, oldest first.</summary>
    /// <returns>A read-only view of the bars.</returns>
    public ReadOnlySpan<Bar> AsSpan() => Bars.AsSpan();

    /// <summary>
    /// The bars' timestamps as a checked timeline, built on first use and shared by every run over this series: each run's
    /// equity curve points at it instead of copying (or checking) 8 bytes per bar (<see cref="EquityCurve(EquityTimeline)"/>).
    /// </summary>
    internal EquityTimeline UtcTimeline
    {
        get
        {
            var timeline = Volatile.Read(ref _utcTimeline);
            if (timeline is not null)
            {
                return timeline;
            }

            timeline = new EquityTimeline(TimelineOf(Bars.AsSpan()));
            // Two threads racing build equal timelines; the first published one is what everyone uses.
            return Interlocked.CompareExchange(ref _utcTimeline, timeline, null) ?? timeline;
        }
    }

    /// <summary>The timestamps of <paramref name="bars"/> as UTC ticks: a timeline that many runs' equity curves can share.</summary>
    internal static long[] TimelineOf(ReadOnlySpan<Bar> bars)
    {
        var timeline = GC.AllocateUninitializedArray<long>(bars.Length);
        for (var i = 0; i < bars.Length; i++)
        {
            timeline[i] = bars[i].Timestamp.UtcTicks;
        }

        return timeline;
    }

    /// <summary>Wraps an array the caller has already validated and will never touch again.</summary>
    internal static BarSeries FromValidated(string symbol, Bar[] ownedBars) => new(symbol, ownedBars);
}
