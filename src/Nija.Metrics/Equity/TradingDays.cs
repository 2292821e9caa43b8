namespace Nija.Metrics;

/// <summary>Calendar days in a time zone: the trading day used by the circuit breaker, daily resampling and summaries.</summary>
public static class TradingDays
{
    /// <summary>The calendar date of <paramref name="time"/> in <paramref name="timeZone"/>.</summary>
    /// <param name="time">An instant.</param>
    /// <param name="timeZone">The trading-day time zone (UTC when null).</param>
    /// <returns>The local calendar date.</returns>
    public static DateOnly Of(DateTimeOffset time, TimeZoneInfo? timeZone = null)
    {
        if (timeZone is null || timeZone == TimeZoneInfo.Utc)
        {
            return DateOnly.FromDateTime(time.UtcDateTime);
        }

        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time, timeZone).DateTime);
    }

    /// <summary>The instant (UTC) at which <paramref name="day"/> starts in <paramref name="timeZone"/>.</summary>
    /// <param name="day">A calendar date.</param>
    /// <param name="timeZone">The trading-day time zone (UTC when null).</param>
    /// <returns>Local midnight of <paramref name="day"/> as an instant; if midnight does not exist (a DST gap) the first valid local time after it.</returns>
    public static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo? timeZone = null)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        if (timeZone is null || timeZone == TimeZoneInfo.Utc)
        {
            return new DateTimeOffset(local, TimeSpan.Zero);
        }

        while (timeZone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        if (timeZone.IsAmbiguousTime(local))
        {
            // Midnight happens twice where clocks fall back at midnight (Havana): the day starts at the first of the two,
            // the one with the larger offset. (ConvertTimeToUtc takes the standard-time one, an hour into the day.)
            var offsets = timeZone.GetAmbiguousTimeOffsets(local);
            var first = offsets.Max();
            return new DateTimeOffset(local, first).ToUniversalTime();
        }

        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, timeZone), TimeSpan.Zero);
    }

    /// <summary>Finds a time zone by IANA or Windows id.</summary>
    /// <param name="id">The id, e.g. "UTC", "America/New_York", "Europe/Berlin".</param>
    /// <returns>The time zone.</returns>
    /// <exception cref="ArgumentException">The id is empty or not a known time zone.</exception>
    public static TimeZoneInfo FindTimeZone(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("A time zone id must not be empty.", nameof(id));
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }

        throw new ArgumentException($"'{id}' is not a known time zone id (expected an IANA id such as 'UTC' or 'America/New_York').", nameof(id));
    }
}
