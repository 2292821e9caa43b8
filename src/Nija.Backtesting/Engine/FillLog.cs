using System.Collections;
using Nija.Backtesting.Orders;

namespace Nija.Backtesting.Engine;

/// <summary>
/// The fills of one run, kept as plain values while the run appends to it and turned into <see cref="FillRecord"/>
/// objects only when someone reads them. A million-bar run books tens of thousands of fills; as objects they all
/// survive every garbage collection of the run, which cost more than the fills themselves. Appending is single-threaded
/// (the run); reading is thread-safe once the run is over (the records are built once and published atomically).
/// Storage grows in chunks of 2,048 fills (147 KB, on the large-object heap, which the collector never copies: chunks
/// on the small-object heap were copied from generation to generation while the run went on); the first chunk starts
/// small and doubles up to that size, so a short run stays small. Entries hold no references (reasons are numbered in
/// a side table), so chunks are allocated without zeroing.
/// </summary>
internal sealed class FillLog(ReadOnlyMemory<Bar> bars) : IReadOnlyList<FillRecord>
{
    private const int ChunkShift = 11;
    private const int ChunkSize = 1 << ChunkShift;
    private const int FirstChunkSize = 16;

    private readonly List<Entry[]> _chunks = [];
    private readonly List<string> _reasons = [];
    private readonly Dictionary<string, int> _reasonIds = new(ReferenceEqualityComparer.Instance);
    private string? _lastReason;
    private int _lastReasonId;
    private int _count;
    private FillRecord[]? _records;

    /// <inheritdoc />
    public int Count => _count;

    /// <inheritdoc />
    public FillRecord this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(unchecked((uint)index), (uint)_count, nameof(index));
            return Records()[index];
        }
    }

    /// <summary>Appends a fill booked on bar <paramref name="barIndex"/> (whose timestamp is the fill's time). The run's thread only, before anyone reads.</summary>
    public void Add(int barIndex, long orderId, OrderSide side, OrderIntent intent, decimal quantity, decimal price, decimal fee, string? reason)
    {
        var slot = _count & (ChunkSize - 1);
        if (slot == 0)
        {
            _chunks.Add(GC.AllocateUninitializedArray<Entry>(_count == 0 ? FirstChunkSize : ChunkSize));
        }
        else if (_count < ChunkSize && slot == _chunks[0].Length)
        {
            var grown = GC.AllocateUninitializedArray<Entry>(Math.Min(ChunkSize, slot * 2));
            _chunks[0].AsSpan().CopyTo(grown);
            _chunks[0] = grown;
        }

        ref var e = ref _chunks[^1][slot];
        e.BarIndex = barIndex;
        e.OrderId = orderId;
        e.Side = side;
        e.Intent = intent;
        e.Quantity = quantity;
        e.Price = price;
        e.Fee = fee;
        e.Reason = reason is null ? -1 : ReasonId(reason);
        _count++;
        _records = null;
    }

    /// <inheritdoc />
    public IEnumerator<FillRecord> GetEnumerator()
    {
        var records = Records();
        for (var i = 0; i < records.Length; i++)
        {
            yield return records[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private FillRecord[] Records()
    {
        var records = Volatile.Read(ref _records);
        if (records is not null)
        {
            return records;
        }

        var span = bars.Span;
        records = new FillRecord[_count];
        for (var i = 0; i < records.Length; i++)
        {
            ref readonly var e = ref _chunks[i >> ChunkShift][i & (ChunkSize - 1)];
            records[i] = new FillRecord(e.BarIndex, span[e.BarIndex].Timestamp, e.OrderId, e.Side, e.Intent, e.Quantity, e.Price, e.Fee, e.Reason < 0 ? null : _reasons[e.Reason]);
        }

        // Two readers racing build equal arrays; the first published one is what everyone sees.
        return Interlocked.CompareExchange(ref _records, records, null) ?? records;
    }

    /// <summary>The number of <paramref name="reason"/> in the side table (by reference: reasons are mostly literals).</summary>
    private int ReasonId(string reason)
    {
        if (ReferenceEquals(reason, _lastReason))
        {
            return _lastReasonId;
        }

        if (!_reasonIds.TryGetValue(reason, out var id))
        {
            id = _reasons.Count;
            _reasons.Add(reason);
            _reasonIds.Add(reason, id);
        }

        _lastReason = reason;
        _lastReasonId = id;
        return id;
    }

    private struct Entry
    {
        public int BarIndex;
        public OrderSide Side;
        public OrderIntent Intent;
        public long OrderId;
        public decimal Quantity;
        public decimal Price;
        public decimal Fee;
        public int Reason; // index into _reasons; -1 for none
    }
}
