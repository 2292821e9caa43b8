using Nija.Metrics;

namespace Nija.LiveTracking;

/// <summary>
/// The live equity curve: one point per fill, and marks coalesced to at most one point per interval (a later mark in
/// the same interval replaces the earlier one). Timestamps never go backwards (a clock step back reuses the last time).
/// </summary>
internal sealed class EquityTrack
{
    private long[] _ticks = new long[256];
    private double[] _values = new double[256];
    private int _count;
    private bool _lastIsMark;
    private long _markBucket;

    public int Count => _count;

    /// <summary>The time of the last point (UTC ticks); 0 when empty.</summary>
    public long LastTicks => _count == 0 ? 0L : _ticks[_count - 1];

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
            _ticks[_count - 1] = ticks;
            _values[_count - 1] = equity;
            return false;
        }

        Append(ticks, equity);
        _lastIsMark = true;
        _markBucket = bucket;
        return true;
    }

    public EquityCurve ToCurve()
    {
        var curve = new EquityCurve(_count);
        for (var i = 0; i < _count; i++)
        {
            curve.Add(new DateTimeOffset(_ticks[i], TimeSpan.Zero), _values[i]);
        }

        return curve;
    }

    private long Clamp(long ticks) => _count > 0 && ticks < _ticks[_count - 1] ? _ticks[_count - 1] : ticks;

    private void Append(long ticks, double value)
    {
        if (_count == _ticks.Length)
        {
            Array.Resize(ref _ticks, _count * 2);
            Array.Resize(ref _values, _count * 2);
        }

        _ticks[_count] = ticks;
        _values[_count] = value;
        _count++;
    }
}
