using System.Globalization;
using System.Runtime.InteropServices;

namespace Nija.Metrics;

/// <summary>
/// Timestamped equity points in time order (append-only). Equity is a measurement (<see cref="double"/>): the exact
/// money lives in the <see cref="Ledger"/>. Not thread-safe.
/// </summary>
public sealed class EquityCurve
{
    // The timestamps are _ticks[_tickOffset ..]. A curve over a shared timeline (see the constructor) reads them from an
    // array it does not own and never writes it; the first Add(timestamp, equity) gives it an array of its own.
    private long[] _ticks;
    private int _tickOffset;
    private readonly int _timelineLength;
    private bool _sharedTimeline;
    private double[] _values;

    // A deferred curve (see Deferred): what computes its points on first read, null once they are computed (or for a curve
    // built point by point). Readers check it first; the points are computed once, under a lock on this object.
    private DeferredPoints? _deferred;

    /// <summary>Creates an empty curve.</summary>
    /// <param name="capacity">Points to reserve room for (avoids re-allocation when the length is known).</param>
    public EquityCurve(int capacity = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        // Uninitialised: only the first Count elements are ever read, and Add writes each before it counts. A curve the
        // length of a backtest (16 MB for a million points) then costs no zeroing pass.
        _ticks = capacity == 0 ? [] : GC.AllocateUninitializedArray<long>(capacity);
        _values = capacity == 0 ? [] : GC.AllocateUninitializedArray<double>(capacity);
    }

    /// <summary>
    /// Creates an empty curve whose points will carry the timestamps of <paramref name="utcTimeline"/>, in order:
    /// <see cref="Add(double)"/> appends the value of the next one. The timestamps are shared, not copied, so many curves
    /// over the same bars (the trials of a parameter sweep) cost only their values; the caller must not change them.
    /// </summary>
    /// <param name="utcTimeline">UTC ticks in time order (checked here, once: adding a point then needs no check of it).</param>
    /// <exception cref="ArgumentException">The timeline goes backwards.</exception>
    public EquityCurve(ReadOnlyMemory<long> utcTimeline)
        : this(new EquityTimeline(utcTimeline))
    {
    }

    /// <summary>
    /// Creates an empty curve whose points will carry the timestamps of <paramref name="timeline"/>, in order, without
    /// checking them again (the timeline was checked when it was created): <see cref="Add(double)"/> appends the value of the
    /// next one.
    /// </summary>
    /// <param name="timeline">The shared timestamps.</param>
    public EquityCurve(EquityTimeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        _ticks = timeline.Array;
        _tickOffset = timeline.Offset;
        _timelineLength = timeline.Length;
        _sharedTimeline = true;
        _values = GC.AllocateUninitializedArray<double>(timeline.Length);
    }

    private EquityCurve(long[] ticks, int tickOffset, int timelineLength, bool sharedTimeline, int count, DeferredPoints deferred)
    {
        _ticks = ticks;
        _tickOffset = tickOffset;
        _timelineLength = timelineLength;
        _sharedTimeline = sharedTimeline;
        _values = [];
        Count = count;
        _deferred = deferred;
    }

    /// <summary>
    /// Creates a full curve over <paramref name="timeline"/> (one point per timestamp) whose values are computed when the
    /// curve is first read: a producer that knows every point's value at the end (a backtest) then pays for the values only
    /// when someone reads them. <paramref name="computeValues"/> is called once, with a span of
    /// <see cref="EquityTimeline.Length"/> values to fill; reads from several threads wait for that one call.
    /// </summary>
    /// <param name="timeline">The shared timestamps.</param>
    /// <param name="computeValues">Writes every value; each must be finite.</param>
    /// <returns>The curve. Reading it throws <see cref="InvalidOperationException"/> when a computed value is not finite
    /// (and whatever <paramref name="computeValues"/> throws); a later read tries again.</returns>
    public static EquityCurve Deferred(EquityTimeline timeline, Action<Span<double>> computeValues)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(computeValues);
        return new EquityCurve(timeline.Array, timeline.Offset, timeline.Length, sharedTimeline: true, timeline.Length, new DeferredPoints(computeValues, null));
    }

    /// <summary>
    /// Creates a curve of <paramref name="count"/> points whose timestamps and values are computed when the curve is first
    /// read (see <see cref="Deferred(EquityTimeline, Action{Span{double}})"/>). <paramref name="computePoints"/> is called
    /// once, with spans of <paramref name="count"/> UTC ticks and values to fill.
    /// </summary>
    /// <param name="count">The number of points; zero or more.</param>
    /// <param name="computePoints">Writes every point: UTC ticks in time order and finite values.</param>
    /// <returns>The curve. Reading it throws <see cref="InvalidOperationException"/> when the computed timestamps go
    /// backwards or a value is not finite (and whatever <paramref name="computePoints"/> throws); a later read tries again.</returns>
    public static EquityCurve Deferred(int count, Action<Span<long>, Span<double>> computePoints)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentNullException.ThrowIfNull(computePoints);
        return new EquityCurve([], 0, 0, sharedTimeline: false, count, new DeferredPoints(null, computePoints));
    }

    /// <summary>Number of points.</summary>
    public int Count { get; private set; }

    /// <summary>The point at <paramref name="index"/>.</summary>
    /// <param name="index">Zero-based index.</param>
    public EquityPoint this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(unchecked((uint)index), (uint)Count, nameof(index));
            EnsurePoints();
            return new EquityPoint(new DateTimeOffset(_ticks[_tickOffset + index], TimeSpan.Zero), _values[index]);
        }
    }

    /// <summary>The timestamps as UTC ticks, in order.</summary>
    public ReadOnlySpan<long> UtcTicks
    {
        get
        {
            EnsurePoints();
            return _ticks.AsSpan(_tickOffset, Count);
        }
    }

    /// <summary>The equity values, in order.</summary>
    public ReadOnlySpan<double> Values
    {
        get
        {
            EnsurePoints();
            return _values.AsSpan(0, Count);
        }
    }

    /// <summary>The first point's equity (NaN when empty).</summary>
    public double StartEquity => Count == 0 ? double.NaN : Values[0];

    /// <summary>The last point's equity (NaN when empty).</summary>
    public double EndEquity => Count == 0 ? double.NaN : Values[Count - 1];

    /// <summary>Appends a point.</summary>
    /// <param name="timestamp">Not earlier than the last point's timestamp.</param>
    /// <param name="equity">A finite number.</param>
    /// <exception cref="ArgumentException">The timestamp goes backwards or the equity is not finite.</exception>
    public void Add(DateTimeOffset timestamp, double equity)
    {
        EnsurePoints();
        var ticks = timestamp.UtcTicks;
        if (!double.IsFinite(equity))
        {
            throw new ArgumentOutOfRangeException(nameof(equity), equity, "Equity must be a finite number.");
        }

        if (_sharedTimeline)
        {
            OwnTimestamps();
        }

        if (Count > 0 && ticks < _ticks[Count - 1])
        {
            throw new ArgumentOutOfRangeException(
                nameof(timestamp),
                timestamp,
                string.Create(CultureInfo.InvariantCulture, $"Equity points must be in time order: {timestamp:O} is before the last point at {new DateTimeOffset(_ticks[Count - 1], TimeSpan.Zero):O}."));
        }

        if (Count == _ticks.Length)
        {
            var size = Math.Max(16, _ticks.Length * 2);
            Array.Resize(ref _ticks, size);
            Array.Resize(ref _values, size);
        }

        _ticks[Count] = ticks;
        _values[Count] = equity;
        Count++;
    }

    /// <summary>Appends the point of the next timestamp of the shared timeline (see <see cref="EquityCurve(ReadOnlyMemory{long})"/>).</summary>
    /// <param name="equity">A finite number.</param>
    /// <exception cref="ArgumentOutOfRangeException">The equity is not finite.</exception>
    /// <exception cref="InvalidOperationException">The curve has no shared timeline, or every timestamp of it has its point.</exception>
    public void Add(double equity)
    {
        // One combined test on the hot path (a backtest adds a point per bar); the reason is worked out only to throw.
        // The timeline's order was checked when the curve was created. A deferred curve never takes a point here (it is
        // full, or has no shared timeline), so its points need not be computed first.
        var count = Count;
        if (!_sharedTimeline || count == _timelineLength || !double.IsFinite(equity))
        {
            ThrowCannotAdd(equity);
        }

        _values[count] = equity;
        Count = count + 1;
    }

    private void ThrowCannotAdd(double equity)
    {
        if (!_sharedTimeline || Count == _timelineLength)
        {
            throw new InvalidOperationException(_sharedTimeline
                ? string.Create(CultureInfo.InvariantCulture, $"Every one of the timeline's {_timelineLength} timestamps has its point: use Add(timestamp, equity) to go beyond it.")
                : "This curve has no shared timeline: use Add(timestamp, equity).");
        }

        throw new ArgumentOutOfRangeException(nameof(equity), equity, "Equity must be a finite number.");
    }

    /// <summary>Creates a curve from points (which must be in time order).</summary>
    /// <param name="points">The points.</param>
    /// <returns>The curve.</returns>
    public static EquityCurve From(IEnumerable<EquityPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var curve = new EquityCurve(points is ICollection<EquityPoint> c ? c.Count : 0);
        foreach (var p in points)
        {
            curve.Add(p.Timestamp, p.Equity);
        }

        return curve;
    }

    /// <summary>All points as a list (allocates).</summary>
    /// <returns>The points.</returns>
    public IReadOnlyList<EquityPoint> ToList()
    {
        var list = new List<EquityPoint>(Count);
        for (var i = 0; i < Count; i++)
        {
            list.Add(this[i]);
        }

        return list;
    }

    /// <summary>
    /// One point per calendar day in <paramref name="timeZone"/>: the last point of each day, with that point's timestamp.
    /// Days without points are absent (no forward fill).
    /// </summary>
    /// <param name="timeZone">The time zone whose calendar days are used (UTC when null).</param>
    /// <returns>The daily curve.</returns>
    public EquityCurve ResampleDaily(TimeZoneInfo? timeZone = null)
    {
        var daily = new EquityCurve();
        if (Count == 0)
        {
            return daily;
        }

        var ticks = UtcTicks;
        var values = Values;
        var boundary = NextDayStart(ticks[0], timeZone);
        for (var i = 1; i < ticks.Length; i++)
        {
            if (ticks[i] >= boundary)
            {
                daily.Add(new DateTimeOffset(ticks[i - 1], TimeSpan.Zero), values[i - 1]);
                boundary = NextDayStart(ticks[i], timeZone);
            }
        }

        daily.Add(new DateTimeOffset(ticks[^1], TimeSpan.Zero), values[^1]);
        return daily;
    }

    /// <summary>Simple returns between consecutive points: r[i] = v[i+1] / v[i] − 1 (length Count − 1).</summary>
    /// <returns>The returns; empty for fewer than two points.</returns>
    public double[] Returns()
    {
        if (Count < 2)
        {
            return [];
        }

        var values = Values;
        var returns = new double[values.Length - 1];
        for (var i = 1; i < values.Length; i++)
        {
            returns[i - 1] = (values[i] / values[i - 1]) - 1d;
        }

        return returns;
    }

    /// <summary>
    /// Daily simple returns: each day's last equity over the previous day's last equity, minus one; the first day is
    /// measured from the curve's first point (the starting equity), so a curve that starts with the initial balance
    /// gives the first day's full return.
    /// </summary>
    /// <param name="timeZone">The time zone whose calendar days are used (UTC when null).</param>
    /// <returns>One return per calendar day that has points.</returns>
    public double[] DailyReturns(TimeZoneInfo? timeZone = null)
    {
        if (Count == 0)
        {
            return [];
        }

        var daily = ResampleDaily(timeZone);
        var values = daily.Values;
        var returns = new double[values.Length];
        var previous = StartEquity;
        for (var i = 0; i < values.Length; i++)
        {
            returns[i] = (values[i] / previous) - 1d;
            previous = values[i];
        }

        return returns;
    }

    /// <summary>Copies the shared timeline's timestamps so far into an array of this curve's own, before its first write.</summary>
    private void OwnTimestamps()
    {
        var own = new long[Math.Max(16, _values.Length)];
        _ticks.AsSpan(_tickOffset, Count).CopyTo(own);
        _ticks = own;
        _tickOffset = 0;
        _sharedTimeline = false;
        if (_values.Length < own.Length)
        {
            Array.Resize(ref _values, own.Length);
        }
    }

    /// <summary>Computes a deferred curve's points, once (a no-op for any other curve).</summary>
    private void EnsurePoints()
    {
        if (Volatile.Read(ref _deferred) is not null)
        {
            ComputeDeferredPoints();
        }
    }

    private void ComputeDeferredPoints()
    {
        // The deferred points object is private to this curve: it is also the lock.
        var gate = Volatile.Read(ref _deferred);
        if (gate is null)
        {
            return;
        }

        lock (gate)
        {
            if (_deferred is not { } deferred)
            {
                return;
            }

            var values = Count == 0 ? [] : GC.AllocateUninitializedArray<double>(Count);
            var ticks = _ticks;
            if (deferred.Points is { } computePoints)
            {
                ticks = Count == 0 ? [] : GC.AllocateUninitializedArray<long>(Count);
                computePoints(ticks, values);
                for (var i = 1; i < ticks.Length; i++)
                {
                    if (ticks[i] < ticks[i - 1])
                    {
                        throw new InvalidOperationException(string.Create(
                            CultureInfo.InvariantCulture,
                            $"The deferred equity curve's timestamps go backwards at point {i}: {new DateTimeOffset(ticks[i], TimeSpan.Zero):O} is before {new DateTimeOffset(ticks[i - 1], TimeSpan.Zero):O}."));
                    }
                }
            }
            else
            {
                deferred.Values!(values);
            }

            for (var i = 0; i < values.Length; i++)
            {
                if (!double.IsFinite(values[i]))
                {
                    throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The deferred equity curve's value at point {i} is {values[i]}: equity must be a finite number."));
                }
            }

            _ticks = ticks;
            _values = values;
            // Published last: a reader that sees no deferred points sees the arrays above.
            Volatile.Write(ref _deferred, null);
        }
    }

    private static long NextDayStart(long utcTicks, TimeZoneInfo? timeZone)
    {
        if (timeZone is null || timeZone == TimeZoneInfo.Utc)
        {
            return ((utcTicks / TimeSpan.TicksPerDay) + 1) * TimeSpan.TicksPerDay;
        }

        var day = TradingDays.Of(new DateTimeOffset(utcTicks, TimeSpan.Zero), timeZone);
        return TradingDays.StartOf(day.AddDays(1), timeZone).UtcTicks;
    }

    /// <summary>What computes a deferred curve's points: its values over a shared timeline, or its timestamps and values.</summary>
    private sealed class DeferredPoints(Action<Span<double>>? values, Action<Span<long>, Span<double>>? points)
    {
        public Action<Span<double>>? Values { get; } = values;

        public Action<Span<long>, Span<double>>? Points { get; } = points;
    }
}
