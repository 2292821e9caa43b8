using Nija.Integration.Tracking;

namespace Nija.LiveTracking.PostgreSql.Tests.Integration;

[TestFixture]
public sealed class NijaPostgreSqlOptionsTests
{
    [Test]
    public void Defaults_AreTheDocumentedValues()
    {
        // docs/fleet.md, "Configuration".
        var options = new NijaPostgreSqlOptions();

        Assert.That(options.ConnectionString, Is.Null);
        Assert.That(options.BotId, Is.Null);
        Assert.That(options.Schema, Is.EqualTo("nija"));
        Assert.That(options.AccountLimitsEnabled, Is.True);
        Assert.That(options.AccountMaxDailyLossPercent, Is.EqualTo(5m));
        Assert.That(options.AccountMaxDrawdownPercent, Is.EqualTo(12m));
        Assert.That(new NijaTrackingOptions().PostgreSql, Is.Not.Null);
    }
}
