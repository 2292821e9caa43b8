using System.Globalization;
using System.Runtime.InteropServices;

namespace Nija.Metrics;

/// <summary>
/// Timestamps as UTC ticks in time order, checked once when created, that many <see cref="EquityCurve"/>s can share
/// (<see cref="EquityCurve(EquityTimeline)"/>): the runs of a parameter sweep over the same bars pay neither for a copy of
/// the timestamps nor for checking them again. The ticks are shared, not copied: the caller must not change them.
/// </summary>
public sealed class EquityTimeline
{
    /// <summary>Checks <paramref name="utcTimeline"/> and wraps them.</summary>
    /// <param name="utcTimeline">UTC ticks in time order (equal neighbours are allowed).</param>
    /// <exception cref="ArgumentException">The timeline goes backwards.</exception>
    public EquityTimeline(ReadOnlyMemory<long> utcTimeline)
    {
        var ticks = utcTimeline.Span;
        for (var i = 1; i < ticks.Length; i++)
        {
            if (ticks[i] < ticks[i - 1])
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The timeline goes backwards at point {i}: {new DateTimeOffset(ticks[i], TimeSpan.Zero):O} is before {new DateTimeOffset(ticks[i - 1], TimeSpan.Zero):O}."),
                    nameof(utcTimeline));
            }
        }

        if (MemoryMarshal.TryGetArray(utcTimeline, out var segment) && segment.Array is { } array)
        {
            Array = array;
            Offset = segment.Offset;
        }
        else
        {
            Array = utcTimeline.ToArray();
        }

        Length = utcTimeline.Length;
    }

    /// <summary>The number of timestamps.</summary>
    public int Length { get; }

    /// <summary>The timestamps: <c>Array[Offset .. Offset + Length]</c>.</summary>
    internal long[] Array { get; }

    /// <summary>Where the timestamps start in <see cref="Array"/>.</summary>
    internal int Offset { get; }
}
