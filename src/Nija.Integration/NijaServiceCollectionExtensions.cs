using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Nija.Integration.Configuration;
using Nija.Integration.Hosting;
using Nija.Integration.Tracking;
using Nija.LiveTracking;

namespace Nija.Integration;

/// <summary>Registers Nija live tracking with risk limits in a host. See docs/integration.md.</summary>
public static class NijaServiceCollectionExtensions
{
    /// <summary>
    /// The one-liner for generic hosts: adds the legacy environment variables to <paramref name="builder"/>'s configuration
    /// (<see cref="NijaConfigurationBuilderExtensions.AddNijaLegacyEnvironmentVariables"/>), binds <c>Nija:Tracking</c>, and
    /// applies <paramref name="configure"/> last (code wins over configuration).
    /// </summary>
    /// <param name="builder">The host builder.</param>
    /// <param name="configure">Optional settings in code.</param>
    /// <returns>A builder for extras.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static NijaTrackingBuilder AddNijaTracking(this IHostApplicationBuilder builder, Action<NijaTrackingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Configuration.AddNijaLegacyEnvironmentVariables();
        var result = builder.Services.AddNijaTracking(builder.Configuration);
        if (configure is not null)
        {
            builder.Services.Configure(configure);
        }

        return result;
    }

    /// <summary>
    /// Adds tracking bound to the <c>Nija:Tracking</c> section of <paramref name="configuration"/> (the root configuration,
    /// or the <c>Nija:Tracking</c> section itself).
    /// For the legacy environment variables, add <see cref="NijaConfigurationBuilderExtensions.AddNijaLegacyEnvironmentVariables"/>
    /// to the configuration. Idempotent: the configuration is bound once (the first call's), before every configure
    /// action, so settings in code win whatever the order of the calls.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The root configuration or the <c>Nija:Tracking</c> section.</param>
    /// <returns>A builder for extras.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="configuration"/> is a section other than <c>Nija:Tracking</c>.</exception>
    public static NijaTrackingBuilder AddNijaTracking(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        IConfiguration section;
        if (configuration is IConfigurationSection { Path: var path })
        {
            // Any other section (GetSection("Nija"), say) holds no Nija:Tracking keys: every setting would silently stay at
            // its default, risk limits included.
            if (!string.Equals(path, NijaTrackingOptions.SectionName, StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"AddNijaTracking takes the root configuration or its '{NijaTrackingOptions.SectionName}' section; got the section '{path}'.", nameof(configuration));
            }

            section = configuration;
        }
        else
        {
            section = configuration.GetSection(NijaTrackingOptions.SectionName);
        }

        // Bound once, and before every configure action whenever that was added: a second AddNijaTracking() after
        // AddNijaTracking(o => o.MaxDailyLossPercent = 2) used to bind again after the code, silently loosening the limit.
        if (!services.Any(d => d.ServiceType == typeof(ConfigurationBound)))
        {
            services.AddSingleton(new ConfigurationBound());
            services.Insert(0, ServiceDescriptor.Singleton<IConfigureOptions<NijaTrackingOptions>>(
                new ConfigureNamedOptions<NijaTrackingOptions>(Options.DefaultName, o => NijaTrackingOptionsBinder.Bind(section, o))));
        }

        return AddCore(services);
    }

    /// <summary>Marks a service collection whose Nija:Tracking configuration is bound.</summary>
    private sealed class ConfigurationBound;

    /// <summary>Adds tracking configured in code. Idempotent (a second call only adds its configure action).</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">The settings.</param>
    /// <returns>A builder for extras.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static NijaTrackingBuilder AddNijaTracking(this IServiceCollection services, Action<NijaTrackingOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(configure);
        return AddCore(services);
    }

    private static NijaTrackingBuilder AddCore(IServiceCollection services)
    {
        services.AddOptions<NijaTrackingOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NijaTrackingOptions>, NijaTrackingOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<NijaTrackingOptions>, ContentRootPathResolver>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PostgreSqlJournalHolder>();
        services.TryAddSingleton<ILiveExecutionTracker>(LiveTrackerFactory.Create);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, NijaTrackingHostedService>());
        return new NijaTrackingBuilder(services);
    }
}
