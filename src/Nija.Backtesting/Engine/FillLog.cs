using System.Collections;
using Nija.Backtesting.Orders;

namespace Nija.Backtesting.Engine;

/// <summary>
/// The fills of one run, kept as plain values while the run appends to it and turned into <see cref="FillRecord"/>
/// objects only when someone reads them. A million-bar run books tens of thousands of fills; as objects they all
/// survive every garbage collection of the run, which cost more than the fills themselves. Appending is single-threaded
/// (the run); reading is thread-safe once the run is over (the records are built once and published atomically).
/// Storage grows in chunks of 1,024 fills (32 KB), on the small-object heap: the collector copies a chunk at most twice
/// (into generations 1 and 2), and the memory of a run that is gone is reused by the next one, where chunks on the
/// large-object heap took fresh memory until the next full collection, a page fault per 4 KB; the first chunk starts
/// small and doubles up to that size, so a short run stays small. Entries hold no references (reasons are numbered in
/// a side table), so chunks are allocated without zeroing. An entry is 32 bytes: every page of a run's storage is new
/// memory the process faults in, so its size is run time. What most fills share is not stored: an order id one above
/// the last one (orders fill in the order they were placed, as a signal strategy's do) and a fee of plain zero (no
/// commission) take a flag; other ids and fees go, in fill order, to side lists read back in one pass.
/// </summary>
internal sealed class FillLog(ReadOnlyMemory<Bar> bars) : IReadOnlyList<FillRecord>
{
    private const int ChunkShift = 10;
    private const int ChunkSize = 1 << ChunkShift;

    /// <summary>The size of a full chunk in bytes (tests check that it is on the small-object heap).</summary>
    internal static int ChunkBytes => ChunkSize * System.Runtime.CompilerServices.Unsafe.SizeOf<Entry>();

    // Entry.Packed: the side, the intent, how the order id is kept, whether the fee is in _fees, then the reason's number.
    private const int IntentShift = 1;
    private const int IdKindShift = 2;
    private const int FeeStoredBit = 1 << 4;
    private const int ReasonShift = 5;
    private const int NoOrderId = 0;
    private const int NextOrderId = 1;
    private const int StoredOrderId = 2;

    /// <summary>How many distinct reasons the packed number holds (the strings are numbered by reference).</summary>
    internal const int MaxReasons = (int.MaxValue >> ReasonShift) - 1;

    private readonly ChunkedValues<Entry> _entries = new(ChunkShift);
    // 2,048 values a chunk: 16 KB of ids, 32 KB of fees.
    private readonly ChunkedValues<long> _orderIds = new(11);
    private readonly ChunkedValues<decimal> _fees = new(11);
    private long _lastOrderId;
    private readonly List<string> _reasons = [];
    private readonly Dictionary<string, int> _reasonIds = new(ReferenceEqualityComparer.Instance);
    private string? _lastReason;
    private int _lastReasonId;
    private FillRecord[]? _records;

    // Fills booked at another time than their bar's timestamp (a portfolio's out-of-money exit at a step where the symbol
    // has no bar), by fill number; null until there is one.
    private Dictionary<int, DateTimeOffset>? _times;

    // Every fill's time, copied out of the bars once the run is over when its bars are a caller's buffer, which may change
    // afterwards (see CaptureTimes); null while the times are read from the bars.
    private DateTimeOffset[]? _captured;

    /// <inheritdoc />
    public int Count => _entries.Count;

    /// <inheritdoc />
    public FillRecord this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(unchecked((uint)index), (uint)_entries.Count, nameof(index));
            return Records()[index];
        }
    }

    /// <summary>Appends a fill booked on bar <paramref name="barIndex"/> (whose timestamp is the fill's time). The run's thread only, before anyone reads.</summary>
    /// <param name="barIndex">The bar the fill was booked on.</param>
    /// <param name="orderId">The order's id (0 for fills the engine makes itself).</param>
    /// <param name="side">Buy or sell.</param>
    /// <param name="intent">Entry or exit.</param>
    /// <param name="quantity">The filled quantity.</param>
    /// <param name="priceSource">The double whose decimal conversion is the fill price (every fill price is one): kept instead of the decimal, and converted again, to the same bits, when read.</param>
    /// <param name="fee">The fee charged.</param>
    /// <param name="reason">The tag or exit reason.</param>
    public void Add(int barIndex, long orderId, OrderSide side, OrderIntent intent, decimal quantity, double priceSource, decimal fee, string? reason)
    {
        // Reason number + 1 (0 for none), the fee and order id flags, then the intent and side bits (both enums are 0 or 1,
        // checked on submit).
        var packed = ((reason is null ? 0 : ReasonId(reason) + 1) << ReasonShift) | ((int)intent << IntentShift) | (int)side;
        if (orderId == 0)
        {
            packed |= NoOrderId << IdKindShift;
        }
        else
        {
            if (orderId == _lastOrderId + 1)
            {
                packed |= NextOrderId << IdKindShift;
            }
            else
            {
                packed |= StoredOrderId << IdKindShift;
                _orderIds.Add(orderId);
            }

            _lastOrderId = orderId;
        }

        if (!IsPlainZero(fee))
        {
            packed |= FeeStoredBit;
            _fees.Add(fee);
        }

        ref var e = ref _entries.Append();
        e.BarIndex = barIndex;
        e.Quantity = quantity;
        e.PriceSource = priceSource;
        e.Packed = packed;
        _records = null;
    }

    /// <summary>As the other overload, for a fill booked at <paramref name="time"/>, which may differ from its bar's timestamp.</summary>
    public void Add(DateTimeOffset time, int barIndex, long orderId, OrderSide side, OrderIntent intent, decimal quantity, double priceSource, decimal fee, string? reason)
    {
        if (!time.EqualsExact(bars.Span[barIndex].Timestamp))
        {
            (_times ??= [])[_entries.Count] = time;
        }

        Add(barIndex, orderId, side, intent, quantity, priceSource, fee, reason);
    }

    /// <summary>
    /// Copies every fill's time out of the bars (their timestamps, or the times given to the other Add overload). A run over
    /// a caller's buffer calls it when it is over: the caller may load other bars into that buffer and read the fills later.
    /// </summary>
    public void CaptureTimes()
    {
        var span = bars.Span;
        var times = new DateTimeOffset[_entries.Count];
        for (var i = 0; i < times.Length; i++)
        {
            times[i] = TimeOf(i, span);
        }

        _captured = times;
    }

    /// <summary>Fill <paramref name="index"/>'s time: captured, given to the other Add overload, or its bar's timestamp.</summary>
    private DateTimeOffset TimeOf(int index, ReadOnlySpan<Bar> span) =>
        _captured is { } captured ? captured[index]
        : _times is not null && _times.TryGetValue(index, out var time) ? time
        : span[_entries[index].BarIndex].Timestamp;

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
        records = new FillRecord[_entries.Count];
        var orderIds = _orderIds.Read();
        var fees = _fees.Read();
        var orderId = 0L;
        for (var i = 0; i < records.Length; i++)
        {
            ref readonly var e = ref _entries[i];
            var reason = (e.Packed >> ReasonShift) - 1;
            var id = ((e.Packed >> IdKindShift) & 3) switch
            {
                NoOrderId => 0L,
                NextOrderId => orderId + 1,
                _ => orderIds.Next(),
            };
            if (id != 0)
            {
                orderId = id;
            }

            records[i] = new FillRecord(
                e.BarIndex,
                TimeOf(i, span),
                id,
                (OrderSide)(e.Packed & 1),
                (OrderIntent)((e.Packed >> IntentShift) & 1),
                e.Quantity,
                (decimal)e.PriceSource,
                (e.Packed & FeeStoredBit) != 0 ? fees.Next() : 0m,
                reason < 0 ? null : _reasons[reason]);
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
            if (id == MaxReasons)
            {
                throw new InvalidOperationException(string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"The run's fills carry more than {MaxReasons:N0} distinct tag or reason strings (counted by reference): reuse tag strings instead of building one per order."));
            }

            _reasons.Add(reason);
            _reasonIds.Add(reason, id);
        }

        _lastReason = reason;
        _lastReasonId = id;
        return id;
    }

    /// <summary>Zero with scale 0 and no sign (all four words zero): read back as <c>0m</c>, the same bits. (Nija.Metrics'
    /// DecimalSign.IsPlainZero, which is internal to that package.)</summary>
    private static bool IsPlainZero(decimal value)
    {
        ref var words = ref System.Runtime.CompilerServices.Unsafe.As<decimal, ulong>(ref value);
        return (words | System.Runtime.CompilerServices.Unsafe.Add(ref words, 1)) == 0;
    }

    private struct Entry
    {
        public decimal Quantity;
        public double PriceSource;
        public int BarIndex;
        public int Packed; // (index into _reasons + 1, 0 for none) << 5 | fee stored << 4 | order id kind << 2 | intent << 1 | side
    }
}
