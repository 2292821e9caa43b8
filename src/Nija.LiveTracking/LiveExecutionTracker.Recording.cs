using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using Nija.LiveTracking.Journal;
using Nija.LiveTracking.Risk;
using Nija.Metrics;

namespace Nija.LiveTracking;

/// <summary>Recording fills (entry, exit, commit, clock check) and applying them to the ledger, also at start-up (replay).</summary>
public sealed partial class LiveExecutionTracker
{
    /// <inheritdoc />
    public EntryRecord RecordEntry(in EntryFill fill)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fill.ExecutionId, nameof(fill));
        List<RiskAlert>? alerts = null;
        try
        {
            lock (_gate)
            {
                ThrowIfUnusable();
                var now = _time.GetUtcNow();
                // One index operation: finds a recorded id, or reserves the id for this fill (released if it is rejected).
                var position = _fillIndex.GetOrAdd(fill.ExecutionId, out var exists);
                if (exists)
                {
                    return GetRecordedEntry(position, fill, now);
                }

                var index = _outcomes.Count;
                try
                {
                    CheckClock(fill.ExecutionTime, now);
                    AdvanceTo(now, ref alerts);
                    var halted = _risk.IsHalted || IsAccountHalted(now);
                    var recorded = new JournalFill(
                        _sequence + 1, fill.ExecutionId, FillKind.Entry, fill.Symbol, fill.Side, fill.Price, fill.Quantity, fill.Fees,
                        fill.ExecutionTime, now, fill.PlannedStop, fill.Tag, fill.Regime, null, halted);
                    var outcome = Apply(recorded);
                    Commit(recorded, outcome, now, ref alerts);
                    if (halted)
                    {
                        AddAlert(ref alerts, RiskAlertKind.EntryWhileHalted, now, summary: null, fill.ExecutionId);
                    }

                    return outcome.ToEntryRecord(halted);
                }
                catch
                {
                    ReleaseUnrecorded(fill.ExecutionId, index);
                    throw;
                }
            }
        }
        finally
        {
            _alerts.Dispatch(alerts, this, AlertRaised);
        }
    }

    /// <inheritdoc />
    public ExitRecord RecordExit(in ExitFill fill)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fill.ExecutionId, nameof(fill));
        List<RiskAlert>? alerts = null;
        try
        {
            lock (_gate)
            {
                ThrowIfUnusable();
                var now = _time.GetUtcNow();
                var position = _fillIndex.GetOrAdd(fill.ExecutionId, out var exists);
                if (exists)
                {
                    return GetRecordedExit(position, fill, now);
                }

                var index = _outcomes.Count;
                try
                {
                    CheckClock(fill.ExecutionTime, now);
                    AdvanceTo(now, ref alerts);
                    var outcome = ApplyExit(fill);
                    // The journaled side is the side of the position the exit reduced: the round trip's when it closed it
                    // (no second look-up), else the position's, still open on the same side.
                    var side = outcome.Closed is { } closed ? closed.Side
                        : _ledger.GetSignedQuantity(fill.Symbol) < 0m ? TradeSide.Short : TradeSide.Long;
                    var recorded = new JournalFill(
                        _sequence + 1, fill.ExecutionId, FillKind.Exit, fill.Symbol, side, fill.Price, fill.Quantity, fill.Fees,
                        fill.ExecutionTime, now, null, null, null, fill.ExitReason, false);
                    Commit(recorded, outcome, now, ref alerts);
                    return outcome.ToExitRecord(fill.Fees);
                }
                catch
                {
                    ReleaseUnrecorded(fill.ExecutionId, index);
                    throw;
                }
            }
        }
        finally
        {
            _alerts.Dispatch(alerts, this, AlertRaised);
        }
    }

    private void Replay(JournalContents contents, JournalStartup? startup)
    {
        var marks = new Dictionary<long, List<JournalMark>>();
        foreach (var mark in contents.Marks)
        {
            // After a snapshot at fill N, marks made after fill N are re-applied (idempotent: the snapshot may already hold
            // them); earlier marks are already in the snapshot, and applying them again would undo later fills' prices.
            if (mark.AfterSequence < _sequence)
            {
                continue;
            }

            if (!marks.TryGetValue(mark.AfterSequence, out var list))
            {
                marks[mark.AfterSequence] = list = [];
            }

            list.Add(mark);
        }

        ApplyMarks(marks, _sequence);
        var replayed = new List<JournalCurvePoint>(contents.Fills.Count);
        // Kept until the first snapshot, which may have to store these fills' results (journals from schema version 2).
        var replayedEquity = startup is not null && _options.SnapshotInterval > 0 ? new double[contents.Fills.Count] : null;
        foreach (var fill in contents.Fills)
        {
            if (fill.Sequence <= _sequence || !_fillIndex.TryAdd(fill.ExecutionId))
            {
                throw new TradeJournalException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"The journal is inconsistent: fill #{fill.Sequence} '{fill.ExecutionId}' is out of order or duplicated. It was left untouched."));
            }

            try
            {
                _outcomes.Add(Apply(fill), _ledger.ClosedTrades.Count);
                _fillData?.Add(fill);
            }
            catch (ArgumentException ex)
            {
                throw new TradeJournalException(
                    string.Create(CultureInfo.InvariantCulture, $"The journal is inconsistent: fill #{fill.Sequence} '{fill.ExecutionId}' does not replay ({ex.Message}). It was left untouched."),
                    ex);
            }

            _sequence = fill.Sequence;
            _lastExecutionId = fill.ExecutionId;
            var equity = (double)_ledger.Equity;
            replayed.Add(new JournalCurvePoint(fill.Sequence, fill.RecordedAt, equity, false));
            if (replayedEquity is not null)
            {
                replayedEquity[replayed.Count - 1] = equity;
            }

            ApplyMarks(marks, fill.Sequence);
        }

        _replayedEquity = replayedEquity;
        BuildCurve(contents.CreatedAt, startup?.CurvePoints ?? [], replayed);
    }

    private void ApplyMarks(Dictionary<long, List<JournalMark>> marks, long sequence)
    {
        if (marks.Remove(sequence, out var after))
        {
            foreach (var mark in after)
            {
                _ledger.MarkPrice(mark.Symbol, mark.Price);
            }
        }
    }

    private FillOutcome Apply(in JournalFill f)
    {
        if (f.Kind == FillKind.Entry)
        {
            var e = _ledger.RecordEntry(f.Symbol, f.Side, f.Price, f.Quantity, f.Fees, f.ExecutionTime, f.PlannedStop, f.Regime, f.Tag);
            return new FillOutcome(f.Sequence, e.PositionId, e.Quantity, e.AverageEntryPrice, null, FillKind.Entry, e.IsNewPosition);
        }

        var x = _ledger.RecordExit(f.Symbol, f.Price, f.Quantity, f.Fees, f.ExecutionTime, f.ExitReason);
        return new FillOutcome(f.Sequence, x.PositionId, x.RemainingQuantity, x.RealizedPnl, x.ClosedTrade, FillKind.Exit, false);
    }

    /// <summary>Applies an exit to the ledger (it validates the fill; nothing changes when it throws).</summary>
    private FillOutcome ApplyExit(in ExitFill f)
    {
        var x = _ledger.RecordExit(f.Symbol, f.Price, f.Quantity, f.Fees, f.ExecutionTime, f.ExitReason);
        return new FillOutcome(_sequence + 1, x.PositionId, x.RemainingQuantity, x.RealizedPnl, x.ClosedTrade, FillKind.Exit, false);
    }

    /// <summary>Stores a fill the ledger accepted (its id is already reserved in the index at the next outcome's position) and journals it.</summary>
    private void Commit(in JournalFill fill, in FillOutcome applied, DateTimeOffset now, ref List<RiskAlert>? alerts)
    {
        _sequence = fill.Sequence;
        _outcomes.Add(applied, _ledger.ClosedTrades.Count);
        _fillData?.Add(fill);
        // The ledger keeps both as its last update computed them (balance + unrealized: the same decimal as adding here).
        var balance = _ledger.Balance;
        var equity = _ledger.Equity;
        var events = _risk.Update(now, equity);
        // The new summary is built in place, field by field: a `with` copy went through a temporary whose wide reloads
        // stalled on the narrow stores just made to it (the same pattern showed in RiskRules.Update's profile).
        var t = _today;
        if (applied.Closed is { } closed)
        {
            var net = closed.NetPnl;
            _today = new DailySummary(
                t.Day,
                t.Fills + 1,
                t.Trades + 1,
                net > 0m ? t.Wins + 1 : t.Wins,
                net < 0m ? t.Losses + 1 : t.Losses,
                t.RealizedPnl + applied.Amount,
                t.Fees + fill.Fees,
                t.StartingEquity,
                balance,
                equity,
                t.BreakerTrips);
        }
        else
        {
            _today = new DailySummary(
                t.Day,
                t.Fills + 1,
                t.Trades,
                t.Wins,
                t.Losses,
                fill.Kind == FillKind.Exit ? t.RealizedPnl + applied.Amount : t.RealizedPnl,
                t.Fees + fill.Fees,
                t.StartingEquity,
                balance,
                equity,
                t.BreakerTrips);
        }

        var closedDay = events == RiskEvents.None ? null : HandleEvents(events, now, ref alerts);
        var point = (double)equity;
        _curve.AddFill(now, point);
        _lastMarkUnsaved = false;
        if (_snapshots is null && !_metrics.IsJournalLatencyEnabled)
        {
            Append(fill, closedDay);
        }
        else
        {
            AppendTimed(fill, applied, point, closedDay);
        }

        if (_accountGate is not null)
        {
            AfterJournalWrite(now, ref alerts);
        }

        _metrics.FillRecorded(fill.Kind == FillKind.Entry);
        _lastExecutionId = fill.ExecutionId;
        if (_snapshots is not null && _options.SnapshotInterval > 0 && _sequence - _lastSnapshotSequence >= _options.SnapshotInterval)
        {
            WriteSnapshot();
        }
    }

    /// <summary>Journals a fill (plain journal, nobody timing it); a failure faults the tracker.</summary>
    private void Append(in JournalFill fill, DailySummary? closedDay)
    {
        try
        {
            AppendToJournal(fill, new JournalCheckpoint(_risk.State, _today, closedDay));
        }
        catch (Exception ex)
        {
            Fault(ex);
            throw;
        }
    }

    /// <summary>
    /// Appends a fill with the marks its stored state was computed from (see <see cref="ITradeJournal.Append(in JournalFill, in JournalCheckpoint, IReadOnlyCollection{JournalMark})"/>),
    /// so a restart rebuilds the same equity.
    /// </summary>
    private void AppendToJournal(in JournalFill fill, in JournalCheckpoint checkpoint)
    {
        if (_dirtyMarks.Count == 0)
        {
            _journal.Append(fill, checkpoint);
            return;
        }

        _journal.Append(fill, checkpoint, _dirtyMarks.Values);
        _dirtyMarks.Clear();
    }

    /// <summary>Journals a fill, with its result for a journal with snapshots, and times the write when someone listens.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AppendTimed(in JournalFill fill, in FillOutcome applied, double point, DailySummary? closedDay)
    {
        var timed = _metrics.IsJournalLatencyEnabled;
        var started = timed ? _time.GetTimestamp() : 0L;
        try
        {
            var checkpoint = new JournalCheckpoint(_risk.State, _today, closedDay);
            if (_snapshots is { } snapshots)
            {
                if (_dirtyMarks.Count == 0)
                {
                    snapshots.Append(fill, checkpoint, applied.ToResult(point));
                }
                else
                {
                    snapshots.Append(fill, checkpoint, applied.ToResult(point), _dirtyMarks.Values);
                    _dirtyMarks.Clear();
                }

                SaveCurveMarks();
            }
            else
            {
                AppendToJournal(fill, checkpoint);
            }
        }
        catch (Exception ex)
        {
            Fault(ex);
            throw;
        }

        if (timed)
        {
            _metrics.JournalWrite(_time.GetElapsedTime(started));
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Fault(Exception ex)
    {
        _fault = ex;
        Log.JournalFailed(_logger, ex);
    }

    private void CheckClock(DateTimeOffset executionTime, DateTimeOffset now)
    {
        if (executionTime > now + _options.MaxClockSkew)
        {
            ThrowClockSkew(executionTime, now);
        }
    }

    /// <summary>Throws for a fill from the future (kept out of the record path, whose frame would hold the message's builder).</summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowClockSkew(DateTimeOffset executionTime, DateTimeOffset now) =>
        throw new ArgumentOutOfRangeException(
            "fill",
            executionTime,
            string.Create(CultureInfo.InvariantCulture, $"Execution time {executionTime:O} is more than {_options.MaxClockSkew} after now ({now:O}); check the bot's clock."));
}
