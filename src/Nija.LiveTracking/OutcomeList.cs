using Nija.LiveTracking.Journal;
using Nija.Metrics;

namespace Nija.LiveTracking;

/// <summary>
/// The tracker's <see cref="FillOutcome"/> per fill, in recording order, stored in 40 bytes instead of 64: the sequence as
/// its distance from the first outcome's, quantity and amount as <see cref="PackedDecimal"/>s, kind and new-position flag
/// in one byte. A decimal that does not pack (more than 17 significant digits, e.g. an average entry price after adding at
/// another price) is kept in a side list and the packed field holds its index; so is a sequence more than
/// <see cref="int.MaxValue"/> after the first. <see cref="this[int]"/> returns an outcome equal to the one added, decimal
/// scales included. Not thread-safe.
/// </summary>
internal sealed class OutcomeList
{
    /// <summary>A scale no decimal has (the largest is 28): the packed field holds an index into <see cref="_wide"/>.</summary>
    private const ulong WideMarker = 31UL << 58;
    private const ulong ScaleMask = 31UL << 58;
    private const byte Exit = 1;
    private const byte NewPosition = 2;

    /// <summary>In <see cref="Packed.SequenceOffset"/>: the sequence is in <see cref="_wideSequences"/>.</summary>
    private const int WideSequence = -1;

    private readonly ChunkedList<Packed> _items = new();
    private readonly List<decimal> _wide = [];
    private Dictionary<int, long>? _wideSequences;
    private long _firstSequence;

    public int Count => _items.Count;

    public FillOutcome this[int index]
    {
        get
        {
            ref readonly var p = ref _items[index];
            var sequence = p.SequenceOffset == WideSequence ? _wideSequences![index] : _firstSequence + p.SequenceOffset;
            return new FillOutcome(
                sequence,
                p.PositionId,
                Unpack(p.Quantity),
                Unpack(p.Amount),
                p.Closed,
                (p.Flags & Exit) != 0 ? FillKind.Exit : FillKind.Entry,
                (p.Flags & NewPosition) != 0);
        }
    }

    public void Add(in FillOutcome outcome)
    {
        var index = _items.Count;
        if (index == 0)
        {
            _firstSequence = outcome.Sequence;
        }

        var offset = outcome.Sequence - _firstSequence;
        int sequenceOffset;
        if (offset >= 0 && offset < int.MaxValue)
        {
            sequenceOffset = (int)offset;
        }
        else
        {
            (_wideSequences ??= [])[index] = outcome.Sequence;
            sequenceOffset = WideSequence;
        }

        ref var slot = ref _items.AddSlot();
        slot.PositionId = outcome.PositionId;
        slot.Quantity = Pack(outcome.Quantity);
        slot.Amount = Pack(outcome.Amount);
        slot.Closed = outcome.Closed;
        slot.SequenceOffset = sequenceOffset;
        slot.Flags = (byte)((outcome.Kind == FillKind.Exit ? Exit : 0) | (outcome.IsNewPosition ? NewPosition : 0));
    }

    private ulong Pack(decimal value)
    {
        if (PackedDecimal.TryPack(value, out var packed))
        {
            return packed;
        }

        _wide.Add(value);
        return WideMarker | (uint)(_wide.Count - 1);
    }

    private decimal Unpack(ulong packed) =>
        (packed & ScaleMask) == WideMarker ? _wide[unchecked((int)(uint)packed)] : PackedDecimal.Unpack(packed);

    private struct Packed
    {
        public long PositionId;
        public ulong Quantity;
        public ulong Amount;
        public ClosedTrade? Closed;
        public int SequenceOffset;
        public byte Flags;
    }
}
