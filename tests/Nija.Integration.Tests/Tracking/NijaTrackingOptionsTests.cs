using Nija.Integration.Tracking;
using Nija.LiveTracking;
using Nija.Metrics;

namespace Nija.Integration.Tests.Tracking;

public sealed class NijaTrackingOptionsTests
{
    [Test]
    public void Defaults_AreTheDocumentedValues()
    {
        var options = new NijaTrackingOptions();

        // The defaults of docs/integration.md, "Options".
        Assert.Multiple(() =>
        {
            Assert.That(NijaTrackingOptions.SectionName, Is.EqualTo("Nija:Tracking"));
            Assert.That(options.Enabled, Is.True);
            Assert.That(options.DataDirectory, Is.EqualTo("data"));
            Assert.That(options.JournalPath, Is.Null);
            Assert.That(options.Journal, Is.EqualTo(NijaJournalKind.Sqlite));
            Assert.That(options.InitialBalance, Is.EqualTo(10_000m));
            Assert.That(options.MaxDailyLossPercent, Is.EqualTo(5m));
            Assert.That(options.MaxDrawdownPercent, Is.EqualTo(12m));
            Assert.That(options.TradingDayTimeZone, Is.EqualTo("UTC"));
            Assert.That(options.ResetPolicy, Is.EqualTo(BreakerResetPolicy.NextTradingDay));
            Assert.That(options.Durability, Is.EqualTo(JournalDurability.Durable));
            Assert.That(options.BatchWindow, Is.EqualTo(TimeSpan.FromMilliseconds(10)));
            Assert.That(options.MaxClockSkew, Is.EqualTo(TimeSpan.FromMinutes(5)));
            Assert.That(options.MarkCurveInterval, Is.EqualTo(TimeSpan.FromMinutes(1)));
            Assert.That(options.SnapshotInterval, Is.EqualTo(100_000));
        });
    }

    [Test]
    public void ToLiveTrackerOptions_CopiesEverySetting()
    {
        var options = new NijaTrackingOptions
        {
            DataDirectory = "/tmp/x",
            JournalPath = "/tmp/x/j.db",
            InitialBalance = 2_500m,
            MaxDailyLossPercent = 3m,
            MaxDrawdownPercent = 20m,
            TradingDayTimeZone = "America/New_York",
            ResetPolicy = BreakerResetPolicy.Manual,
            Durability = JournalDurability.Batched,
            BatchWindow = TimeSpan.FromMilliseconds(50),
            MaxClockSkew = TimeSpan.FromSeconds(30),
            MarkCurveInterval = TimeSpan.FromSeconds(5),
            SnapshotInterval = 250,
        };

        var live = options.ToLiveTrackerOptions();

        Assert.Multiple(() =>
        {
            Assert.That(live.DataDirectory, Is.EqualTo("/tmp/x"));
            Assert.That(live.JournalPath, Is.EqualTo("/tmp/x/j.db"));
            Assert.That(live.InitialBalance, Is.EqualTo(2_500m));
            Assert.That(live.Risk.MaxDailyLossPercent, Is.EqualTo(3m));
            Assert.That(live.Risk.MaxDrawdownPercent, Is.EqualTo(20m));
            Assert.That(live.Risk.TradingDayTimeZone.Id, Is.EqualTo("America/New_York"));
            Assert.That(live.Risk.ResetPolicy, Is.EqualTo(BreakerResetPolicy.Manual));
            Assert.That(live.Durability, Is.EqualTo(JournalDurability.Batched));
            Assert.That(live.BatchWindow, Is.EqualTo(TimeSpan.FromMilliseconds(50)));
            Assert.That(live.MaxClockSkew, Is.EqualTo(TimeSpan.FromSeconds(30)));
            Assert.That(live.MarkCurveInterval, Is.EqualTo(TimeSpan.FromSeconds(5)));
            Assert.That(live.SnapshotInterval, Is.EqualTo(250));
        });
    }

    [Test]
    public void ToLiveTrackerOptions_UnknownTimeZone_Throws()
    {
        var options = new NijaTrackingOptions { TradingDayTimeZone = "Mars/Olympus" };

        Assert.That(() => options.ToLiveTrackerOptions(), Throws.ArgumentException.With.Message.Contains("'Mars/Olympus' is not a known time zone id"));
    }
}
