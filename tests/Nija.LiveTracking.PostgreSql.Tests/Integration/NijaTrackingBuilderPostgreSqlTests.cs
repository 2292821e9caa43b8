using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Nija.Integration;
using Nija.LiveTracking.Journal;

namespace Nija.LiveTracking.PostgreSql.Tests.Integration;

/// <summary><c>AddNijaTracking(...).UsePostgreSql(...)</c> and the <c>Nija:Tracking:PostgreSql</c> keys, on a real host and server.</summary>
[TestFixture]
public sealed class NijaTrackingBuilderPostgreSqlTests
{
    private const string Secret = "S3cret-Pa55";

    private static PostgreSqlTestServer Server => PostgreSqlSetUp.Server;

    // Trust authentication accepts any password, so the secret travels in a working connection string.
    private static string SecretConnectionString => Server.ConnectionString + ";Password=" + Secret;

    [Test]
    public async Task UsePostgreSql_HostRecordsIntoTheFleet_AndNeverLogsTheConnectionString()
    {
        var schema = Server.NewSchema();
        var logs = new FakeLogCollector();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production" });
        builder.Logging.ClearProviders().AddProvider(new FakeLoggerProvider(logs)).SetMinimumLevel(LogLevel.Trace);
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(Some.Start));
        // Sources survive the legacy-variables source being inserted (values set through the indexer would not).
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Nija:Tracking:PostgreSql:Schema"] = schema,
        });
        builder.AddNijaTracking().UsePostgreSql(SecretConnectionString, "host-bot");

        using (var host = builder.Build())
        {
            await host.StartAsync();
            var tracker = host.Services.GetRequiredService<ILiveExecutionTracker>();
            tracker.RecordEntry(Some.Entry("h-1"));
            Assert.That(tracker.CheckRisk().IsAllowed, Is.True);
            await host.StopAsync();
        }

        var records = logs.GetSnapshot();
        var contents = PostgreSqlFleet.OpenReadOnly(Server.ConnectionString, "host-bot", schema);
        Assert.That(contents.Fills.Select(f => f.ExecutionId), Is.EqualTo(new[] { "h-1" }));
        Assert.That(records, Is.Not.Empty);
        Assert.That(records.Select(r => r.Message + " " + string.Join(' ', r.StructuredState?.Select(kv => kv.Value) ?? [])), Has.None.Contains(Secret));
    }

    [Test]
    public async Task ConfigurationKeys_SelectTheFleetJournalWithAccountLimits()
    {
        var schema = Server.NewSchema();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(Some.Start));
        // Sources survive the legacy-variables source being inserted (values set through the indexer would not).
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Nija:Tracking:Journal"] = "PostgreSql",
            ["Nija:Tracking:PostgreSql:ConnectionString"] = Server.ConnectionString,
            ["Nija:Tracking:PostgreSql:BotId"] = "cfg-bot",
            ["Nija:Tracking:PostgreSql:Schema"] = schema,
            ["Nija:Tracking:PostgreSql:AccountMaxDailyLossPercent"] = "2",
            ["Nija:Tracking:MaxDailyLossPercent"] = "50",
        });
        builder.AddNijaTracking();

        using var host = builder.Build();
        await host.StartAsync();
        var tracker = host.Services.GetRequiredService<ILiveExecutionTracker>();
        tracker.RecordEntry(Some.Entry("c-1", price: 100m, quantity: 10m));
        tracker.RecordExit(Some.Exit("c-2", price: 80m, quantity: 10m));   // −200 of 10,000 = 2 %: the account limit trips
        var decision = tracker.CheckRisk();
        await host.StopAsync();

        Assert.That(decision.Reason, Is.EqualTo(Metrics.RiskHaltReason.AccountDailyLossLimit));
        Assert.That(PostgreSqlFleet.ListBots(Server.ConnectionString, schema), Is.EqualTo(new[] { "cfg-bot" }));
    }

    [Test]
    public async Task HealthCheck_AccountBreakerTrippedByAnotherBot_IsUnhealthyWithTheAccountReason()
    {
        var schema = Server.NewSchema();
        var clock = new FakeTimeProvider(Some.Start);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(clock);
        // Sources survive the legacy-variables source being inserted (values set through the indexer would not).
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Nija:Tracking:PostgreSql:Schema"] = schema,
            ["Nija:Tracking:PostgreSql:AccountMaxDailyLossPercent"] = "5",
            ["Nija:Tracking:InitialBalance"] = "10000",
            ["Nija:Tracking:MaxDailyLossPercent"] = "50",
        });
        builder.AddNijaTracking().UsePostgreSql(Server.ConnectionString, "host-bot").AddHealthCheck();
        using var host = builder.Build();
        await host.StartAsync();
        var health = host.Services.GetRequiredService<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckService>();
        var before = await health.CheckHealthAsync();

        // The other bot loses 1,100 of the account's 20,000 (5.5 % ≥ 5 %): the account trips; host-bot itself lost nothing.
        using (var other = Some.Bot(Server.ConnectionString, schema, "other", clock, botLimitPercent: 50m, accountLimitPercent: 5m))
        {
            other.Tracker.RecordEntry(Some.Entry("o-1", price: 100m, quantity: 20m));
            other.Tracker.RecordExit(Some.Exit("o-2", price: 45m, quantity: 20m));   // (45 − 100) × 20 = −1,100
        }

        var after = await health.CheckHealthAsync();
        await host.StopAsync();

        Assert.That(before.Status, Is.EqualTo(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy));
        Assert.That(after.Status, Is.EqualTo(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy));
        var entry = after.Entries.Single().Value;
        Assert.That(entry.Description, Does.Contain("AccountDailyLossLimit"));
        Assert.That(entry.Data["breakerTripped"], Is.EqualTo(true));
    }

    [Test]
    public void MissingOrBadFleetSettings_FailTheStartListingEachWithoutTheConnectionString()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production" });
        builder.Logging.ClearProviders();
        // Sources survive the legacy-variables source being inserted (values set through the indexer would not).
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Nija:Tracking:PostgreSql:Schema"] = "Bad-Schema",
            ["Nija:Tracking:PostgreSql:AccountMaxDailyLossPercent"] = "0",
        });
        builder.AddNijaTracking().UsePostgreSql(SecretConnectionString);

        using var host = builder.Build();
        var ex = Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.That(ex!.Failures, Is.EqualTo(new[]
        {
            "Nija:Tracking:PostgreSql:BotId is ''; it must be 1 to 200 characters, not blank, when Journal is PostgreSql.",
            "Nija:Tracking:PostgreSql:Schema is 'Bad-Schema'; it must be 1 to 63 lower-case letters, digits or '_', starting with a letter or '_'.",
            "Nija:Tracking:PostgreSql:AccountMaxDailyLossPercent is '0'; it must be greater than 0 and at most 100.",
        }));
        Assert.That(ex.Message, Does.Not.Contain(Secret));
    }

    [Test]
    public async Task SecondHostWithTheSameBotId_FailsToStartWithInUse()
    {
        var schema = Server.NewSchema();
        IHost Build()
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production" });
            builder.Logging.ClearProviders();
            // Sources survive the legacy-variables source being inserted (values set through the indexer would not).
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Nija:Tracking:PostgreSql:Schema"] = schema,
            });
            builder.AddNijaTracking().UsePostgreSql(Server.ConnectionString, "twin");
            return builder.Build();
        }

        using var first = Build();
        await first.StartAsync();
        using var second = Build();

        var ex = Assert.ThrowsAsync<TradeJournalException>(() => second.StartAsync());

        Assert.That(ex!.Message, Does.Contain("in use by another tracker"));
        await first.StopAsync();
    }
}
