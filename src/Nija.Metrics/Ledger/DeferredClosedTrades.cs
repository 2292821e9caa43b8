using System.Collections;
using System.Runtime.InteropServices;

namespace Nija.Metrics;

/// <summary>
/// The closed trades of a ledger created with <c>deferClosedTrades</c>: kept as plain values while the ledger appends
/// to them, turned into <see cref="ClosedTrade"/> objects only when read, once (later reads return the same instances).
/// A backtest closes tens of thousands of round trips; as objects they all survive every collection of the run and
/// are copied from generation to generation. Storage grows in chunks of 512 round trips (≈ 100 KB, on the large-object
/// heap, which the collector never copies: smaller chunks were copied from generation to generation during the run); the
/// first chunk starts small and doubles up to that size, so a ledger with few trades stays small.
/// Appending is single-threaded (the ledger is not thread-safe); reading is thread-safe when nobody appends.
/// </summary>
internal sealed class DeferredClosedTrades : IReadOnlyList<ClosedTrade>
{
    private const int ChunkShift = 9;
    private const int ChunkSize = 1 << ChunkShift;
    private const int FirstChunkSize = 8;

    private readonly List<Entry[]> _chunks = [];
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
            _chunks.Add(new Entry[_count == 0 ? FirstChunkSize : ChunkSize]);
        }
        else if (_count < ChunkSize && slot == _chunks[0].Length)
        {
            Array.Resize(ref CollectionsMarshal.AsSpan(_chunks)[0], Math.Min(ChunkSize, slot * 2));
        }

        ref var e = ref _chunks[^1][slot];
        e.PositionId = state.PositionId;
        e.Symbol = state.Symbol;
        e.Side = state.Side;
        e.EntryTime = state.OpenedAt;
        e.ExitTime = exitTime;
        e.EntryPrice = Ledger.RoundTripEntryPrice(state);
        e.ExitPrice = Ledger.RoundTripExitPrice(state);
        e.Quantity = state.EntryQuantity;
        e.Fees = state.Fees;
        e.GrossPnl = state.RealizedPnl;
        e.PlannedStop = state.PlannedStop;
        e.Regime = state.Regime;
        e.Tag = state.Tag;
        e.ExitReason = exitReason;
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
            var (mae, mfe) = Ledger.Excursions(e.Side, e.EntryPrice, e.HighestPrice, e.LowestPrice, e.HasMarks);
            built[i] = new ClosedTrade
            {
                PositionId = e.PositionId,
                Symbol = e.Symbol,
                Side = e.Side,
                EntryTime = e.EntryTime,
                ExitTime = e.ExitTime,
                EntryPrice = e.EntryPrice,
                ExitPrice = e.ExitPrice,
                Quantity = e.Quantity,
                Fees = e.Fees,
                GrossPnl = e.GrossPnl,
                PlannedStop = e.PlannedStop,
                Regime = e.Regime,
                Tag = e.Tag,
                ExitReason = e.ExitReason,
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
        public string Symbol;
        public TradeSide Side;
        public bool HasMarks;
        public DateTimeOffset EntryTime;
        public DateTimeOffset ExitTime;
        public decimal EntryPrice;
        public decimal ExitPrice;
        public decimal Quantity;
        public decimal Fees;
        public decimal GrossPnl;
        public decimal? PlannedStop;
        public string? Regime;
        public string? Tag;
        public string? ExitReason;
        public double HighestPrice;
        public double LowestPrice;
    }
}
