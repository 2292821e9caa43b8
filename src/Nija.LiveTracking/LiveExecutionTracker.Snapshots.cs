using System.Globalization;
using Nija.LiveTracking.Journal;
using Nija.Metrics;

namespace Nija.LiveTracking;

/// <summary>
/// Start-up from a snapshot, periodic snapshots, and journaled equity-curve marks (for journals that implement
/// <see cref="ITradeJournalSnapshots"/>; others replay every fill at start-up).
/// </summary>
public sealed partial class LiveExecutionTracker
{
    private readonly List<JournalCurvePoint> _unsavedMarks = [];
    private ITradeJournalSnapshots? _snapshots;
    private long _lastSnapshotSequence;
    private long _firstStoredSequence = 1;
    private string? _lastExecutionId;
    private bool _lastMarkUnsaved;
    private double[]? _replayedEquity;

    /// <summary>Loads the journal, restores the latest valid snapshot (if any) and replays the fills after it.</summary>
    private int Start(DateTimeOffset now, out JournalContents contents)
    {
        _snapshots = _journal as ITradeJournalSnapshots;
        if (_snapshots is null)
        {
            contents = _journal.Load(_options.InitialBalance, now);
            Replay(contents, null);
            return contents.Fills.Count;
        }

        var startup = _snapshots.LoadStartup(_options.InitialBalance, now, useSnapshot: _options.SnapshotInterval > 0);
        if (startup.RejectedSnapshot is { } reason)
        {
            Log.SnapshotRejected(_logger, reason);
        }

        if (startup.Snapshot is { } snapshot)
        {
            RestoreSnapshot(snapshot, startup);
        }

        contents = startup.Contents;
        _firstStoredSequence = _sequence + 1;
        Replay(contents, startup);
        return contents.Fills.Count;
    }

    private void RestoreSnapshot(JournalSnapshot snapshot, JournalStartup startup)
    {
        var ids = startup.SnapshotExecutionIds;
        if (snapshot.Sequence > int.MaxValue || ids.Count != snapshot.Sequence)
        {
            throw Inconsistent(snapshot.Sequence, string.Create(CultureInfo.InvariantCulture, $"it covers {snapshot.Sequence} fills but {ids.Count} execution ids were read"), null);
        }

        try
        {
            _ledger = Ledger.Restore(snapshot.Ledger, startup.SnapshotClosedTrades);
        }
        catch (ArgumentException ex)
        {
            throw Inconsistent(snapshot.Sequence, ex.Message, ex);
        }

        for (var i = 0; i < ids.Count; i++)
        {
            // Positions below the snapshot's count are fills covered by the snapshot: their data and result are read from the
            // journal on a retry.
            if (!_fillIndex.TryAdd(ids[i]))
            {
                throw Inconsistent(snapshot.Sequence, $"execution id '{ids[i]}' appears twice", null);
            }
        }

        _snapshotFills = ids.Count;
        _sequence = snapshot.Sequence;
        _lastSnapshotSequence = snapshot.Sequence;
        _lastExecutionId = snapshot.LastExecutionId;
    }

    private static TradeJournalException Inconsistent(long sequence, string why, Exception? inner)
    {
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"The journal's snapshot at fill #{sequence} is inconsistent ({why}). The journal was left untouched; set SnapshotInterval = 0 to start by replaying every fill.");
        return inner is null ? new TradeJournalException(message) : new TradeJournalException(message, inner);
    }

    /// <summary>The equity curve: the initial point, then per fill its stored point (or the replayed one) followed by its stored mark points.</summary>
    private void BuildCurve(DateTimeOffset createdAt, IReadOnlyList<JournalCurvePoint> stored, List<JournalCurvePoint> replayed)
    {
        _curve.AddFill(createdAt, _options.InitialBalance);
        var s = 0;
        var r = 0;
        AddStoredMarks(stored, ref s, 0);
        for (var seq = 1L; seq <= _sequence; seq++)
        {
            var added = false;
            if (s < stored.Count && stored[s].AfterSequence == seq && !stored[s].IsMark)
            {
                _curve.AddFill(stored[s].Time, stored[s].Equity);
                s++;
                added = true;
            }

            while (r < replayed.Count && replayed[r].AfterSequence < seq)
            {
                r++;
            }

            if (r < replayed.Count && replayed[r].AfterSequence == seq)
            {
                if (!added)
                {
                    _curve.AddFill(replayed[r].Time, replayed[r].Equity);
                }

                r++;
            }

            AddStoredMarks(stored, ref s, seq);
        }
    }

    private void AddStoredMarks(IReadOnlyList<JournalCurvePoint> stored, ref int s, long seq)
    {
        while (s < stored.Count && stored[s].AfterSequence <= seq)
        {
            if (stored[s].IsMark && stored[s].AfterSequence == seq)
            {
                _curve.AddMark(stored[s].Time, stored[s].Equity, _markIntervalTicks);
            }

            s++;
        }
    }

    /// <summary>Remembers the curve's newest mark point so it is journaled (replacing an unsaved point of the same interval).</summary>
    private void TrackMarkPoint(bool added, double equity)
    {
        if (_snapshots is null)
        {
            return;
        }

        var point = new JournalCurvePoint(_sequence, new DateTimeOffset(_curve.LastTicks, TimeSpan.Zero), equity, true);
        if (!added && _lastMarkUnsaved)
        {
            _unsavedMarks[^1] = point;
        }
        else
        {
            _unsavedMarks.Add(point);
        }

        _lastMarkUnsaved = true;
    }

    /// <summary>Writes the mark points not yet journaled (a later point of the same interval replaces them again at start-up).</summary>
    private void SaveCurveMarks()
    {
        if (_snapshots is null || _unsavedMarks.Count == 0)
        {
            return;
        }

        _snapshots.SaveCurveMarks(_unsavedMarks);
        _unsavedMarks.Clear();
        _lastMarkUnsaved = false;
    }

    /// <summary>Stores a snapshot when fills were recorded since the last one; a failure is logged, never fatal (fills are intact).</summary>
    private void WriteSnapshot()
    {
        if (_snapshots is null || _options.SnapshotInterval == 0 || _sequence == _lastSnapshotSequence || _lastExecutionId is null)
        {
            return;
        }

        var snapshot = new JournalSnapshot { Sequence = _sequence, LastExecutionId = _lastExecutionId, Ledger = _ledger.Export() };
        try
        {
            if (_snapshots.SaveSnapshot(snapshot, ResultOf))
            {
                _replayedEquity = null;
            }
        }
        catch (TradeJournalException ex)
        {
            Log.SnapshotFailed(_logger, ex, _sequence);
        }

        // Also after a failure: the next attempt comes one interval later, not on the next fill.
        _lastSnapshotSequence = _sequence;
    }

    /// <summary>
    /// The result of a fill this tracker holds, for a snapshot that must store results the journal lacks (fills of a schema
    /// version 2 journal, replayed at start-up, with their replayed equity); NaN equity for fills recorded live (whose results
    /// are stored with them, so the journal never needs them).
    /// </summary>
    private JournalFillResult ResultOf(long sequence)
    {
        var index = sequence - _firstStoredSequence;
        if (index < 0 || index >= _outcomes.Count)
        {
            throw new KeyNotFoundException(string.Create(CultureInfo.InvariantCulture, $"Fill #{sequence} is not held by this tracker."));
        }

        var f = _outcomes.Get((int)index, _ledger.ClosedTrades);
        return f.ToResult(_replayedEquity is { } equity && index < equity.Length ? equity[index] : double.NaN);
    }

    /// <summary>A fill covered by the snapshot, read back from the journal for a retry of its execution id.</summary>
    private StoredFill ReadSnapshotFill(long sequence, string executionId)
    {
        if (_snapshots is null || !_snapshots.TryReadFill(sequence, out var fill, out var result))
        {
            throw new TradeJournalException(string.Create(
                CultureInfo.InvariantCulture,
                $"Execution id '{executionId}' was recorded as fill #{sequence}, but the journal cannot return that fill and its result."));
        }

        var entry = fill.Kind == FillKind.Entry;
        return new StoredFill(fill, result.PositionId, result.IsNewPosition, result.Quantity, entry ? result.Amount : 0m, entry ? 0m : result.Amount, result.ClosedTrade);
    }
}
