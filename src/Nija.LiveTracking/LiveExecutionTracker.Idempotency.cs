using System.Globalization;
using System.Runtime.CompilerServices;
using Nija.LiveTracking.Journal;
using Nija.Metrics;

namespace Nija.LiveTracking;

/// <summary>
/// Idempotency: execution id → the fill's position in <see cref="_outcomes"/> (what recording it produced). The fill's data,
/// needed only when an id comes again, is read back from the journal when it can (<see cref="ITradeJournalFillReader"/>);
/// otherwise the tracker keeps its own copy in <see cref="_fillData"/>.
/// </summary>
public sealed partial class LiveExecutionTracker
{
    /// <summary>
    /// Execution id → position: the first <see cref="_snapshotFills"/> positions are the fills covered by the start-up
    /// snapshot, in sequence order (position p = sequence p + 1; their data and result are read from the journal on a
    /// retry); the others are the fills of <see cref="_outcomes"/>, in the same order (outcome index = position −
    /// <see cref="_snapshotFills"/>).
    /// </summary>
    private readonly ExecutionIdIndex _fillIndex = new();
    private readonly OutcomeList _outcomes = new();
    private readonly ITradeJournalFillReader? _fillReader;

    /// <summary>How many fills the start-up snapshot covers (the first positions of <see cref="_fillIndex"/>).</summary>
    private int _snapshotFills;

    /// <summary>Each fill's data (same indexes as <see cref="_outcomes"/>), kept only when the journal cannot read a fill back.</summary>
    private readonly ChunkedList<JournalFill>? _fillData;

    /// <summary>The original record of an entry whose execution id is already recorded (kept out of the record path's frame).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private EntryRecord GetRecordedEntry(int position, in EntryFill fill, DateTimeOffset now)
    {
        // The data it would be recorded with (sequence, time and halted flag are not compared).
        var candidate = new JournalFill(
            _sequence + 1, fill.ExecutionId, FillKind.Entry, fill.Symbol, fill.Side, fill.Price, fill.Quantity, fill.Fees,
            fill.ExecutionTime, now, fill.PlannedStop, fill.Tag, fill.Regime, null, false);
        return GetRecorded(position, candidate).ToEntryRecord();
    }

    /// <summary>The original record of an exit whose execution id is already recorded (kept out of the record path's frame).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private ExitRecord GetRecordedExit(int position, in ExitFill fill, DateTimeOffset now) =>
        GetRecorded(position, ExitCandidate(fill, now)).ToExitRecord();

    /// <summary>An exit as it would be journaled: the side is the open position's (Long when flat: the ledger then rejects the exit).</summary>
    private JournalFill ExitCandidate(in ExitFill fill, DateTimeOffset now)
    {
        // The side without building a Position.
        var side = fill.Symbol is not null && _ledger.GetSignedQuantity(fill.Symbol) < 0m ? TradeSide.Short : TradeSide.Long;
        return new JournalFill(
            _sequence + 1, fill.ExecutionId, FillKind.Exit, fill.Symbol!, side, fill.Price, fill.Quantity, fill.Fees,
            fill.ExecutionTime, now, null, null, null, fill.ExitReason, false);
    }

    /// <summary>
    /// The original record of a fill whose execution id is already recorded at <paramref name="position"/>, after checking
    /// that <paramref name="candidate"/> carries the same data. Changes nothing.
    /// </summary>
    /// <exception cref="ExecutionIdConflictException">The id was recorded with other data.</exception>
    /// <exception cref="TradeJournalException">The journal cannot return the recorded fill.</exception>
    private StoredFill GetRecorded(int position, in JournalFill candidate)
    {
        StoredFill recorded;
        var index = position - _snapshotFills;
        if (index < 0)
        {
            recorded = ReadSnapshotFill(position + 1L, candidate.ExecutionId);
        }
        else
        {
            var outcome = _outcomes.Get(index, _ledger.ClosedTrades);
            recorded = _fillData is { } data
                ? outcome.With(data[index])
                : outcome.With(ReadBack(outcome.Sequence, candidate.ExecutionId));
        }

        if (!recorded.HasSameData(candidate))
        {
            throw new ExecutionIdConflictException(candidate.ExecutionId, recorded.Fill.Describe(), candidate.Describe());
        }

        _metrics.DuplicateIgnored();
        Log.DuplicateFill(_logger, candidate.ExecutionId, recorded.Fill.Sequence);
        return recorded;
    }

    /// <summary>Forgets the id reserved for a fill that was not recorded (it was rejected, or the journal failed before it was stored).</summary>
    private void ReleaseUnrecorded(string executionId, int index)
    {
        if (_outcomes.Count == index)
        {
            _fillIndex.RemoveLast(executionId);
        }
    }

    private JournalFill ReadBack(long sequence, string executionId)
    {
        if (!_fillReader!.TryReadFill(sequence, out var fill) || !string.Equals(fill.ExecutionId, executionId, StringComparison.Ordinal))
        {
            throw new TradeJournalException(string.Create(
                CultureInfo.InvariantCulture,
                $"Execution id '{executionId}' was recorded as fill #{sequence}, but the journal cannot return that fill."));
        }

        return fill;
    }
}
