using Nija.Metrics;

namespace Nija.LiveTracking.Journal;

/// <summary>
/// Optional capability of an <see cref="ITradeJournal"/> shared by several bots (fleet mode): account-wide risk limits over
/// the sum of every bot's equity. The tracker consults it in <see cref="ILiveExecutionTracker.CheckRisk"/>, before
/// recording an entry, and after every journal write (for account alerts). Called under the tracker's lock.
/// </summary>
public interface IAccountRiskGate
{
    /// <summary>The account-wide decision at <paramref name="now"/>, read from the shared state. Changes nothing.</summary>
    /// <param name="now">The tracker's clock.</param>
    /// <returns>Allowed, or halted with reason <see cref="RiskHaltReason.AccountDailyLossLimit"/> and the account's numbers.</returns>
    /// <exception cref="TradeJournalException">The shared state cannot be read (e.g. the connection is lost).</exception>
    RiskDecision CheckAccount(DateTimeOffset now);

    /// <summary>
    /// The account events caused by this journal's own writes since the last call (each account event is reported by
    /// exactly one journal: the one whose write caused it), then forgets them. Null when there were none.
    /// </summary>
    /// <returns>The accumulated update, or null.</returns>
    AccountRiskUpdate? TakeAccountUpdate();
}
