namespace Nija.Backtesting.Data;

/// <summary>
/// Parses the timestamp forms accepted in OHLCV files (see docs/data.md):
/// <list type="bullet">
/// <item><c>yyyy-MM-dd</c> (midnight UTC);</item>
/// <item><c>yyyy-MM-dd HH:mm[:ss[.fffffff]]</c> or with <c>T</c> instead of the space, optionally followed by
/// <c>Z</c>, <c>+HH:mm</c>, <c>+HHmm</c> or <c>+HH</c> (no offset means UTC);</item>
/// <item>all digits: Unix seconds when below 100,000,000,000 (1e11, the year 5138), Unix milliseconds otherwise
/// (1e11 ms is 1973-03-03).</item>
/// </list>
/// </summary>
internal static class TimestampParser
{
    /// <summary>All-digit values at or above this are Unix milliseconds; below it, Unix seconds.</summary>
    public const long MillisecondsThreshold = 100_000_000_000;

    public const string ExpectedForms =
        "expected ISO 8601 ('2024-01-31', '2024-01-31T09:30:00', optionally with 'Z' or an offset such as '+01:00'), "
        + "'yyyy-MM-dd HH:mm:ss', or Unix seconds or milliseconds";

    private const long MaxUnixMilliseconds = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z

    public static bool TryParse(ReadOnlySpan<char> s, out DateTimeOffset value)
    {
        value = default;
        if (s.IsEmpty)
        {
            return false;
        }

        if (IsAllDigits(s))
        {
            return TryParseUnix(s, out value);
        }

        if (s.Length < 10 || s[4] != '-' || s[7] != '-'
            || !TryDigits(s[..4], out var year) || !TryDigits(s.Slice(5, 2), out var month) || !TryDigits(s.Slice(8, 2), out var day)
            || year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        if (s.Length == 10)
        {
            return TryCreate(year, month, day, 0, 0, 0, 0, TimeSpan.Zero, out value);
        }

        // Time of day: 'T' or ' ', then HH:mm, optional :ss and .fraction.
        if ((s[10] != 'T' && s[10] != ' ') || s.Length < 16 || s[13] != ':'
            || !TryDigits(s.Slice(11, 2), out var hour) || !TryDigits(s.Slice(14, 2), out var minute) || hour > 23 || minute > 59)
        {
            return false;
        }

        var second = 0;
        long fractionTicks = 0;
        var rest = s[16..];
        if (rest.Length >= 3 && rest[0] == ':')
        {
            if (!TryDigits(rest.Slice(1, 2), out second) || second > 59)
            {
                return false;
            }

            rest = rest[3..];
            if (rest.Length > 0 && rest[0] == '.')
            {
                var n = 1;
                while (n < rest.Length && char.IsAsciiDigit(rest[n]))
                {
                    n++;
                }

                var fraction = rest[1..n];
                if (fraction.IsEmpty)
                {
                    return false;
                }

                // A tick is 100 ns: digits beyond the seventh (nanoseconds, as pandas writes them) are below what a
                // DateTimeOffset holds and are dropped.
                if (fraction.Length > 7)
                {
                    fraction = fraction[..7];
                }

                _ = TryDigits(fraction, out var f);
                fractionTicks = f;
                for (var k = fraction.Length; k < 7; k++)
                {
                    fractionTicks *= 10;
                }

                rest = rest[n..];
            }
        }

        if (!TryParseOffset(rest, out var offset))
        {
            return false;
        }

        return TryCreate(year, month, day, hour, minute, second, fractionTicks, offset, out value);
    }

    private static bool TryParseOffset(ReadOnlySpan<char> s, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (s.IsEmpty || (s.Length == 1 && s[0] == 'Z'))
        {
            return true;
        }

        if (s[0] != '+' && s[0] != '-')
        {
            return false;
        }

        var hours = 0;
        var minutes = 0;
        var body = s[1..];
        bool ok;
        if (body.Length == 2)
        {
            ok = TryDigits(body, out hours);
        }
        else if (body.Length == 4)
        {
            ok = TryDigits(body[..2], out hours) && TryDigits(body[2..], out minutes);
        }
        else if (body.Length == 5 && body[2] == ':')
        {
            ok = TryDigits(body[..2], out hours) && TryDigits(body[3..], out minutes);
        }
        else
        {
            return false;
        }

        if (!ok || hours > 14 || minutes > 59 || (hours == 14 && minutes > 0))
        {
            return false;
        }

        offset = new TimeSpan(hours, minutes, 0);
        if (s[0] == '-')
        {
            offset = -offset;
        }

        return true;
    }

    private static bool TryParseUnix(ReadOnlySpan<char> s, out DateTimeOffset value)
    {
        value = default;
        if (s.Length > 15 || !long.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        var milliseconds = number < MillisecondsThreshold ? number * 1000 : number;
        if (milliseconds > MaxUnixMilliseconds)
        {
            return false;
        }

        value = DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
        return true;
    }

    private static bool TryCreate(int year, int month, int day, int hour, int minute, int second, long fractionTicks, TimeSpan offset, out DateTimeOffset value)
    {
        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(fractionTicks);
        var utcTicks = local.Ticks - offset.Ticks;
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
        {
            value = default;
            return false;
        }

        value = new DateTimeOffset(local, offset);
        return true;
    }

    private static bool IsAllDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            var d = (uint)(c - '0');
            if (d > 9)
            {
                return false;
            }

            value = (value * 10) + (int)d;
        }

        return !s.IsEmpty;
    }
}
