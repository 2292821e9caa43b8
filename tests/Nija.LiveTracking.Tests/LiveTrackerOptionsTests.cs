using Nija.Metrics;

namespace Nija.LiveTracking.Tests;

[TestFixture]
public sealed class LiveTrackerOptionsTests
{
    [Test]
    public void Defaults_ArePinned()
    {
        var options = new LiveTrackerOptions();

        Assert.That(options.InitialBalance, Is.EqualTo(10_000m));
        Assert.That(options.Risk.MaxDailyLossPercent, Is.EqualTo(5m));
        Assert.That(options.Risk.MaxDrawdownPercent, Is.EqualTo(12m));
        Assert.That(options.Risk.TradingDayTimeZone, Is.EqualTo(TimeZoneInfo.Utc));
        Assert.That(options.Risk.ResetPolicy, Is.EqualTo(BreakerResetPolicy.NextTradingDay));
        Assert.That(options.DataDirectory, Is.Null);
        Assert.That(options.JournalPath, Is.Null);
        Assert.That(options.Durability, Is.EqualTo(JournalDurability.Durable));
        Assert.That(options.BatchWindow, Is.EqualTo(TimeSpan.FromMilliseconds(10)));
        Assert.That(options.MaxClockSkew, Is.EqualTo(TimeSpan.FromMinutes(5)));
        Assert.That(options.MarkCurveInterval, Is.EqualTo(TimeSpan.FromMinutes(1)));
        Assert.That(options.SnapshotInterval, Is.EqualTo(100_000));
        Assert.DoesNotThrow(options.Validate);
    }

    [Test]
    public void ResolveJournalPath_DataDirectory_UsesDefaultFileName()
    {
        var options = new LiveTrackerOptions { DataDirectory = "/var/nija" };

        Assert.That(options.ResolveJournalPath(), Is.EqualTo("/var/nija/nija-journal.db"));
        options.JournalPath = "/tmp/x.db";
        Assert.That(options.ResolveJournalPath(), Is.EqualTo("/tmp/x.db"));
        Assert.That(new LiveTrackerOptions().ResolveJournalPath(), Is.Null);
    }

    [TestCase(0)]
    [TestCase(-1)]
    public void Validate_InitialBalanceNotPositive_Throws(decimal balance)
    {
        var options = new LiveTrackerOptions { InitialBalance = balance };

        var ex = Assert.Throws<ArgumentOutOfRangeException>(options.Validate);

        Assert.That(ex!.Message, Does.StartWith($"InitialBalance is {balance}; it must be greater than 0."));
    }

    [Test]
    public void Validate_BatchWindowZero_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(new LiveTrackerOptions { BatchWindow = TimeSpan.Zero }.Validate);

        Assert.That(ex!.Message, Does.StartWith("BatchWindow is 00:00:00; it must be greater than 00:00:00 and at most 00:00:01."));
    }

    [Test]
    public void Validate_NegativeClockSkew_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(new LiveTrackerOptions { MaxClockSkew = TimeSpan.FromSeconds(-1) }.Validate);

        Assert.That(ex!.ParamName, Is.EqualTo("MaxClockSkew"));
    }

    [Test]
    public void Validate_MarkCurveIntervalZero_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(new LiveTrackerOptions { MarkCurveInterval = TimeSpan.Zero }.Validate);

    [TestCase(-1)]
    [TestCase(1_000_000_001)]
    public void Validate_SnapshotIntervalOutOfRange_ThrowsNamingRange(int interval)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(new LiveTrackerOptions { SnapshotInterval = interval }.Validate);

        Assert.That(ex!.ParamName, Is.EqualTo("SnapshotInterval"));
        Assert.That(ex.Message, Does.Contain("at least 0 (0 = no snapshots) and at most 1000000000"));
    }

    [Test]
    public void Validate_UnknownDurability_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(new LiveTrackerOptions { Durability = (JournalDurability)5 }.Validate);

    [Test]
    public void Validate_BadRiskOption_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(new LiveTrackerOptions { Risk = { MaxDailyLossPercent = 0m } }.Validate);

        Assert.That(ex!.ParamName, Is.EqualTo("MaxDailyLossPercent"));
    }

    [Test]
    public void Validate_NullRisk_Throws() =>
        Assert.Throws<ArgumentException>(new LiveTrackerOptions { Risk = null! }.Validate);
}
