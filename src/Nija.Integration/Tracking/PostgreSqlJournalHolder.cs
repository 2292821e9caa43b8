using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Nija.LiveTracking.PostgreSql;
using Nija.Metrics;

namespace Nija.Integration.Tracking;

/// <summary>Owns the fleet journal for the container (created when the tracker is, disposed by the container after the tracker).</summary>
internal sealed class PostgreSqlJournalHolder : IDisposable
{
    public PostgreSqlJournalHolder(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<NijaTrackingOptions>>().Value;
        var pg = options.PostgreSql;
        Journal = new PostgreSqlTradeJournal(pg.ConnectionString!, pg.BotId!, new PostgreSqlJournalOptions
        {
            Schema = pg.Schema,
            AccountRisk = pg.AccountLimitsEnabled
                ? new RiskRulesOptions
                {
                    MaxDailyLossPercent = pg.AccountMaxDailyLossPercent,
                    MaxDrawdownPercent = pg.AccountMaxDrawdownPercent,
                    TradingDayTimeZone = TradingDays.FindTimeZone(options.TradingDayTimeZone),
                    ResetPolicy = options.ResetPolicy,
                }
                : null,
            TimeProvider = services.GetService<TimeProvider>(),
        });
    }

    public PostgreSqlTradeJournal Journal { get; }

    public void Dispose() => Journal.Dispose();
}
