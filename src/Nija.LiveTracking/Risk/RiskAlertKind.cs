namespace Nija.LiveTracking.Risk;

/// <summary>What a <see cref="RiskAlert"/> reports.</summary>
public enum RiskAlertKind
{
    /// <summary>The daily-loss circuit breaker tripped: new positions are halted.</summary>
    BreakerTripped = 0,

    /// <summary>The breaker was released (next trading day or <see cref="ILiveExecutionTracker.ResetCircuitBreaker"/>).</summary>
    BreakerReset = 1,

    /// <summary>Drawdown from peak equity reached the alert threshold.</summary>
    DrawdownAlert = 2,

    /// <summary>Drawdown recovered below the alert threshold.</summary>
    DrawdownRecovered = 3,

    /// <summary>A trading day ended; <see cref="RiskAlert.Summary"/> holds its summary.</summary>
    DailySummary = 4,

    /// <summary>An entry fill was recorded while the breaker was tripped (it is recorded: the ledger must match reality).</summary>
    EntryWhileHalted = 5,

    /// <summary>Fleet mode: the account-wide daily-loss breaker tripped (reported by the bot whose fill tripped it).</summary>
    AccountBreakerTripped = 6,

    /// <summary>Fleet mode: the account-wide breaker was released (next trading day).</summary>
    AccountBreakerReset = 7,

    /// <summary>Fleet mode: the account's drawdown from its peak reached the alert threshold.</summary>
    AccountDrawdownAlert = 8,

    /// <summary>Fleet mode: the account's drawdown recovered below the alert threshold.</summary>
    AccountDrawdownRecovered = 9,
}
