using Nija.LiveTracking.Journal;
using Nija.Metrics;

namespace Nija.LiveTracking;

/// <summary>
/// The tracker's <see cref="FillOutcome"/> per fill, in recording order, stored in 40 bytes instead of 64 and without
/// object references (so the garbage collector never scans them): the sequence as its distance from the first outcome's,
/// quantity and amount as <see cref="PackedDecimal"/>s, the closed trade as its index in the ledger's
/// <see cref="Ledger.ClosedTrades"/> (it is the last one when the exit is recorded), kind and new-position flag in one byte.
/// A decimal that does not pack (more than 17 significant digits, e.g. an average entry price after adding at another
/// price) is kept in a side list and the packed field holds its index; a sequence more than <see cref="int.MaxValue"/>
/// after the first is kept in a side dictionary. <see cref="Get"/> returns an outcome equal to the one added (decimal
/// scales included; the closed trade as the ledger lists it, an equal object).
/// Not thread-safe.
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

    /// <summary>In <see cref="Packed.ClosedIndex"/>: no closed trade.</summary>
    private const int NotClosed = -1;

    private readonly ChunkedList<Packed> _items = new();
    private readonly List<decimal> _wide = [];
    private Dictionary<int, long>? _wideSequences;
    private long _firstSequence;

    public int Count => _items.Count;

    /// <summary>The outcome at <paramref name="index"/>.</summary>
    /// <param name="index">The outcome's index.</param>
    /// <param name="closedTrades">The ledger's closed trades (the list <see cref="Add"/> was given).</param>
    /// <returns>The outcome as it was added.</returns>
    public FillOutcome Get(int index, IReadOnlyList<ClosedTrade> closedTrades)
    {
        ref readonly var p = ref _items[index];
        var sequence = p.SequenceOffset == WideSequence ? _wideSequences![index] : _firstSequence + p.SequenceOffset;
        var closed = p.ClosedIndex == NotClosed ? null : closedTrades[p.ClosedIndex];
        return new FillOutcome(
            sequence,
            p.PositionId,
            Unpack(p.Quantity),
            Unpack(p.Amount),
            closed,
            (p.Flags & Exit) != 0 ? FillKind.Exit : FillKind.Entry,
            (p.Flags & NewPosition) != 0);
    }

    /// <summary>Adds the outcome of the fill just recorded.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="closedTradeCount">How many trades the ledger has closed: when the fill closed a round trip, its trade is the last one.</param>
    /// <exception cref="ArgumentOutOfRangeException">The outcome closed a trade and <paramref name="closedTradeCount"/> is not positive.</exception>
    public void Add(in FillOutcome outcome, int closedTradeCount)
    {
        if (outcome.Closed is not null)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(closedTradeCount);
        }

        var index = _items.Count;
        if (index == 0)
        {
            _firstSequence = outcome.Sequence;
        }

        // The exact distance (unchecked: sequences far apart must not overflow into an exception).
        var offset = unchecked((ulong)(outcome.Sequence - _firstSequence));
        int sequenceOffset;
        if (outcome.Sequence >= _firstSequence && offset < int.MaxValue)
        {
            sequenceOffset = (int)offset;
        }
        else
        {
            (_wideSequences ??= [])[index] = outcome.Sequence;
            sequenceOffset = WideSequence;
        }

        var closedIndex = outcome.Closed is null ? NotClosed : closedTradeCount - 1;
        ref var slot = ref _items.AddSlot();
        slot.PositionId = outcome.PositionId;
        slot.Quantity = Pack(outcome.Quantity);
        slot.Amount = Pack(outcome.Amount);
        slot.SequenceOffset = sequenceOffset;
        slot.ClosedIndex = closedIndex;
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
        public int SequenceOffset;
        public int ClosedIndex;
        public byte Flags;
    }
}
