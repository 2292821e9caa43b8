using Nija.LiveTracking.Journal;
using Nija.LiveTracking.Risk;
using Nija.Metrics;

namespace Nija.LiveTracking;

/// <summary>Risk events: day rolls, breaker trips and resets, drawdown alerts, and persisting the derived state.</summary>
public sealed partial class LiveExecutionTracker
{
    private void AdvanceTo(DateTimeOffset now, ref List<RiskAlert>? alerts)
    {
        var events = _risk.RollDay(now);
        if (events != RiskEvents.None)
        {
            Persist(HandleEvents(events, now, ref alerts));
        }
    }

    private DailySummary? HandleEvents(RiskEvents events, DateTimeOffset now, ref List<RiskAlert>? alerts)
    {
        DailySummary? closedDay = null;
        if ((events & RiskEvents.TradingDayStarted) != 0)
        {
            var finished = _today with { EndingBalance = _ledger.Balance, EndingEquity = _ledger.Equity };
            _closedDays[finished.Day] = finished;
            closedDay = finished;
            _today = DailySummary.Start(_risk.State.TradingDay, _ledger.Balance, _risk.State.DayStartEquity);
            AddAlert(ref alerts, RiskAlertKind.DailySummary, now, finished, null);
        }

        if ((events & RiskEvents.BreakerTripped) != 0)
        {
            _today = _today with { BreakerTrips = _today.BreakerTrips + 1 };
            _metrics.BreakerTripped();
            AddAlert(ref alerts, RiskAlertKind.BreakerTripped, now, null, null);
        }

        if ((events & RiskEvents.BreakerReset) != 0)
        {
            AddAlert(ref alerts, RiskAlertKind.BreakerReset, now, null, null);
        }

        if ((events & RiskEvents.DrawdownAlertRaised) != 0)
        {
            AddAlert(ref alerts, RiskAlertKind.DrawdownAlert, now, null, null);
        }

        if ((events & RiskEvents.DrawdownAlertCleared) != 0)
        {
            AddAlert(ref alerts, RiskAlertKind.DrawdownRecovered, now, null, null);
        }

        return closedDay;
    }

    private void Persist(DailySummary? closedDay)
    {
        var checkpoint = new JournalCheckpoint(_risk.State, _today, closedDay);
        Guard(() => _journal.SaveCheckpoint(checkpoint, _dirtyMarks.Values));
        _dirtyMarks.Clear();
        Guard(SaveCurveMarks);
    }

    private void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (Exception ex)
        {
            _fault = ex;
            Log.JournalFailed(_logger, ex);
            throw;
        }
    }

    private void AddAlert(ref List<RiskAlert>? alerts, RiskAlertKind kind, DateTimeOffset now, DailySummary? summary, string? executionId)
    {
        alerts ??= [];
        alerts.Add(new RiskAlert
        {
            Kind = kind,
            Time = now,
            Decision = _risk.CheckNewPosition(now),
            DrawdownPercent = _risk.DrawdownPercent,
            DrawdownLimitPercent = _risk.MaxDrawdownPercent,
            Summary = summary,
            ExecutionId = executionId,
        });
    }
}
