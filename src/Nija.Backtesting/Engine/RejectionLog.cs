using System.Collections;
using Nija.Backtesting.Orders;
using Nija.Metrics;

namespace Nija.Backtesting.Engine;

/// <summary>
/// The orders a run rejected, kept as plain values while the run appends to them and turned into
/// <see cref="RejectedOrder"/> records only when someone reads them. A run with risk limits can reject tens of thousands
/// of entries while its breaker is tripped; formatting each one's reason (the breaker's numbers) cost more than the
/// rest of the rejection. Appending is single-threaded (the run); reading is thread-safe once the run is over (the
/// records are built once and published atomically).
/// </summary>
internal sealed class RejectionLog : IReadOnlyList<RejectedOrder>
{
    /// <summary>The words before a breaker rejection's decision.</summary>
    public const string BreakerPrefix = "daily-loss circuit breaker tripped: ";

    private readonly List<Entry> _entries = [];
    private RejectedOrder[]? _records;

    /// <inheritdoc />
    public int Count => _entries.Count;

    /// <inheritdoc />
    public RejectedOrder this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(unchecked((uint)index), (uint)_entries.Count, nameof(index));
            return Records()[index];
        }
    }

    /// <summary>Appends an order rejected for <paramref name="reason"/>. The run's thread only, before anyone reads.</summary>
    public void Add(long orderId, DateTimeOffset time, OrderSide side, OrderIntent intent, string reason)
    {
        _entries.Add(new Entry(orderId, time, side, intent, reason, default));
        _records = null;
    }

    /// <summary>Appends an entry the daily-loss breaker rejected; its reason is <see cref="BreakerPrefix"/> + the decision, in words, when read.</summary>
    public void AddHalted(long orderId, DateTimeOffset time, OrderSide side, OrderIntent intent, in RiskDecision decision)
    {
        _entries.Add(new Entry(orderId, time, side, intent, null, decision));
        _records = null;
    }

    /// <inheritdoc />
    public IEnumerator<RejectedOrder> GetEnumerator()
    {
        var records = Records();
        for (var i = 0; i < records.Length; i++)
        {
            yield return records[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private RejectedOrder[] Records()
    {
        var records = Volatile.Read(ref _records);
        if (records is not null)
        {
            return records;
        }

        records = new RejectedOrder[_entries.Count];
        for (var i = 0; i < records.Length; i++)
        {
            var e = _entries[i];
            records[i] = new RejectedOrder(e.OrderId, e.Time, e.Side, e.Intent, e.Reason ?? BreakerPrefix + e.Decision.Describe());
        }

        // Two readers racing build equal arrays; the first published one is what everyone sees.
        return Interlocked.CompareExchange(ref _records, records, null) ?? records;
    }

    private readonly record struct Entry(long OrderId, DateTimeOffset Time, OrderSide Side, OrderIntent Intent, string? Reason, RiskDecision Decision);
}
