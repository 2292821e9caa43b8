using Nija.Metrics;

namespace Nija.LiveTracking.Journal;

/// <summary>What recording a fill produced, stored next to the fill so a start from a snapshot can answer a retry of an old
/// execution id with the original result and rebuild the equity curve without replaying the fill.</summary>
/// <param name="Sequence">The fill's sequence.</param>
/// <param name="PositionId">The position the fill opened, added to, reduced or closed.</param>
/// <param name="IsNewPosition">Entries: true when the fill opened the position.</param>
/// <param name="Quantity">The position's open quantity after the fill.</param>
/// <param name="Amount">Entries: the position's average entry price after the fill. Exits: the gross P&amp;L the fill realized.</param>
/// <param name="Equity">The tracker's equity right after the fill (the fill's equity-curve point).</param>
/// <param name="ClosedTrade">Exits that made the position flat: the round trip.</param>
public readonly record struct JournalFillResult(
    long Sequence,
    long PositionId,
    bool IsNewPosition,
    decimal Quantity,
    decimal Amount,
    double Equity,
    ClosedTrade? ClosedTrade);
