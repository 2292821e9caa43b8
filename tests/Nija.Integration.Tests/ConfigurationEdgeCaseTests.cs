using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Nija.Integration.Tracking;

namespace Nija.Integration.Tests;

/// <summary>Configuration and hosting edge cases, each against the documented behaviour (docs/integration.md).</summary>
[NonParallelizable]
public sealed class ConfigurationEdgeCaseTests
{
    // docs/integration.md: "Settings are validated even when tracking is disabled, so a typo is never silently ignored."
    // A misspelt key under Nija:Tracking leaves the risk limit / time zone at its default and the host starts.
    [TestCase("MaxDailyLoss", "2")]
    [TestCase("TimeZone", "\"America/New_York\"")]
    public async Task UnknownKeyInTrackingSection_FailsStartNamingTheKey(string key, string jsonValue)
    {
        using var env = new EnvironmentScope();
        using var host = new TestHost();
        host.WriteAppSettings($$"""{ "Nija": { "Tracking": { "{{key}}": {{jsonValue}} } } }""");

        var (exception, options) = await StartAsync(host);

        Assert.That(exception, Is.Not.Null, $"started with MaxDailyLossPercent={options?.MaxDailyLossPercent}, TradingDayTimeZone={options?.TradingDayTimeZone}: the misspelt key was ignored");
        Assert.That(exception!.Failures, Has.Some.Contains("Nija:Tracking:" + key));
    }

    // docs/integration.md: "time spans use the invariant [d.]hh:mm:ss[.fff] form". A bare "1" is read as one DAY.
    [TestCase("MarkCurveInterval")]
    [TestCase("MaxClockSkew")]
    public async Task TimeSpanBareNumber_FailsStart(string key)
    {
        using var env = new EnvironmentScope();
        using var host = new TestHost();
        host.WriteAppSettings($$"""{ "Nija": { "Tracking": { "{{key}}": "1" } } }""");

        var (exception, options) = await StartAsync(host);

        Assert.That(exception, Is.Not.Null, $"started with MarkCurveInterval={options?.MarkCurveInterval}, MaxClockSkew={options?.MaxClockSkew}");
    }

    // docs/integration.md: "Enum values are names (numbers are rejected)".
    [TestCase("Durability", "+1")]
    [TestCase("ResetPolicy", "NextTradingDay,Manual")]
    public async Task EnumNotAName_FailsStart(string key, string value)
    {
        using var env = new EnvironmentScope();
        using var host = new TestHost();
        host.WriteAppSettings($$"""{ "Nija": { "Tracking": { "{{key}}": "{{value}}" } } }""");

        var (exception, options) = await StartAsync(host);

        Assert.That(exception, Is.Not.Null, $"started with Durability={options?.Durability}, ResetPolicy={options?.ResetPolicy}");
    }

    // docs/integration.md: JournalPath is "a file path"; a bad setting fails ValidateOnStart with a message naming it.
    [Test]
    public async Task JournalPathIsAnExistingFolder_FailsValidationNamingJournalPath()
    {
        using var env = new EnvironmentScope();
        using var host = new TestHost();
        Directory.CreateDirectory(Path.Combine(host.Root, "journal"));
        host.WriteAppSettings("""{ "Nija": { "Tracking": { "JournalPath": "journal" } } }""");
        var builder = host.CreateBuilder();
        builder.AddNijaTracking();
        using var built = builder.Build();

        Exception? thrown = null;
        try
        {
            await built.StartAsync();
            await built.StopAsync();
        }
        catch (Exception ex)
        {
            thrown = ex;
        }

        Assert.That(thrown, Is.InstanceOf<OptionsValidationException>(), $"got {thrown?.GetType().Name}: {thrown?.Message}");
        Assert.That(((OptionsValidationException)thrown!).Failures, Has.Some.StartsWith("Nija:Tracking:JournalPath"));
    }

    // docs/integration.md: the configure action passed to AddNijaTracking wins over configuration (precedence row 5), and
    // calling AddNijaTracking twice only adds the second call's configure action. A second, plain AddNijaTracking() (e.g. in
    // a shared helper) re-binds configuration after the code and silently loosens the limit set in code.
    [Test]
    public void AddNijaTrackingTwice_CodeLimitStillWinsOverConfiguration()
    {
        using var env = new EnvironmentScope();
        using var host = new TestHost();
        host.WriteAppSettings("""{ "Nija": { "Tracking": { "MaxDailyLossPercent": 5 } } }""");
        var builder = host.CreateBuilder();
        builder.AddNijaTracking(o => o.MaxDailyLossPercent = 2m);
        builder.AddNijaTracking();

        using var built = builder.Build();

        Assert.That(built.Services.GetRequiredService<IOptions<NijaTrackingOptions>>().Value.MaxDailyLossPercent, Is.EqualTo(2m));
    }

    // docs/integration.md "Hosted service": the timer is cancelled at stop. When a later hosted service (the bot) fails to
    // start, the host is disposed without StopAsync; the trading-day timer keeps running against the disposed tracker.
    [Test]
    public void BotFailsToStart_HostDisposed_NoRolloverAgainstDisposedTracker()
    {
        using var env = new EnvironmentScope();
        using var host = new TestHost();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 23, 0, 0, TimeSpan.Zero));
        var logs = new FakeLogCollector();
        var builder = host.CreateBuilder();
        builder.Logging.ClearProviders().AddProvider(new FakeLoggerProvider(logs));
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.AddNijaTracking().UseInMemoryJournal();
        builder.Services.AddHostedService<FailingBot>();
        var built = builder.Build();
        var tracking = built.Services.GetServices<IHostedService>().OfType<Nija.Integration.Hosting.NijaTrackingHostedService>().Single();

        Assert.That(async () => await built.StartAsync(), Throws.InvalidOperationException);
        Assert.That(tracking.DayLoop, Is.Not.Null.And.Property("IsCompleted").False, "the loop waits for midnight");
        built.Dispose();

        // Ended by the disposal, before midnight: nothing can roll a day against the disposed tracker.
        Assert.That(tracking.DayLoop!.IsCompleted, Is.True);
        clock.Advance(TimeSpan.FromHours(1));
        Assert.That(logs.GetSnapshot().Where(r => r.Id.Id is 104 or 105).Select(r => r.Message), Is.Empty);
    }

    [Test]
    public void AddNijaTracking_GivenAnotherSection_ThrowsNamingIt()
    {
        // GetSection("Nija") holds no Nija:Tracking keys: every setting, risk limits included, would stay at its default.
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new("Nija:Tracking:MaxDailyLossPercent", "2")])
            .Build();
        var services = new ServiceCollection();

        Assert.That(
            () => services.AddNijaTracking(configuration.GetSection("Nija")),
            Throws.ArgumentException.With.Message.StartsWith("AddNijaTracking takes the root configuration or its 'Nija:Tracking' section; got the section 'Nija'."));
        Assert.That(() => services.AddNijaTracking(configuration.GetSection("Nija:Tracking")), Throws.Nothing);
    }

    private static async Task<(OptionsValidationException? Exception, NijaTrackingOptions? Options)> StartAsync(TestHost host)
    {
        var builder = host.CreateBuilder();
        builder.AddNijaTracking();
        using var built = builder.Build();
        try
        {
            await built.StartAsync();
        }
        catch (OptionsValidationException ex)
        {
            return (ex, null);
        }

        var options = built.Services.GetRequiredService<IOptions<NijaTrackingOptions>>().Value;
        await built.StopAsync();
        return (null, options);
    }

    private sealed class FailingBot : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => throw new InvalidOperationException("the bot failed to start");

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
