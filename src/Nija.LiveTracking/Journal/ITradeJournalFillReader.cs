namespace Nija.LiveTracking.Journal;

/// <summary>
/// Optional journal support for reading one stored fill back by its sequence. When the tracker's
/// <see cref="ITradeJournal"/> also implements this interface, the tracker does not keep its own copy of every fill's
/// data for idempotency: it keeps what recording each fill produced and reads the fill's data back from the journal when
/// the same execution id is recorded again (to tell a retry from a conflicting reuse of the id). Called under the
/// tracker's lock, one call at a time.
/// </summary>
public interface ITradeJournalFillReader
{
    /// <summary>Reads the stored fill whose sequence is <paramref name="sequence"/>.</summary>
    /// <param name="sequence">The fill's sequence (1, 2, 3, … in recording order).</param>
    /// <param name="fill">The fill, exactly as it was appended (or loaded), when found.</param>
    /// <returns>True when a fill with that sequence is stored; false otherwise.</returns>
    /// <exception cref="TradeJournalException">The read failed.</exception>
    bool TryReadFill(long sequence, out JournalFill fill);
}
