using System.Collections;
using Nija.Backtesting.Orders;

namespace Nija.Backtesting.Engine;

/// <summary>
/// The fills of one run, kept as plain values while the run appends to it and turned into <see cref="FillRecord"/>
/// objects only when someone reads them. A million-bar run books tens of thousands of fills; as objects they all
/// survive every garbage collection of the run, which cost more than the fills themselves. Appending is single-threaded
/// (the run); reading is thread-safe once the run is over (the records are built once and published atomically).
/// Storage grows in fixed chunks below the large-object threshold: no copying, no large-object allocations (each of
/// which counts towards a full collection).
/// </summary>
internal sealed class FillLog(ReadOnlyMemory<Bar> bars) : IReadOnlyList<FillRecord>
{
    private const int ChunkShift = 10;
    private const int ChunkSize = 1 << ChunkShift;

    private readonly List<Entry[]> _chunks = [];
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
            _chunks.Add(new Entry[ChunkSize]);
        }

        ref var e = ref _chunks[^1][slot];
        e.BarIndex = barIndex;
        e.OrderId = orderId;
        e.Side = side;
        e.Intent = intent;
        e.Quantity = quantity;
        e.Price = price;
        e.Fee = fee;
        e.Reason = reason;
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
            records[i] = new FillRecord(e.BarIndex, span[e.BarIndex].Timestamp, e.OrderId, e.Side, e.Intent, e.Quantity, e.Price, e.Fee, e.Reason);
        }

        // Two readers racing build equal arrays; the first published one is what everyone sees.
        return Interlocked.CompareExchange(ref _records, records, null) ?? records;
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
        public string? Reason;
    }
}
