using System.Collections;

namespace Nija.Metrics;

/// <summary>
/// A ledger's closed trades, kept as plain values and turned into <see cref="ClosedTrade"/> objects only when read, once
/// each (later reads return the same instance). A backtest closes tens of thousands of round trips and a live tracker
/// millions over its life; kept as objects they all survive every collection and are copied from generation to
/// generation (about a tenth of a live tracker's time per fill went to that).
/// </summary>
/// <remarks>
/// <para>Storage grows in chunks of 256 round trips (32 KB) on the small-object heap: the collector copies a chunk at most
/// twice (into generations 1 and 2), and the memory of a ledger that is gone (a finished backtest's) is reused by the next
/// one, where chunks on the large-object heap took fresh memory until the next full collection, a page fault per 4 KB;
/// the first chunk starts small and doubles up to that size, so a ledger with few trades stays small. An entry is 128 bytes and holds no references (strings are
/// numbered in a side table, times kept as ticks and offset): reference-free chunks need no zeroing and no scanning by the
/// collector. Fees and planned stops, absent from many trades (no commission, no stop), sit in side arrays of the chunk
/// made when its first trade with one arrives: every page of storage is new memory the process faults in. A chunk's built
/// trades sit in a side array made when the chunk is first read.</para>
/// <para>One thread appends (the ledger is not thread-safe). Reads may run on other threads at the same time, for the
/// trades counted when the reader looked (<see cref="Snapshot"/>): every structure a reader follows is published after it
/// is complete.</para>
/// </remarks>
internal sealed class ClosedTradeStore : IReadOnlyList<ClosedTrade>
{
    // 256 × 128 bytes: under the 85,000-byte threshold of the large-object heap.
    private const int ChunkShift = 8;
    private const int ChunkSize = 1 << ChunkShift;
    private const int FirstChunkSize = 8;

    // Entry.Marks: which excursion data an entry holds.
    private const byte HighLow = 1;
    private const byte MaeValue = 2;
    private const byte MfeValue = 4;
    private const byte Excursions = HighLow | MaeValue | MfeValue;

    // Entry.Marks: the fee is in the chunk's Fees (else it is a plain zero), the planned stop in its PlannedStops (else none).
    private const byte FeeStored = 8;
    private const byte PlannedStopStored = 16;

    /// <summary>The size of a full chunk in bytes (tests check that it is on the small-object heap).</summary>
    internal static int ChunkBytes => ChunkSize * System.Runtime.CompilerServices.Unsafe.SizeOf<Entry>();

    private readonly StringTable _strings = new();
    private Chunk[] _chunks = [];
    private int _chunkCount;
    private string? _lastSymbol;
    private int _lastSymbolId;
    private string? _lastReason;
    private int _lastReasonId;
    private int _count;

    /// <inheritdoc />
    public int Count => Volatile.Read(ref _count);

    /// <inheritdoc />
    public ClosedTrade this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(unchecked((uint)index), (uint)Count, nameof(index));
            return Get(index);
        }
    }

    /// <summary>The trades stored so far, as a list that keeps this length while more are appended (readable from any thread).</summary>
    public IReadOnlyList<ClosedTrade> Snapshot() => new View(this, Count);

    /// <summary>Appends the round trip of a position that has just gone flat (its state as the ledger left it).</summary>
    public void Add(PositionState state, DateTimeOffset exitTime, string? exitReason)
    {
        ref var e = ref NextSlot();
        e.PositionId = state.PositionId;
        e.Symbol = _strings.Id(state.Symbol, ref _lastSymbol, ref _lastSymbolId);
        e.Side = (byte)state.Side;
        e.EntryTicks = state.OpenedAt.Ticks;
        e.EntryOffsetMinutes = (short)state.OpenedAt.TotalOffsetMinutes;
        e.ExitTicks = exitTime.Ticks;
        e.ExitOffsetMinutes = (short)exitTime.TotalOffsetMinutes;
        e.EntryPrice = Ledger.RoundTripEntryPrice(state);
        e.ExitPrice = Ledger.RoundTripExitPrice(state);
        e.Quantity = state.EntryQuantity;
        e.GrossPnl = state.RealizedPnl;
        e.Regime = _strings.Id(state.Regime);
        e.Tag = _strings.Id(state.Tag);
        e.ExitReason = _strings.Id(exitReason, ref _lastReason, ref _lastReasonId);
        e.High = state.HighestPrice;
        e.Low = state.LowestPrice;
        e.Marks = (byte)((state.HasMarks ? HighLow : 0) | StoreSideValues(state.Fees, state.PlannedStop));
        Volatile.Write(ref _count, _count + 1);
    }

    /// <summary>Appends a trade that was built elsewhere (a ledger restored from a saved state); reads return an equal trade.</summary>
    public void Add(ClosedTrade trade)
    {
        ref var e = ref NextSlot();
        e.PositionId = trade.PositionId;
        e.Symbol = _strings.Id(trade.Symbol);
        e.Side = (byte)trade.Side;
        e.EntryTicks = trade.EntryTime.Ticks;
        e.EntryOffsetMinutes = (short)trade.EntryTime.TotalOffsetMinutes;
        e.ExitTicks = trade.ExitTime.Ticks;
        e.ExitOffsetMinutes = (short)trade.ExitTime.TotalOffsetMinutes;
        e.EntryPrice = trade.EntryPrice;
        e.ExitPrice = trade.ExitPrice;
        e.Quantity = trade.Quantity;
        e.GrossPnl = trade.GrossPnl;
        e.Regime = _strings.Id(trade.Regime);
        e.Tag = _strings.Id(trade.Tag);
        e.ExitReason = _strings.Id(trade.ExitReason);

        // The excursions themselves: the prices they came from are not known.
        e.Low = trade.MaxAdverseExcursionPercent.GetValueOrDefault();
        e.High = trade.MaxFavorableExcursionPercent.GetValueOrDefault();
        e.Marks = (byte)((trade.MaxAdverseExcursionPercent.HasValue ? MaeValue : 0) | (trade.MaxFavorableExcursionPercent.HasValue ? MfeValue : 0)
            | StoreSideValues(trade.Fees, trade.PlannedStop));
        Volatile.Write(ref _count, _count + 1);
    }

    /// <summary>
    /// Puts the fee (unless a plain zero) and the planned stop (when there is one) of the entry being appended (at index
    /// Count) in its chunk's side arrays, made on first use and published before the entry is counted.
    /// </summary>
    /// <returns>The <see cref="FeeStored"/> and <see cref="PlannedStopStored"/> marks for what was stored.</returns>
    private byte StoreSideValues(decimal fees, decimal? plannedStop)
    {
        var feeStored = !DecimalSign.IsPlainZero(fees);
        if (!feeStored && plannedStop is null)
        {
            return 0;
        }

        var chunk = _chunks[_chunkCount - 1];
        var slot = _count & (ChunkSize - 1);
        byte marks = 0;
        if (feeStored)
        {
            SideArray(ref chunk.Fees)[slot] = fees;
            marks |= FeeStored;
        }

        if (plannedStop is { } stop)
        {
            SideArray(ref chunk.PlannedStops)[slot] = stop;
            marks |= PlannedStopStored;
        }

        return marks;
    }

    /// <summary>A chunk's side array, made (and published for readers) on first use.</summary>
    private static decimal[] SideArray(ref decimal[]? side)
    {
        if (side is { } existing)
        {
            return existing;
        }

        var made = new decimal[ChunkSize];
        Volatile.Write(ref side, made);
        return made;
    }

    /// <inheritdoc />
    public IEnumerator<ClosedTrade> GetEnumerator() => Enumerate(Count);

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private IEnumerator<ClosedTrade> Enumerate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Get(i);
        }
    }

    /// <summary>The slot of the next entry (not yet counted): every field is written before it is, so chunks need no zeroing.</summary>
    private ref Entry NextSlot()
    {
        var count = _count;
        var slot = count & (ChunkSize - 1);
        if (slot == 0)
        {
            var chunk = new Chunk(GC.AllocateUninitializedArray<Entry>(count == 0 ? FirstChunkSize : ChunkSize));
            if (_chunkCount == _chunks.Length)
            {
                var grown = new Chunk[Math.Max(4, _chunks.Length * 2)];
                _chunks.AsSpan().CopyTo(grown);
                Volatile.Write(ref _chunks, grown);
            }

            Volatile.Write(ref _chunks[_chunkCount], chunk);
            _chunkCount++;
            return ref chunk.Entries[0];
        }

        var last = _chunks[_chunkCount - 1];
        if (count < ChunkSize && slot == last.Entries.Length)
        {
            var grown = GC.AllocateUninitializedArray<Entry>(Math.Min(ChunkSize, slot * 2));
            last.Entries.AsSpan().CopyTo(grown);
            Volatile.Write(ref last.Entries, grown);
        }

        return ref last.Entries[slot];
    }

    /// <summary>The trade at <paramref name="index"/> (below a count read before): the kept instance, built on first read.</summary>
    private ClosedTrade Get(int index)
    {
        var chunk = Volatile.Read(ref _chunks)[index >> ChunkShift];
        var slot = index & (ChunkSize - 1);
        var built = Volatile.Read(ref chunk.Built);
        if (built is null)
        {
            var fresh = new ClosedTrade?[ChunkSize];
            built = Interlocked.CompareExchange(ref chunk.Built, fresh, null) ?? fresh;
        }

        if (built[slot] is { } kept)
        {
            return kept;
        }

        // Two readers racing build equal trades; the first one stored is what everyone sees.
        var trade = Build(in Volatile.Read(ref chunk.Entries)[slot], chunk, slot);
        return Interlocked.CompareExchange(ref built[slot], trade, null) ?? trade;
    }

    private ClosedTrade Build(in Entry e, Chunk chunk, int slot)
    {
        double? mae = null;
        double? mfe = null;
        if ((e.Marks & Excursions) == HighLow)
        {
            (mae, mfe) = Ledger.Excursions((TradeSide)e.Side, e.EntryPrice, e.High, e.Low, hasMarks: true);
        }
        else
        {
            mae = (e.Marks & MaeValue) != 0 ? e.Low : null;
            mfe = (e.Marks & MfeValue) != 0 ? e.High : null;
        }

        return new ClosedTrade
        {
            PositionId = e.PositionId,
            Symbol = _strings[e.Symbol]!,
            Side = (TradeSide)e.Side,
            EntryTime = new DateTimeOffset(e.EntryTicks, TimeSpan.FromMinutes(e.EntryOffsetMinutes)),
            ExitTime = new DateTimeOffset(e.ExitTicks, TimeSpan.FromMinutes(e.ExitOffsetMinutes)),
            EntryPrice = e.EntryPrice,
            ExitPrice = e.ExitPrice,
            Quantity = e.Quantity,
            Fees = (e.Marks & FeeStored) != 0 ? Volatile.Read(ref chunk.Fees)![slot] : 0m,
            GrossPnl = e.GrossPnl,
            PlannedStop = (e.Marks & PlannedStopStored) != 0 ? Volatile.Read(ref chunk.PlannedStops)![slot] : null,
            Regime = _strings[e.Regime],
            Tag = _strings[e.Tag],
            ExitReason = _strings[e.ExitReason],
            MaxAdverseExcursionPercent = mae,
            MaxFavorableExcursionPercent = mfe,
        };
    }

    /// <summary>Up to 256 entries, the fees and planned stops of those that have them and, once read, their built trades.</summary>
    private sealed class Chunk(Entry[] entries)
    {
        public Entry[] Entries = entries;
        public decimal[]? Fees;
        public decimal[]? PlannedStops;
        public ClosedTrade?[]? Built;
    }

    /// <summary>The first <paramref name="count"/> trades of a store that may go on growing.</summary>
    private sealed class View(ClosedTradeStore store, int count) : IReadOnlyList<ClosedTrade>
    {
        public int Count => count;

        public ClosedTrade this[int index]
        {
            get
            {
                ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(unchecked((uint)index), (uint)count, nameof(index));
                return store.Get(index);
            }
        }

        public IEnumerator<ClosedTrade> GetEnumerator() => store.Enumerate(count);

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private struct Entry
    {
        public long PositionId;
        public long EntryTicks;
        public long ExitTicks;

        // Highest and lowest price while open (Marks = HighLow), or the excursions themselves in percent (MaeValue, MfeValue).
        public double High;
        public double Low;
        public decimal EntryPrice;
        public decimal ExitPrice;
        public decimal Quantity;
        public decimal GrossPnl;
        public int Symbol;
        public int Regime;
        public int Tag;
        public int ExitReason;
        public short EntryOffsetMinutes;
        public short ExitOffsetMinutes;
        public byte Side;
        public byte Marks;
    }
}
