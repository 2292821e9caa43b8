using System.Globalization;
using Nija.Metrics;

namespace Nija.LiveTracking.Journal;

/// <summary>
/// A journal that keeps everything in memory: for tests, benchmarks and dry runs. It survives a tracker being disposed and
/// re-created on the same instance (a simulated restart), not a process exit. Thread-safe. It reads fills back by sequence
/// (<see cref="ITradeJournalFillReader"/>), so a tracker on it keeps no second copy of every fill.
/// </summary>
public sealed class InMemoryTradeJournal : ITradeJournal, ITradeJournalFillReader
{
    private readonly Lock _gate = new();
    private readonly ChunkedList<CompactJournalFill> _fills = new();
    private readonly SortedDictionary<DateOnly, DailySummary> _summaries = [];
    private readonly Dictionary<string, JournalMark> _marks = new(StringComparer.Ordinal);
    private decimal? _initialBalance;
    private DateTimeOffset _createdAt;
    private RiskState? _risk;
    private DailySummary _today;
    private bool _hasToday;
    private long _lastSequence;

    /// <summary>The first stored fill's sequence (fills are stored as their distance from it).</summary>
    private long _firstSequence;

    /// <summary>
    /// A journal preloaded with <paramref name="contents"/> (e.g. from <see cref="SqliteTradeJournal.OpenReadOnly"/>): a
    /// tracker created on it shows the full state — positions, balance, closed trades, equity curve — without ever
    /// writing to the original file. This is how a display tool such as <c>nija live</c> rebuilds a journal's state.
    /// </summary>
    /// <param name="contents">What to preload.</param>
    /// <returns>The journal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contents"/> is null.</exception>
    public static InMemoryTradeJournal From(JournalContents contents)
    {
        ArgumentNullException.ThrowIfNull(contents);
        var journal = new InMemoryTradeJournal
        {
            _initialBalance = contents.InitialBalance,
            _createdAt = contents.CreatedAt,
            _risk = contents.RiskState,
        };
        foreach (var fill in contents.Fills)
        {
            journal.Store(fill);
        }

        foreach (var summary in contents.DailySummaries)
        {
            journal._summaries[summary.Day] = summary;
        }

        foreach (var mark in contents.Marks)
        {
            journal._marks[mark.Symbol] = mark;
        }

        return journal;
    }

    /// <summary>Number of fills stored.</summary>
    public int FillCount
    {
        get
        {
            lock (_gate)
            {
                return _fills.Count;
            }
        }
    }

    /// <inheritdoc />
    public JournalContents Load(decimal initialBalance, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_initialBalance is null)
            {
                _initialBalance = initialBalance;
                _createdAt = now;
            }
            else if (_initialBalance.Value != initialBalance)
            {
                throw new TradeJournalException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"The journal was created with an initial balance of {_initialBalance.Value}, not {initialBalance}."));
            }

            return Snapshot();
        }
    }

    /// <summary>Everything stored, as a tracker would load it (without changing anything).</summary>
    /// <returns>The contents.</returns>
    /// <exception cref="InvalidOperationException">Nothing was loaded yet, so the initial balance is unknown.</exception>
    public JournalContents Read()
    {
        lock (_gate)
        {
            if (_initialBalance is null)
            {
                throw new InvalidOperationException("The journal has not been loaded by a tracker yet.");
            }

            return Snapshot();
        }
    }

    /// <inheritdoc />
    public void Append(in JournalFill fill, in JournalCheckpoint checkpoint)
    {
        lock (_gate)
        {
            if (_fills.Count > 0 && fill.Sequence <= _lastSequence)
            {
                throw new TradeJournalException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Fill sequence {fill.Sequence} is not after the last stored sequence {_lastSequence}."));
            }

            Store(fill);
            Apply(checkpoint);
        }
    }

    /// <inheritdoc />
    public void Append(in JournalFill fill, in JournalCheckpoint checkpoint, IReadOnlyCollection<JournalMark> marks)
    {
        ArgumentNullException.ThrowIfNull(marks);
        lock (_gate)
        {
            Append(fill, checkpoint);
            foreach (var mark in marks)
            {
                _marks[mark.Symbol] = mark;
            }
        }
    }

    /// <inheritdoc />
    public bool TryReadFill(long sequence, out JournalFill fill)
    {
        lock (_gate)
        {
            var count = _fills.Count;
            if (count > 0)
            {
                // Fills appended by a tracker have consecutive sequences: the fill is usually at sequence − first.
                var first = _firstSequence;
                var guess = unchecked((ulong)(sequence - first)); // exact when sequence ≥ first, whatever the distance
                if (sequence >= first && guess < (ulong)count && _fills[(int)guess].Sequence(first) == sequence)
                {
                    fill = _fills[(int)guess].ToFill(first);
                    return true;
                }

                // Preloaded contents may have gaps: sequences are strictly increasing, so search.
                var low = 0;
                var high = count - 1;
                while (low <= high)
                {
                    var mid = low + ((high - low) >> 1);
                    var found = _fills[mid].Sequence(first);
                    if (found == sequence)
                    {
                        fill = _fills[mid].ToFill(first);
                        return true;
                    }

                    if (found < sequence)
                    {
                        low = mid + 1;
                    }
                    else
                    {
                        high = mid - 1;
                    }
                }
            }

            fill = default;
            return false;
        }
    }

    /// <inheritdoc />
    public void SaveCheckpoint(in JournalCheckpoint checkpoint, IReadOnlyCollection<JournalMark> marks)
    {
        ArgumentNullException.ThrowIfNull(marks);
        lock (_gate)
        {
            Apply(checkpoint);
            foreach (var mark in marks)
            {
                _marks[mark.Symbol] = mark;
            }
        }
    }

    /// <inheritdoc />
    public void Flush()
    {
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    /// <summary>Stores a fill whose sequence is after every stored one.</summary>
    private void Store(in JournalFill fill)
    {
        if (_fills.Count == 0)
        {
            _firstSequence = fill.Sequence;
        }

        _fills.AddSlot().Set(fill, _firstSequence);
        _lastSequence = fill.Sequence;
    }

    private void Apply(in JournalCheckpoint checkpoint)
    {
        _risk = checkpoint.Risk;

        // Today's summary changes with every fill: it is kept apart and enters the sorted map only when another day takes
        // its place, so the common append is a field store rather than a tree update.
        if (_hasToday && _today.Day != checkpoint.Today.Day)
        {
            _summaries[_today.Day] = _today;
        }

        if (checkpoint.ClosedDay is { } closed)
        {
            _summaries[closed.Day] = closed;
        }

        _today = checkpoint.Today;
        _hasToday = true;
    }

    private List<JournalFill> Fills()
    {
        var fills = new List<JournalFill>(_fills.Count);
        for (var i = 0; i < _fills.Count; i++)
        {
            fills.Add(_fills[i].ToFill(_firstSequence));
        }

        return fills;
    }

    private List<DailySummary> Summaries()
    {
        if (!_hasToday)
        {
            return [.. _summaries.Values];
        }

        var all = new SortedDictionary<DateOnly, DailySummary>(_summaries) { [_today.Day] = _today };
        return [.. all.Values];
    }

    private JournalContents Snapshot() => new()
    {
        InitialBalance = _initialBalance!.Value,
        CreatedAt = _createdAt,
        Fills = Fills(),
        RiskState = _risk,
        DailySummaries = Summaries(),
        Marks = [.. _marks.Values],
    };
}
