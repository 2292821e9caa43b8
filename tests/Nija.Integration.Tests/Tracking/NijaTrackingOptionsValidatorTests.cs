using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Nija.Integration.Tests.Tracking;

/// <summary>Start-up validation through a real host: each bad setting stops the start with a message naming it, its value and the allowed range.</summary>
[NonParallelizable]
public sealed class NijaTrackingOptionsValidatorTests
{
    [TestCase("LIVE_TRACKER_ENABLED", "yes", "Nija:Tracking:Enabled (or LIVE_TRACKER_ENABLED) is 'yes'; it must be true or false.")]
    [TestCase("LIVE_TRACKER_MAX_DAILY_LOSS", "0", "Nija:Tracking:MaxDailyLossPercent (or LIVE_TRACKER_MAX_DAILY_LOSS) is '0'; it must be greater than 0 and at most 100.")]
    [TestCase("LIVE_TRACKER_MAX_DAILY_LOSS", "five", "Nija:Tracking:MaxDailyLossPercent (or LIVE_TRACKER_MAX_DAILY_LOSS) is 'five'; it must be a number greater than 0 and at most 100.")]
    [TestCase("LIVE_TRACKER_MAX_DRAWDOWN", "100.5", "Nija:Tracking:MaxDrawdownPercent (or LIVE_TRACKER_MAX_DRAWDOWN) is '100.5'; it must be greater than 0 and at most 100.")]
    [TestCase("INITIAL_BALANCE", "-1", "Nija:Tracking:InitialBalance (or INITIAL_BALANCE) is '-1'; it must be greater than 0.")]
    [TestCase("INITIAL_BALANCE", "1,000", "Nija:Tracking:InitialBalance (or INITIAL_BALANCE) is '1,000'; it must be a number greater than 0.")]
    [TestCase("Nija__Tracking__Enabled", "1", "Nija:Tracking:Enabled (or LIVE_TRACKER_ENABLED) is '1'; it must be true or false.")]
    public async Task StartAsync_BadEnvironmentValue_FailsNamingSettingValueAndRange(string variable, string value, string expected)
    {
        using var env = new EnvironmentScope((variable, value));
        using var host = new TestHost();

        var exception = await StartExpectingFailure(host);

        Assert.That(exception.Failures, Does.Contain(expected));
    }

    [TestCase("TradingDayTimeZone", "\"Mars/Olympus\"", "Nija:Tracking:TradingDayTimeZone is 'Mars/Olympus'; it must be a known time zone id such as 'UTC' or 'America/New_York'.")]
    [TestCase("ResetPolicy", "\"Weekly\"", "Nija:Tracking:ResetPolicy is 'Weekly'; it must be NextTradingDay or Manual.")]
    [TestCase("Durability", "\"1\"", "Nija:Tracking:Durability is '1'; it must be Durable or Batched.")]
    [TestCase("BatchWindow", "\"00:00:02\"", "Nija:Tracking:BatchWindow is '00:00:02'; it must be greater than 00:00:00 and at most 00:00:01.")]
    [TestCase("MaxClockSkew", "\"-00:00:01\"", "Nija:Tracking:MaxClockSkew is '-00:00:01'; it must be at least 00:00:00 and at most 1.00:00:00.")]
    [TestCase("MarkCurveInterval", "\"soon\"", "Nija:Tracking:MarkCurveInterval is 'soon'; it must be a time span such as 00:01:00.")]
    [TestCase("SnapshotInterval", "\"-1\"", "Nija:Tracking:SnapshotInterval is '-1'; it must be from 0 (no snapshots) to 1000000000.")]
    [TestCase("SnapshotInterval", "\"often\"", "Nija:Tracking:SnapshotInterval is 'often'; it must be a whole number from 0 (no snapshots) to 1000000000.")]
    public async Task StartAsync_BadAppSetting_FailsNamingSettingValueAndRange(string key, string jsonValue, string expected)
    {
        using var env = new EnvironmentScope();
        using var host = new TestHost();
        host.WriteAppSettings($$"""{ "Nija": { "Tracking": { "{{key}}": {{jsonValue}} } } }""");

        var exception = await StartExpectingFailure(host);

        Assert.That(exception.Failures, Does.Contain(expected));
    }

    [Test]
    public async Task StartAsync_DataDirectoryUnderAFile_FailsAndCreatesNoJournal()
    {
        using var host = new TestHost();
        var file = Path.Combine(host.Root, "a-file");
        await File.WriteAllTextAsync(file, "x");
        var dir = Path.Combine(file, "data");
        using var env = new EnvironmentScope(("LIVE_TRACKER_DATA_DIR", dir));

        var exception = await StartExpectingFailure(host);

        Assert.Multiple(() =>
        {
            Assert.That(exception.Failures, Has.Exactly(1).StartsWith($"Nija:Tracking:DataDirectory (or LIVE_TRACKER_DATA_DIR) is '{dir}'; it must be an existing or creatable folder ("));
            Assert.That(Directory.EnumerateFiles(host.Root, "*.db", SearchOption.AllDirectories), Is.Empty);
        });
    }

    [Test]
    public async Task StartAsync_SeveralBadValues_ListsEveryFailureAndStartsNothing()
    {
        using var env = new EnvironmentScope(("LIVE_TRACKER_MAX_DAILY_LOSS", "0"), ("INITIAL_BALANCE", "0"));
        using var host = new TestHost();

        var exception = await StartExpectingFailure(host);

        Assert.Multiple(() =>
        {
            Assert.That(exception.Failures.Count(), Is.EqualTo(2));
            Assert.That(Directory.Exists(host.DataDirectory), Is.False, "validation failed before the data directory check and the journal");
        });
    }

    [Test]
    public async Task StartAsync_ValidSettings_Starts()
    {
        using var env = new EnvironmentScope(("LIVE_TRACKER_MAX_DAILY_LOSS", "2"));
        using var host = new TestHost();
        var builder = host.CreateBuilder();
        builder.AddNijaTracking();
        using var built = builder.Build();

        await built.StartAsync();
        await built.StopAsync();

        Assert.That(File.Exists(Path.Combine(host.DataDirectory, "nija-journal.db")), Is.True);
    }

    private static async Task<OptionsValidationException> StartExpectingFailure(TestHost host)
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
            return ex;
        }

        await built.StopAsync();
        Assert.Fail("The host started although a setting is invalid.");
        throw new InvalidOperationException("unreachable");
    }
}
