using Nija.Metrics;

namespace Nija.LiveTracking.Journal;

/// <summary>Account-wide risk events caused by one journal's writes, reported once (see <see cref="IAccountRiskGate.TakeAccountUpdate"/>).</summary>
/// <param name="Events">What changed at account level (flags accumulated since the last report).</param>
/// <param name="Decision">The account decision right after the last of those writes.</param>
/// <param name="DrawdownPercent">The account's drawdown from its peak equity, in percent, after that write.</param>
/// <param name="DrawdownLimitPercent">The account's drawdown alert threshold in percent.</param>
/// <param name="EntryWhileHaltedExecutionId">
/// The execution id of an entry this journal stored while the account breaker was already tripped although the tracker
/// had not flagged it (another bot tripped the account between the tracker's check and the write); otherwise null.
/// </param>
public readonly record struct AccountRiskUpdate(
    RiskEvents Events,
    RiskDecision Decision,
    decimal DrawdownPercent,
    decimal DrawdownLimitPercent,
    string? EntryWhileHaltedExecutionId);
