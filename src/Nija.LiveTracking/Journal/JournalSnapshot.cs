using Nija.Metrics;

namespace Nija.LiveTracking.Journal;

/// <summary>The tracker's ledger right after fill <see cref="Sequence"/>: what a start-up restores instead of replaying fills 1..N. Immutable.</summary>
public sealed record JournalSnapshot
{
    /// <summary>The last fill the snapshot covers (fills 1..<see cref="Sequence"/>).</summary>
    public required long Sequence { get; init; }

    /// <summary>The execution id of fill <see cref="Sequence"/>; checked against the journal's fills at start-up.</summary>
    public required string LastExecutionId { get; init; }

    /// <summary>The ledger's state after fill <see cref="Sequence"/> (closed trades are stored with their fills, not here).</summary>
    public required LedgerState Ledger { get; init; }
}
