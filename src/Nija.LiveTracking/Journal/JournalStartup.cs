using Nija.Metrics;

namespace Nija.LiveTracking.Journal;

/// <summary>What a journal with snapshots gives the tracker at start-up (<see cref="ITradeJournalSnapshots.LoadStartup"/>). Immutable.</summary>
public sealed class JournalStartup
{
    /// <summary>The journal's contents, with only the fills after <see cref="Snapshot"/> (every fill when there is none).</summary>
    public required JournalContents Contents { get; init; }

    /// <summary>The latest valid snapshot, or null (no snapshot yet, or it was rejected: see <see cref="RejectedSnapshot"/>).</summary>
    public JournalSnapshot? Snapshot { get; init; }

    /// <summary>Execution ids of the fills the snapshot covers, in sequence order (index i = fill i + 1); empty without a snapshot.</summary>
    public IReadOnlyList<string> SnapshotExecutionIds { get; init; } = [];

    /// <summary>The trades closed by the fills the snapshot covers, in closing order; empty without a snapshot.</summary>
    public IReadOnlyList<ClosedTrade> SnapshotClosedTrades { get; init; } = [];

    /// <summary>Stored equity-curve points (fills and marks) in curve order; fills written before schema version 3 have none.</summary>
    public IReadOnlyList<JournalCurvePoint> CurvePoints { get; init; } = [];

    /// <summary>Why a stored snapshot was not used (start-up then replays every fill), or null.</summary>
    public string? RejectedSnapshot { get; init; }
}
