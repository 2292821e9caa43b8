using Nija.LiveTracking.Journal;
using Nija.LiveTracking.Risk;

namespace Nija.LiveTracking.PostgreSql.Tests;

/// <summary>One bot of a fleet in a test: its journal, its tracker and the alerts it raised.</summary>
internal sealed class Bot : IDisposable
{
    private readonly List<RiskAlert> _alerts = [];

    public Bot(PostgreSqlTradeJournal journal, decimal initialBalance, decimal botLimitPercent, TimeProvider clock)
    {
        Journal = journal;
        Tracker = new LiveExecutionTracker(
            new LiveTrackerOptions { InitialBalance = initialBalance, Risk = { MaxDailyLossPercent = botLimitPercent, MaxDrawdownPercent = 50m } },
            journal,
            clock,
            alertSinks: []);
        Tracker.AlertRaised += (_, alert) =>
        {
            lock (_alerts)
            {
                _alerts.Add(alert);
            }
        };
    }

    public PostgreSqlTradeJournal Journal { get; }

    public LiveExecutionTracker Tracker { get; }

    public IReadOnlyList<RiskAlert> Alerts
    {
        get
        {
            lock (_alerts)
            {
                return [.. _alerts];
            }
        }
    }

    public int CountAlerts(RiskAlertKind kind) => Alerts.Count(a => a.Kind == kind);

    public void Dispose()
    {
        try
        {
            Tracker.Dispose();
        }
        catch (TradeJournalException)
        {
            // The journal's server is gone (fault tests); the journal is closed below.
        }
        finally
        {
            Journal.Dispose();
        }
    }
}
