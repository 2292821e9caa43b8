namespace Nija.Metrics;

/// <summary>Why <see cref="RiskRules"/> halts new positions.</summary>
public enum RiskHaltReason
{
    /// <summary>Not halted.</summary>
    None = 0,

    /// <summary>The day's loss reached the daily-loss limit: the circuit breaker is tripped.</summary>
    DailyLossLimit = 1,

    /// <summary>The account-wide daily-loss limit over the sum of several bots' equity tripped (fleet mode).</summary>
    AccountDailyLossLimit = 2,
}
