using Microsoft.Extensions.Logging;

namespace Nija.LiveTracking.Risk;

/// <summary>
/// Writes alerts to an <see cref="ILogger"/>: breaker trips, drawdown alerts and entries while halted as warnings, the
/// rest as information. The tracker's default sink when none are given. Thread-safe.
/// </summary>
public sealed class LoggingRiskAlertSink : IRiskAlertSink
{
    private readonly ILogger _logger;

    /// <summary>Creates the sink.</summary>
    /// <param name="logger">Where to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="logger"/> is null.</exception>
    public LoggingRiskAlertSink(ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
    }

    /// <inheritdoc />
    public void Publish(RiskAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (alert.Kind is RiskAlertKind.BreakerTripped or RiskAlertKind.DrawdownAlert or RiskAlertKind.EntryWhileHalted or RiskAlertKind.AccountBreakerTripped or RiskAlertKind.AccountDrawdownAlert)
        {
            Log.RiskAlertWarning(_logger, alert.Kind, alert.Describe());
        }
        else
        {
            Log.RiskAlertInformation(_logger, alert.Kind, alert.Describe());
        }
    }
}
