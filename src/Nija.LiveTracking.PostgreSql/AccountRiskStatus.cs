using Nija.Metrics;

namespace Nija.LiveTracking.PostgreSql;

/// <summary>The account-wide risk state of a fleet on one trading day, as stored in the <c>account_risk</c> table. Immutable.</summary>
/// <param name="State">Trading day, day-start equity, last equity, peak, breaker and drawdown flags, total trips (equity = the sum over bots, see docs/fleet.md).</param>
/// <param name="TrippedByBot">The bot whose write tripped the account breaker on this day, if it tripped.</param>
/// <param name="TrippedByExecutionId">The fill that tripped it (null when a checkpoint without a fill did).</param>
public sealed record AccountRiskStatus(RiskState State, string? TrippedByBot, string? TrippedByExecutionId);
