using Nija.LiveTracking.Journal;
using Nija.LiveTracking.Risk;
using Nija.Metrics;

namespace Nija.LiveTracking;

/// <summary>
/// Records what a live bot really executed into one <see cref="Ledger"/>, guarded by one <see cref="RiskRules"/>,
/// durably journaled. Every member is thread-safe.
/// </summary>
public interface ILiveExecutionTracker
{
    /// <summary>Raised for every risk alert (after the sinks), outside the tracker's lock. A throwing handler is logged and skipped.</summary>
    event EventHandler<RiskAlert>? AlertRaised;

    /// <summary>Records an entry fill (idempotent by execution id). When it returns, the fill is in the journal (see <see cref="JournalDurability"/>).</summary>
    /// <param name="fill">The fill.</param>
    /// <returns>What was recorded; for a retry of a recorded execution id, the original result.</returns>
    /// <exception cref="ArgumentException">Bad data (nothing changes): empty id or symbol, price or quantity not positive, negative fees, time too far in the future, a side opposite to the open position.</exception>
    /// <exception cref="ExecutionIdConflictException">The execution id was recorded with different data.</exception>
    /// <exception cref="TradeJournalException">The journal write failed (the tracker is faulted and must be restarted), or the journal could not return the original fill of a retried execution id (nothing changes).</exception>
    EntryRecord RecordEntry(in EntryFill fill);

    /// <summary>Records an exit fill, partial or full (idempotent by execution id).</summary>
    /// <param name="fill">The fill.</param>
    /// <returns>What was recorded (realized P&amp;L; the closed trade when the position went flat); for a retry, the original result.</returns>
    /// <exception cref="ArgumentException">Bad data (nothing changes), no open position in the symbol, or a quantity larger than the open quantity.</exception>
    /// <exception cref="ExecutionIdConflictException">The execution id was recorded with different data.</exception>
    /// <exception cref="TradeJournalException">The journal write failed (the tracker is faulted and must be restarted), or the journal could not return the original fill of a retried execution id (nothing changes).</exception>
    ExitRecord RecordExit(in ExitFill fill);

    /// <summary>Marks the open position in <paramref name="symbol"/> to a market price (unrealized P&amp;L, intraday equity, risk rules).</summary>
    /// <param name="symbol">The instrument.</param>
    /// <param name="price">The market price; greater than zero.</param>
    /// <returns>True when a position is open in the symbol; false (nothing changes) when flat.</returns>
    /// <exception cref="ArgumentException">Empty symbol or a price that is not positive.</exception>
    bool MarkPrice(string symbol, decimal price);

    /// <summary>Pre-trade check: may a new position be opened now?</summary>
    /// <returns>Allowed, or halted with the reason and the day's numbers.</returns>
    RiskDecision CheckRisk();

    /// <summary>Shortcut for <c>CheckRisk().IsAllowed</c>.</summary>
    /// <returns>True when new positions are allowed.</returns>
    bool CanOpenPosition();

    /// <summary>Releases a tripped circuit breaker now (persisted) and starts a fresh daily-loss budget; a no-op when not tripped.</summary>
    /// <returns>The decision after the reset.</returns>
    RiskDecision ResetCircuitBreaker();

    /// <summary>A consistent snapshot: balance, equity, P&amp;L, positions, today, drawdown, breaker, closed trades, equity curve.</summary>
    /// <returns>The snapshot.</returns>
    LiveTrackerSnapshot GetSnapshot();

    /// <summary>Daily summaries whose day lies in [<paramref name="from"/>, <paramref name="to"/>], ordered by day; today's is live.</summary>
    /// <param name="from">First day (inclusive).</param>
    /// <param name="to">Last day (inclusive).</param>
    /// <returns>The summaries.</returns>
    IReadOnlyList<DailySummary> GetDailySummaries(DateOnly from, DateOnly to);

    /// <summary>Writes marks and derived state and commits any batched fills now.</summary>
    void Flush();
}
