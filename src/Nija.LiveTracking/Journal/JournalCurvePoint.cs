namespace Nija.LiveTracking.Journal;

/// <summary>A stored point of the live equity curve: a fill's point, or a mark point (at most one per mark interval).</summary>
/// <param name="AfterSequence">Fill points: the fill's sequence. Mark points: the sequence of the last fill before the mark (0 before any).</param>
/// <param name="Time">The point's time (tracker clock, UTC).</param>
/// <param name="Equity">Equity at that time.</param>
/// <param name="IsMark">True for a mark point, false for a fill point.</param>
public readonly record struct JournalCurvePoint(long AfterSequence, DateTimeOffset Time, double Equity, bool IsMark);
