using Nija.LiveTracking.Journal;
using Nija.Metrics;

namespace Nija.LiveTracking;

/// <summary>
/// What recording one fill produced, kept per fill so a retry of its execution id returns the original result (stored
/// packed in 40 bytes by <see cref="OutcomeList"/>; the fill's own data is kept by the tracker only when the journal cannot
/// read it back, see <see cref="ITradeJournalFillReader"/>).
/// </summary>
/// <param name="Sequence">The fill's sequence.</param>
/// <param name="PositionId">The position the fill opened, added to, reduced or closed.</param>
/// <param name="Quantity">The position's open quantity after the fill.</param>
/// <param name="Amount">Entries: the position's average entry price after the fill. Exits: the gross P&amp;L the fill realized.</param>
/// <param name="Closed">Exits that made the position flat: the round trip.</param>
/// <param name="Kind">Entry or exit.</param>
/// <param name="IsNewPosition">Entries: true when the fill opened the position.</param>
internal readonly record struct FillOutcome(
    long Sequence,
    long PositionId,
    decimal Quantity,
    decimal Amount,
    ClosedTrade? Closed,
    FillKind Kind,
    bool IsNewPosition)
{
    /// <summary>The full record of <paramref name="fill"/> (whose outcome this is).</summary>
    public StoredFill With(in JournalFill fill)
    {
        var entry = Kind == FillKind.Entry;
        return new StoredFill(fill, PositionId, IsNewPosition, Quantity, entry ? Amount : 0m, entry ? 0m : Amount, Closed);
    }

    public EntryRecord ToEntryRecord(bool recordedWhileHalted) => new(Sequence, PositionId, IsNewPosition, Quantity, Amount, recordedWhileHalted);

    public ExitRecord ToExitRecord(decimal fees) => new(Sequence, PositionId, Amount, fees, Quantity, Closed);

    public JournalFillResult ToResult(double equity) => new(Sequence, PositionId, IsNewPosition, Quantity, Amount, equity, Closed);
}
