namespace Nija.LiveTracking.Journal;

/// <summary>
/// Optional journal support for fast start-up: fills stored with their results, periodic snapshots of the ledger, stored
/// equity-curve points, and reading one old fill on demand. The tracker uses it when its <see cref="ITradeJournal"/> also
/// implements this interface, and replays every fill otherwise. Called under the tracker's lock, one call at a time.
/// </summary>
public interface ITradeJournalSnapshots
{
    /// <summary>
    /// Reads what start-up needs, instead of <see cref="ITradeJournal.Load"/>: the latest valid snapshot with the execution ids
    /// and closed trades of the fills it covers, the fills after it, and the stored curve points. A snapshot that does not
    /// match the journal (format, checksum, initial balance, missing fills or results) is not used: every fill is returned
    /// and <see cref="JournalStartup.RejectedSnapshot"/> says why.
    /// </summary>
    /// <param name="initialBalance">The tracker's initial balance.</param>
    /// <param name="now">The tracker's clock.</param>
    /// <param name="useSnapshot">False to ignore any snapshot and return every fill (a full replay).</param>
    /// <returns>The start-up contents.</returns>
    /// <exception cref="TradeJournalException">The journal is unreadable, or was created with another initial balance.</exception>
    JournalStartup LoadStartup(decimal initialBalance, DateTimeOffset now, bool useSnapshot = true);

    /// <summary>Appends a fill, what recording it produced (closed trade included), and the derived state after it, atomically (like <see cref="ITradeJournal.Append(in JournalFill, in JournalCheckpoint)"/>).</summary>
    /// <param name="fill">The fill; its sequence is one more than the last one.</param>
    /// <param name="checkpoint">Risk state and summaries after the fill.</param>
    /// <param name="result">The fill's result; its sequence is the fill's.</param>
    /// <exception cref="TradeJournalException">The write failed; nothing of it is stored.</exception>
    void Append(in JournalFill fill, in JournalCheckpoint checkpoint, in JournalFillResult result);

    /// <summary>
    /// <see cref="Append(in JournalFill, in JournalCheckpoint, in JournalFillResult)"/> with the latest marks of the symbols
    /// marked since the last save, as <see cref="ITradeJournal.Append(in JournalFill, in JournalCheckpoint, IReadOnlyCollection{JournalMark})"/>.
    /// </summary>
    /// <remarks>This default appends, then saves the marks through <see cref="ITradeJournal.SaveCheckpoint"/> when the journal is one (two writes).</remarks>
    /// <param name="fill">The fill.</param>
    /// <param name="checkpoint">Risk state and summaries after the fill.</param>
    /// <param name="result">What recording the fill produced; its sequence is the fill's.</param>
    /// <param name="marks">Marks that changed since the last save (may be empty).</param>
    /// <exception cref="TradeJournalException">The write failed; nothing of it is stored.</exception>
    void Append(in JournalFill fill, in JournalCheckpoint checkpoint, in JournalFillResult result, IReadOnlyCollection<JournalMark> marks)
    {
        ArgumentNullException.ThrowIfNull(marks);
        Append(fill, checkpoint, result);
        if (marks.Count > 0 && this is ITradeJournal journal)
        {
            journal.SaveCheckpoint(checkpoint, marks);
        }
    }

    /// <summary>
    /// Stores <paramref name="snapshot"/> (replacing older ones) together with the results (and closed trades) of covered
    /// fills written without one (before results were stored), which it asks <paramref name="resultOf"/> for by sequence.
    /// </summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <param name="resultOf">The result of a fill by sequence; throws <see cref="KeyNotFoundException"/> when the caller does not know it.</param>
    /// <returns>True when stored; false when a missing result was unknown (nothing is stored).</returns>
    /// <exception cref="TradeJournalException">The write failed; nothing of it is stored.</exception>
    bool SaveSnapshot(JournalSnapshot snapshot, Func<long, JournalFillResult> resultOf);

    /// <summary>Stores equity-curve mark points (a later point with the same time bucket replaces nothing: callers send final points only).</summary>
    /// <param name="points">The mark points, in curve order.</param>
    /// <exception cref="TradeJournalException">The write failed.</exception>
    void SaveCurveMarks(IReadOnlyList<JournalCurvePoint> points);

    /// <summary>Reads one stored fill and its result (a retry of an execution id covered by a snapshot).</summary>
    /// <param name="sequence">The fill's sequence.</param>
    /// <param name="fill">The fill when found.</param>
    /// <param name="result">Its result when found.</param>
    /// <returns>True when the fill and its result are stored.</returns>
    /// <exception cref="TradeJournalException">The read failed.</exception>
    bool TryReadFill(long sequence, out JournalFill fill, out JournalFillResult result);
}
