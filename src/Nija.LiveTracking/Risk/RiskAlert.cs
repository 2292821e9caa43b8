using System.Globalization;
using Nija.LiveTracking.Journal;
using Nija.Metrics;

namespace Nija.LiveTracking.Risk;

/// <summary>A risk event delivered to every <see cref="IRiskAlertSink"/> and to <see cref="ILiveExecutionTracker.AlertRaised"/>. Immutable.</summary>
public sealed record RiskAlert
{
    /// <summary>What happened.</summary>
    public required RiskAlertKind Kind { get; init; }

    /// <summary>When it happened (tracker clock).</summary>
    public required DateTimeOffset Time { get; init; }

    /// <summary>The breaker's decision right after the event, with the day's numbers.</summary>
    public required RiskDecision Decision { get; init; }

    /// <summary>Drawdown from peak equity in percent at the time of the event.</summary>
    public required decimal DrawdownPercent { get; init; }

    /// <summary>The drawdown alert threshold in percent.</summary>
    public required decimal DrawdownLimitPercent { get; init; }

    /// <summary>For <see cref="RiskAlertKind.DailySummary"/>: the summary of the day that ended.</summary>
    public DailySummary? Summary { get; init; }

    /// <summary>For <see cref="RiskAlertKind.EntryWhileHalted"/>: the execution id of the entry.</summary>
    public string? ExecutionId { get; init; }

    /// <summary>A one-line, culture-invariant description for logs and notifications.</summary>
    /// <returns>The description.</returns>
    public string Describe() => Kind switch
    {
        RiskAlertKind.BreakerTripped => "Circuit breaker tripped. " + Decision.Describe(),
        RiskAlertKind.BreakerReset => "Circuit breaker reset. " + Decision.Describe(),
        RiskAlertKind.DrawdownAlert => string.Create(CultureInfo.InvariantCulture, $"Drawdown {DrawdownPercent:0.##}% reached the alert threshold of {DrawdownLimitPercent:0.##}% (equity {Decision.Equity:0.00})."),
        RiskAlertKind.DrawdownRecovered => string.Create(CultureInfo.InvariantCulture, $"Drawdown recovered to {DrawdownPercent:0.##}%, below {DrawdownLimitPercent:0.##}%."),
        RiskAlertKind.DailySummary when Summary is { } s => string.Create(
            CultureInfo.InvariantCulture,
            $"Day {s.Day:yyyy-MM-dd}: {s.Trades} trades ({s.Wins} won, {s.Losses} lost), net P&L {s.NetPnl:0.00} after fees {s.Fees:0.00}, balance {s.EndingBalance:0.00}, equity {s.EndingEquity:0.00}, breaker trips {s.BreakerTrips}."),
        RiskAlertKind.AccountBreakerTripped => "Account-wide circuit breaker tripped. " + Decision.Describe(),
        RiskAlertKind.AccountBreakerReset => "Account-wide circuit breaker reset. " + Decision.Describe(),
        RiskAlertKind.AccountDrawdownAlert => string.Create(CultureInfo.InvariantCulture, $"Account drawdown {DrawdownPercent:0.##}% reached the alert threshold of {DrawdownLimitPercent:0.##}% (account equity {Decision.Equity:0.00})."),
        RiskAlertKind.AccountDrawdownRecovered => string.Create(CultureInfo.InvariantCulture, $"Account drawdown recovered to {DrawdownPercent:0.##}%, below {DrawdownLimitPercent:0.##}%."),
        RiskAlertKind.EntryWhileHalted => $"Entry '{ExecutionId}' was filled while the circuit breaker is tripped; it was recorded. " + Decision.Describe(),
        _ => Kind.ToString(),
    };
}
