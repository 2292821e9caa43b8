namespace Nija.LiveTracking.Journal;

/// <summary>
/// Durable storage of fills (the source of truth) and of the state derived from them (risk state, daily summaries,
/// last marks). The tracker calls it under its own lock, one call at a time; implementations need not be thread-safe
/// towards the tracker but must be safe against their own background work (e.g. a batch timer).
/// </summary>
public interface ITradeJournal : IDisposable
{
    /// <summary>
    /// Reads everything once, at start-up. A new journal records <paramref name="initialBalance"/> and
    /// <paramref name="now"/> as its creation.
    /// </summary>
    /// <param name="initialBalance">The tracker's initial balance.</param>
    /// <param name="now">The tracker's clock.</param>
    /// <returns>The contents.</returns>
    /// <exception cref="TradeJournalException">The journal is unreadable, or was created with another initial balance.</exception>
    JournalContents Load(decimal initialBalance, DateTimeOffset now);

    /// <summary>Appends a fill and the derived state after it, atomically.</summary>
    /// <param name="fill">The fill; its sequence is one more than the last one.</param>
    /// <param name="checkpoint">Risk state and summaries after the fill.</param>
    /// <exception cref="TradeJournalException">The write failed; nothing of it is stored.</exception>
    void Append(in JournalFill fill, in JournalCheckpoint checkpoint);

    /// <summary>
    /// Appends a fill, the derived state after it and the latest marks of the symbols marked since the last save: the
    /// state was computed with those marks, so a restart has to see them too (else it would rebuild another equity than
    /// the stored risk state's, and a daily-loss breaker could trip on a loss that never happened).
    /// </summary>
    /// <remarks>
    /// The journals of this package write all of it in one transaction. This default, for a journal of your own, appends
    /// the fill and then saves the marks: two writes, so a crash between them loses the marks.
    /// </remarks>
    /// <param name="fill">The fill; its sequence is one more than the last one.</param>
    /// <param name="checkpoint">Risk state and summaries after the fill.</param>
    /// <param name="marks">Marks that changed since the last save (may be empty).</param>
    /// <exception cref="TradeJournalException">The write failed; nothing of it is stored.</exception>
    void Append(in JournalFill fill, in JournalCheckpoint checkpoint, IReadOnlyCollection<JournalMark> marks)
    {
        ArgumentNullException.ThrowIfNull(marks);
        Append(fill, checkpoint);
        if (marks.Count > 0)
        {
            SaveCheckpoint(checkpoint, marks);
        }
    }

    /// <summary>Stores derived state without a fill (after a risk event, a day roll, a reset, or on flush).</summary>
    /// <param name="checkpoint">Risk state and summaries.</param>
    /// <param name="marks">Marks that changed since the last save (may be empty).</param>
    /// <exception cref="TradeJournalException">The write failed.</exception>
    void SaveCheckpoint(in JournalCheckpoint checkpoint, IReadOnlyCollection<JournalMark> marks);

    /// <summary>Commits whatever a batched mode still holds. A no-op for durable journals.</summary>
    /// <exception cref="TradeJournalException">The commit failed.</exception>
    void Flush();
}
