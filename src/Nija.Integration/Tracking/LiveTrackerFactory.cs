using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Nija.LiveTracking;
using Nija.LiveTracking.Journal;
using Nija.LiveTracking.Risk;

namespace Nija.Integration.Tracking;

/// <summary>Creates the container's <see cref="ILiveExecutionTracker"/> from <see cref="NijaTrackingOptions"/>.</summary>
internal static class LiveTrackerFactory
{
    public static ILiveExecutionTracker Create(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<NijaTrackingOptions>>().Value;
        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var loggerFactory = services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;
        if (!options.Enabled)
        {
            return new DisabledLiveExecutionTracker(options.InitialBalance, time, loggerFactory.CreateLogger("Nija.Integration"));
        }

        var sinks = new List<IRiskAlertSink> { new LoggingRiskAlertSink(loggerFactory.CreateLogger("Nija.LiveTracking")) };
        sinks.AddRange(services.GetServices<IRiskAlertSink>());
        ITradeJournal? journal = options.Journal switch
        {
            NijaJournalKind.InMemory => new InMemoryTradeJournal(),
            NijaJournalKind.PostgreSql => services.GetRequiredService<PostgreSqlJournalHolder>().Journal,
            _ => null,
        };
        return new LiveExecutionTracker(
            options.ToLiveTrackerOptions(),
            journal,
            time,
            loggerFactory,
            sinks,
            services.GetService<IMeterFactory>());
    }
}
