namespace Nija.Metrics;

/// <summary>
/// Everything a <see cref="Ledger"/> holds apart from its closed trades, as exported by <see cref="Ledger.Export"/> and
/// restored by <see cref="Ledger.Restore"/>: a restored ledger continues exactly as the exported one would. Immutable.
/// </summary>
/// <remarks>Closed trades are not part of the state (they only grow; the live journal stores each one once) and are passed
/// to <see cref="Ledger.Restore"/> separately.</remarks>
public sealed record LedgerState
{
    /// <summary>The cash the ledger started with (greater than zero).</summary>
    public required decimal InitialCash { get; init; }

    /// <summary>Cash on hand.</summary>
    public required decimal Cash { get; init; }

    /// <summary>Gross realized P&amp;L so far.</summary>
    public required decimal RealizedPnl { get; init; }

    /// <summary>Fees paid so far (zero or more).</summary>
    public required decimal TotalFees { get; init; }

    /// <summary>Unrealized P&amp;L of the open positions, exactly as the ledger carried it.</summary>
    public required decimal UnrealizedPnl { get; init; }

    /// <summary>The highest equity seen.</summary>
    public required decimal PeakEquity { get; init; }

    /// <summary>The largest drawdown seen, as a fraction (0.12 = 12 %).</summary>
    public required double MaxDrawdown { get; init; }

    /// <summary>The id the next new position gets (greater than every open or closed position id).</summary>
    public required long NextPositionId { get; init; }

    /// <summary>The open positions with their full book-keeping, ordered by position id.</summary>
    public required IReadOnlyList<LedgerPositionState> OpenPositions { get; init; }
}
