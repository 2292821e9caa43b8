using System.Globalization;
using Nija.LiveTracking.Journal;

namespace Nija.LiveTracking;

/// <summary>
/// Idempotency: execution id → the fill's position in <see cref="_outcomes"/> (what recording it produced). The fill's data,
/// needed only when an id comes again, is read back from the journal when it can (<see cref="ITradeJournalFillReader"/>);
/// otherwise the tracker keeps its own copy in <see cref="_fillData"/>.
/// </summary>
public sealed partial class LiveExecutionTracker
{
    /// <summary>
    /// Execution id → index into <see cref="_outcomes"/> (≥ 0), or −sequence for a fill covered by the start-up snapshot
    /// (its data and result are read from the journal on a retry).
    /// </summary>
    private readonly ExecutionIdIndex _fillIndex = new();
    private readonly ChunkedList<FillOutcome> _outcomes = new();
    private readonly ITradeJournalFillReader? _fillReader;

    /// <summary>Each fill's data (same indexes as <see cref="_outcomes"/>), kept only when the journal cannot read a fill back.</summary>
    private readonly ChunkedList<JournalFill>? _fillData;

    /// <summary>
    /// The original record of a fill whose execution id is already recorded at <paramref name="index"/>, after checking
    /// that <paramref name="candidate"/> carries the same data. Changes nothing.
    /// </summary>
    /// <exception cref="ExecutionIdConflictException">The id was recorded with other data.</exception>
    /// <exception cref="TradeJournalException">The journal cannot return the recorded fill.</exception>
    private StoredFill GetRecorded(int index, in JournalFill candidate)
    {
        StoredFill recorded;
        if (index < 0)
        {
            recorded = ReadSnapshotFill(-(long)index, candidate.ExecutionId);
        }
        else
        {
            ref readonly var outcome = ref _outcomes[index];
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
