using Nija.Metrics;

namespace Nija.LiveTracking;

/// <summary>
/// The live equity curve: one point per fill, and marks coalesced to at most one point per interval (a later mark in
/// the same interval replaces the earlier one). Timestamps never go backwards (a clock step back reuses the last time).
/// Points are stored in fixed chunks, so growing never copies the points already stored.
/// </summary>
internal sealed class EquityTrack
{
    private readonly ChunkedList<Point> _points = new();
    private bool _lastIsMark;
    private long _markBucket;
    private long _lastTicks;

    public int Count => _points.Count;

    /// <summary>The time of the last point (UTC ticks); 0 when empty.</summary>
    public long LastTicks => _lastTicks;

    public void AddFill(DateTimeOffset time, decimal equity) => AddFill(time, (double)equity);

    public void AddFill(DateTimeOffset time, double equity)
    {
        Append(Clamp(time.UtcTicks), equity);
        _lastIsMark = false;
    }

    /// <summary>Adds a mark point, or replaces the last point when it is a mark in the same interval.</summary>
    /// <returns>True when a point was added, false when the last one was replaced.</returns>
    public bool AddMark(DateTimeOffset time, double equity, long intervalTicks)
    {
        var ticks = Clamp(time.UtcTicks);
        var bucket = ticks / intervalTicks;
        if (_lastIsMark && bucket == _markBucket)
        {
            _points[_points.Count - 1] = new Point(ticks, equity);
            _lastTicks = ticks;
            return false;
        }

        Append(ticks, equity);
        _lastIsMark = true;
        _markBucket = bucket;
        return true;
    }

    public EquityCurve ToCurve()
    {
        var count = _points.Count;
        var curve = new EquityCurve(count);
        for (var i = 0; i < count; i++)
        {
            ref readonly var point = ref _points[i];
            curve.Add(new DateTimeOffset(point.Ticks, TimeSpan.Zero), point.Value);
        }

        return curve;
    }

    private long Clamp(long ticks) => _points.Count > 0 && ticks < _lastTicks ? _lastTicks : ticks;

    private void Append(long ticks, double value)
    {
        _points.Add(new Point(ticks, value));
        _lastTicks = ticks;
    }

    /// <summary>One point of the curve: UTC ticks and equity.</summary>
    private readonly record struct Point(long Ticks, double Value);
}
