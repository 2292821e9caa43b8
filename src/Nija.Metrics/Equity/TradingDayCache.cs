namespace Nija.Metrics;

/// <summary>
/// <see cref="TradingDays.Of"/> for a stream of times that mostly stay within one trading day: remembers the span of UTC
/// instants [start, end) that fall on the last day looked up, so that a time inside it needs one comparison pair instead
/// of a time-zone conversion (about 60 ns for a zone with daylight saving time). Returns exactly what
/// <see cref="TradingDays.Of"/> returns.
/// </summary>
/// <remarks>
/// <para>A span is remembered only when it is certain: the zone's UTC offset is the same at the span's start, at every
/// whole hour after it and at its last tick, and its first and last ticks convert to the day. With one offset throughout,
/// every instant between two instants of the day is on the day too. This assumes that no zone changes its offset and
/// changes it back within one hour, which holds for every zone in the tz database. A day with a transition (the two
/// daylight-saving days a year) is not remembered: each of its times is converted.</para>
/// <para>The span is worked out on the second look-up that lands on the same day, so that data with one time per day
/// (daily bars) does not pay for spans it would never reuse.</para>
/// <para>Not thread-safe: one per owner, used under the owner's serialisation.</para>
/// </remarks>
internal struct TradingDayCache
{
    private const long MaxLocalTicks = 3_155_378_975_999_999_999; // DateTime.MaxValue.Ticks
    private readonly TimeZoneInfo _timeZone;
    private readonly bool _fixedOffset;
    private readonly long _offsetTicks;
    private long _startTicks;
    private long _endTicks;
    private DateOnly _day;
    private DateOnly? _lastMiss;

    /// <summary>A cache for <paramref name="timeZone"/> (UTC when null).</summary>
    public TradingDayCache(TimeZoneInfo? timeZone)
    {
        _timeZone = timeZone ?? TimeZoneInfo.Utc;
        // UTC, or a zone that has never changed its offset (no adjustment rules, no daylight saving time).
        _fixedOffset = _timeZone == TimeZoneInfo.Utc
            || (!_timeZone.SupportsDaylightSavingTime && _timeZone.GetAdjustmentRules().Length == 0);
        _offsetTicks = _fixedOffset ? _timeZone.BaseUtcOffset.Ticks : 0;
        _startTicks = long.MaxValue;
        _endTicks = long.MinValue;
    }

    /// <summary>The calendar date of <paramref name="time"/> in the zone: the same as <see cref="TradingDays.Of"/>.</summary>
    public DateOnly Of(DateTimeOffset time)
    {
        var ticks = time.UtcTicks;
        if (ticks >= _startTicks && ticks < _endTicks)
        {
            return _day;
        }

        var local = ticks + _offsetTicks;
        if (_fixedOffset && local is >= 0 and <= MaxLocalTicks)
        {
            // One offset for all time: the day is a whole number of days of local ticks, its span known without a check.
            var day = DateOnly.FromDayNumber((int)(local / TimeSpan.TicksPerDay));
            _startTicks = (local - (local % TimeSpan.TicksPerDay)) - _offsetTicks;
            _endTicks = _startTicks + TimeSpan.TicksPerDay;
            _day = day;
            return day;
        }

        return Miss(time);
    }

    private DateOnly Miss(DateTimeOffset time)
    {
        var day = TradingDays.Of(time, _timeZone);
        if (day != _lastMiss)
        {
            _lastMiss = day;
            return day;
        }

        if (TrySpan(day, out var start, out var end))
        {
            _startTicks = start;
            _endTicks = end;
            _day = day;
        }

        return day;
    }

    private readonly bool TrySpan(DateOnly day, out long start, out long end)
    {
        start = TradingDays.StartOf(day, _timeZone).UtcTicks;
        end = TradingDays.StartOf(day.AddDays(1), _timeZone).UtcTicks;
        if (end <= start)
        {
            return false;
        }

        var first = new DateTimeOffset(start, TimeSpan.Zero);
        var last = new DateTimeOffset(end - 1, TimeSpan.Zero);
        if (TradingDays.Of(first, _timeZone) != day || TradingDays.Of(last, _timeZone) != day)
        {
            return false;
        }

        var offset = _timeZone.GetUtcOffset(first);
        for (var probe = start + TimeSpan.TicksPerHour; probe < end; probe += TimeSpan.TicksPerHour)
        {
            if (_timeZone.GetUtcOffset(new DateTimeOffset(probe, TimeSpan.Zero)) != offset)
            {
                return false;
            }
        }

        return _timeZone.GetUtcOffset(last) == offset;
    }
}
