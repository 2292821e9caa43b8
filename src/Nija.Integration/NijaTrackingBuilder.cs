using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nija.Integration.Health;
using Nija.Integration.Tracking;
using Nija.LiveTracking.Risk;

namespace Nija.Integration;

/// <summary>Optional extras for <c>AddNijaTracking</c>: alert sinks, a health check, the journal choice.</summary>
public sealed class NijaTrackingBuilder
{
    /// <summary>The default health check name.</summary>
    public const string DefaultHealthCheckName = "nija-tracking";

    internal NijaTrackingBuilder(IServiceCollection services)
    {
        Services = services;
    }

    /// <summary>The service collection.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Adds an alert sink, created by the container (singleton). Adding the same type twice adds it once. The logging sink is always present.</summary>
    /// <typeparam name="TSink">The sink type.</typeparam>
    /// <returns>This builder.</returns>
    public NijaTrackingBuilder AddAlertSink<TSink>()
        where TSink : class, IRiskAlertSink
    {
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<IRiskAlertSink, TSink>());
        return this;
    }

    /// <summary>Adds an alert sink instance.</summary>
    /// <param name="sink">The sink.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sink"/> is null.</exception>
    public NijaTrackingBuilder AddAlertSink(IRiskAlertSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        Services.AddSingleton(sink);
        return this;
    }

    /// <summary>
    /// Registers a health check: Healthy while trading is allowed (or tracking is disabled), Degraded while the drawdown
    /// alert is raised, Unhealthy while the daily-loss breaker is tripped or the tracker is faulted. Idempotent.
    /// </summary>
    /// <param name="name">The check's name; default <see cref="DefaultHealthCheckName"/>.</param>
    /// <param name="tags">Tags for filtering, e.g. "ready".</param>
    /// <returns>This builder.</returns>
    public NijaTrackingBuilder AddHealthCheck(string name = DefaultHealthCheckName, IEnumerable<string>? tags = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        foreach (var descriptor in Services)
        {
            if (descriptor.ServiceType == typeof(HealthCheckMarker))
            {
                return this;
            }
        }

        Services.AddSingleton<HealthCheckMarker>();
        Services.AddHealthChecks().AddCheck<NijaTrackingHealthCheck>(name, tags: tags);
        return this;
    }

    /// <summary>Keeps the journal in a SQLite file (the default); overrides configuration.</summary>
    /// <param name="journalPath">The file; default <c>nija-journal.db</c> in the data directory. Relative paths use the content root.</param>
    /// <returns>This builder.</returns>
    public NijaTrackingBuilder UseSqliteJournal(string? journalPath = null)
    {
        Services.Configure<NijaTrackingOptions>(o =>
        {
            o.Journal = NijaJournalKind.Sqlite;
            if (journalPath is not null)
            {
                o.JournalPath = journalPath;
            }
        });
        return this;
    }

    /// <summary>
    /// Fleet mode: records into a PostgreSQL database shared by many bots, with account-wide limits; overrides
    /// configuration. The connection string is never logged.
    /// </summary>
    /// <param name="connectionString">The Npgsql connection string.</param>
    /// <param name="botId">This bot's id in the fleet; default the <c>Nija:Tracking:PostgreSql:BotId</c> setting.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is empty.</exception>
    public NijaTrackingBuilder UsePostgreSql(string connectionString, string? botId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        Services.Configure<NijaTrackingOptions>(o =>
        {
            o.Journal = NijaJournalKind.PostgreSql;
            o.PostgreSql.ConnectionString = connectionString;
            if (botId is not null)
            {
                o.PostgreSql.BotId = botId;
            }
        });
        return this;
    }

    /// <summary>Keeps the journal in memory (lost when the process ends); overrides configuration.</summary>
    /// <returns>This builder.</returns>
    public NijaTrackingBuilder UseInMemoryJournal()
    {
        Services.Configure<NijaTrackingOptions>(o => o.Journal = NijaJournalKind.InMemory);
        return this;
    }

    private sealed class HealthCheckMarker;
}
