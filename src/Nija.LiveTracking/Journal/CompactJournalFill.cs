using Nija.Metrics;

namespace Nija.LiveTracking.Journal;

/// <summary>
/// A <see cref="JournalFill"/> as <see cref="InMemoryTradeJournal"/> stores it: the same data in 144 bytes instead of 168
/// (times as UTC ticks plus offset minutes, the optional stop as a value plus a flag). <see cref="ToFill"/> gives back a
/// fill equal to the original in every field, offsets included.
/// </summary>
internal readonly struct CompactJournalFill
{
    private readonly long _sequence;
    private readonly string _executionId;
    private readonly string _symbol;
    private readonly string? _tag;
    private readonly string? _regime;
    private readonly string? _exitReason;
    private readonly decimal _price;
    private readonly decimal _quantity;
    private readonly decimal _fees;
    private readonly decimal _plannedStop;
    private readonly long _executionTicks;
    private readonly long _recordedTicks;
    private readonly FillKind _kind;
    private readonly TradeSide _side;
    private readonly short _executionOffset;
    private readonly short _recordedOffset;
    private readonly bool _hasPlannedStop;
    private readonly bool _recordedWhileHalted;

    public CompactJournalFill(in JournalFill fill)
    {
        _sequence = fill.Sequence;
        _executionId = fill.ExecutionId;
        _symbol = fill.Symbol;
        _tag = fill.Tag;
        _regime = fill.Regime;
        _exitReason = fill.ExitReason;
        _price = fill.Price;
        _quantity = fill.Quantity;
        _fees = fill.Fees;
        _hasPlannedStop = fill.PlannedStop.HasValue;
        _plannedStop = fill.PlannedStop.GetValueOrDefault();
        _executionTicks = fill.ExecutionTime.UtcTicks;
        _executionOffset = (short)fill.ExecutionTime.TotalOffsetMinutes;
        _recordedTicks = fill.RecordedAt.UtcTicks;
        _recordedOffset = (short)fill.RecordedAt.TotalOffsetMinutes;
        _kind = fill.Kind;
        _side = fill.Side;
        _recordedWhileHalted = fill.RecordedWhileHalted;
    }

    public long Sequence => _sequence;

    public JournalFill ToFill() => new(
        _sequence,
        _executionId,
        _kind,
        _symbol,
        _side,
        _price,
        _quantity,
        _fees,
        Time(_executionTicks, _executionOffset),
        Time(_recordedTicks, _recordedOffset),
        _hasPlannedStop ? _plannedStop : null,
        _tag,
        _regime,
        _exitReason,
        _recordedWhileHalted);

    /// <summary>The instant <paramref name="utcTicks"/> seen at an offset of <paramref name="offsetMinutes"/> (offsets are whole minutes, at most ±14 h).</summary>
    private static DateTimeOffset Time(long utcTicks, short offsetMinutes)
    {
        var offset = new TimeSpan(offsetMinutes * TimeSpan.TicksPerMinute);
        return new DateTimeOffset(utcTicks + offset.Ticks, offset);
    }
}
