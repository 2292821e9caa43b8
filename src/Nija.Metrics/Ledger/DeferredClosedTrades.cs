using System.Collections;
using System.Runtime.InteropServices;

namespace Nija.Metrics;

/// <summary>
/// The closed trades of a ledger created with <c>deferClosedTrades</c>: kept as plain values while the ledger appends
/// to them, turned into <see cref="ClosedTrade"/> objects only when read, once (later reads return the same instances).
/// A backtest closes tens of thousands of round trips; as objects they all survive every collection of the run and
/// are copied from generation to generation. Storage grows in chunks of 1,024 round trips (160 KB, on the large-object
/// heap, which the collector never copies: smaller chunks were copied from generation to generation during the run); the
/// first chunk starts small and doubles up to that size, so a ledger with few trades stays small. An entry is 160 bytes
/// and holds no references (strings are numbered in a side table, times kept as ticks and offset): every page of it is
/// new memory the process faults in, and reference-free chunks need no zeroing and no scanning by the collector.
/// Appending is single-threaded (the ledger is not thread-safe); reading is thread-safe when nobody appends.
/// </summary>
internal sealed class DeferredClosedTrades : IReadOnlyList<ClosedTrade>
{
    // 1,024 × 160 bytes: over the 85,000-byte threshold of the large-object heap (512 entries were not, once an entry shrank
    // to 160 bytes, and the chunks went back to being copied by gen0 and gen1 collections).
    private const int ChunkShift = 10;
    private const int ChunkSize = 1 << ChunkShift;
    private const int FirstChunkSize = 8;

    /// <summary>The size of a full chunk in bytes (tests check that it is on the large-object heap).</summary>
    internal static int ChunkBytes => ChunkSize * System.Runtime.CompilerServices.Unsafe.SizeOf<Entry>();

    private readonly List<Entry[]> _chunks = [];
    private readonly StringTable _strings = new();
    private string? _lastSymbol;
    private int _lastSymbolId;
    private string? _lastReason;
    private int _lastReasonId;
    private int _count;
    private ClosedTrade[] _records = [];

    /// <inheritdoc />
    public int Count => _count;

    /// <inheritdoc />
    public ClosedTrade this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(unchecked((uint)index), (uint)_count, nameof(index));
            return Records()[index];
        }
    }

    /// <summary>Appends the round trip of a position that has just gone flat (its state as the ledger left it).</summary>
    public void Add(PositionState state, DateTimeOffset exitTime, string? exitReason)
    {
        var slot = _count & (ChunkSize - 1);
        if (slot == 0)
        {
            // Every field of an entry is written before it is counted, so a chunk needs no zeroing.
            _chunks.Add(GC.AllocateUninitializedArray<Entry>(_count == 0 ? FirstChunkSize : ChunkSize));
        }
        else if (_count < ChunkSize && slot == _chunks[0].Length)
        {
            var grown = GC.AllocateUninitializedArray<Entry>(Math.Min(ChunkSize, slot * 2));
            _chunks[0].AsSpan().CopyTo(grown);
            _chunks[0] = grown;
        }

        ref var e = ref _chunks[^1][slot];
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
        e.Fees = state.Fees;
        e.GrossPnl = state.RealizedPnl;
        e.HasPlannedStop = state.PlannedStop.HasValue;
        e.PlannedStop = state.PlannedStop.GetValueOrDefault();
        e.Regime = _strings.Id(state.Regime);
        e.Tag = _strings.Id(state.Tag);
        e.ExitReason = _strings.Id(exitReason, ref _lastReason, ref _lastReasonId);
        e.HighestPrice = state.HighestPrice;
        e.LowestPrice = state.LowestPrice;
        e.HasMarks = state.HasMarks;
        _count++;
    }

    /// <inheritdoc />
    public IEnumerator<ClosedTrade> GetEnumerator()
    {
        var records = Records();
        for (var i = 0; i < records.Length; i++)
        {
            yield return records[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private ClosedTrade[] Records()
    {
        var records = Volatile.Read(ref _records);
        var count = _count;
        if (records.Length == count)
        {
            return records;
        }

        // Trades built by an earlier read are kept: the same instances whenever they are read.
        var built = new ClosedTrade[count];
        records.AsSpan().CopyTo(built);
        for (var i = records.Length; i < count; i++)
        {
            ref readonly var e = ref _chunks[i >> ChunkShift][i & (ChunkSize - 1)];
            var (mae, mfe) = Ledger.Excursions((TradeSide)e.Side, e.EntryPrice, e.HighestPrice, e.LowestPrice, e.HasMarks);
            built[i] = new ClosedTrade
            {
                PositionId = e.PositionId,
                Symbol = _strings[e.Symbol]!,
                Side = (TradeSide)e.Side,
                EntryTime = new DateTimeOffset(e.EntryTicks, TimeSpan.FromMinutes(e.EntryOffsetMinutes)),
                ExitTime = new DateTimeOffset(e.ExitTicks, TimeSpan.FromMinutes(e.ExitOffsetMinutes)),
                EntryPrice = e.EntryPrice,
                ExitPrice = e.ExitPrice,
                Quantity = e.Quantity,
                Fees = e.Fees,
                GrossPnl = e.GrossPnl,
                PlannedStop = e.HasPlannedStop ? e.PlannedStop : null,
                Regime = _strings[e.Regime],
                Tag = _strings[e.Tag],
                ExitReason = _strings[e.ExitReason],
                MaxAdverseExcursionPercent = mae,
                MaxFavorableExcursionPercent = mfe,
            };
        }

        // Two readers racing build equal arrays; the first published one is what everyone sees.
        var previous = Interlocked.CompareExchange(ref _records, built, records);
        return ReferenceEquals(previous, records) ? built : previous;
    }

    private struct Entry
    {
        public long PositionId;
        public long EntryTicks;
        public long ExitTicks;
        public double HighestPrice;
        public double LowestPrice;
        public decimal EntryPrice;
        public decimal ExitPrice;
        public decimal Quantity;
        public decimal Fees;
        public decimal GrossPnl;
        public decimal PlannedStop;
        public int Symbol;
        public int Regime;
        public int Tag;
        public int ExitReason;
        public short EntryOffsetMinutes;
        public short ExitOffsetMinutes;
        public byte Side;
        public bool HasPlannedStop;
        public bool HasMarks;
    }
}
