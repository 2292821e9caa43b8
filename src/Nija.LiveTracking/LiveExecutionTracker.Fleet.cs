using System.Runtime.CompilerServices;
using Nija.LiveTracking.Journal;
using Nija.LiveTracking.Risk;
using Nija.Metrics;

namespace Nija.LiveTracking;

/// <summary>
/// Fleet mode: when the journal is also an <see cref="IAccountRiskGate"/> (several bots sharing one database), the
/// account-wide limits are consulted on every risk check and entry, and account events become alerts.
/// </summary>
public sealed partial class LiveExecutionTracker
{
    private bool IsAccountHalted(DateTimeOffset now) =>
        _accountGate is { } gate && !GuardRead(gate, now).IsAllowed;

    private RiskDecision WithAccount(RiskDecision own, DateTimeOffset now, ref List<RiskAlert>? alerts)
    {
        if (_accountGate is not { } gate)
        {
            return own;
        }

        var account = GuardRead(gate, now);
        AfterJournalWrite(now, ref alerts);
        return own.IsAllowed && !account.IsAllowed ? account : own;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AfterJournalWrite(DateTimeOffset now, ref List<RiskAlert>? alerts)
    {
        if (_accountGate is not { } gate || gate.TakeAccountUpdate() is not { } update)
        {
            return;
        }

        var events = update.Events;
        if ((events & RiskEvents.BreakerTripped) != 0)
        {
            _metrics.BreakerTripped();
            AddAccountAlert(ref alerts, RiskAlertKind.AccountBreakerTripped, now, update, null);
        }

        if ((events & RiskEvents.BreakerReset) != 0)
        {
            AddAccountAlert(ref alerts, RiskAlertKind.AccountBreakerReset, now, update, null);
        }

        if ((events & RiskEvents.DrawdownAlertRaised) != 0)
        {
            AddAccountAlert(ref alerts, RiskAlertKind.AccountDrawdownAlert, now, update, null);
        }

        if ((events & RiskEvents.DrawdownAlertCleared) != 0)
        {
            AddAccountAlert(ref alerts, RiskAlertKind.AccountDrawdownRecovered, now, update, null);
        }

        if (update.EntryWhileHaltedExecutionId is { } id)
        {
            AddAccountAlert(ref alerts, RiskAlertKind.EntryWhileHalted, now, update, id);
        }
    }

    private RiskDecision GuardRead(IAccountRiskGate gate, DateTimeOffset now)
    {
        try
        {
            return gate.CheckAccount(now);
        }
        catch (Exception ex)
        {
            _fault = ex;
            Log.JournalFailed(_logger, ex);
            throw;
        }
    }

    private static void AddAccountAlert(ref List<RiskAlert>? alerts, RiskAlertKind kind, DateTimeOffset now, in AccountRiskUpdate update, string? executionId)
    {
        alerts ??= [];
        alerts.Add(new RiskAlert
        {
            Kind = kind,
            Time = now,
            Decision = update.Decision,
            DrawdownPercent = update.DrawdownPercent,
            DrawdownLimitPercent = update.DrawdownLimitPercent,
            ExecutionId = executionId,
        });
    }
}
