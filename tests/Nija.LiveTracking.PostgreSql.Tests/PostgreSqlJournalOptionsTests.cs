namespace Nija.LiveTracking.PostgreSql.Tests;

[TestFixture]
public sealed class PostgreSqlJournalOptionsTests
{
    [Test]
    public void Defaults_AreTheDocumentedValues()
    {
        var options = new PostgreSqlJournalOptions();

        Assert.That(options.Schema, Is.EqualTo("nija"));
        Assert.That(options.AccountRisk, Is.Not.Null);
        Assert.That(options.AccountRisk!.MaxDailyLossPercent, Is.EqualTo(5m));
        Assert.That(options.AccountRisk.MaxDrawdownPercent, Is.EqualTo(12m));
        Assert.That(options.CommandTimeoutSeconds, Is.EqualTo(30));
        Assert.That(options.TimeProvider, Is.Null);
    }

    [TestCase("")]
    [TestCase("Nija")]
    [TestCase("1abc")]
    [TestCase("a-b")]
    [TestCase("a;drop")]
    public void Validate_BadSchema_ThrowsNamingIt(string schema)
    {
        var options = new PostgreSqlJournalOptions { Schema = schema };

        Assert.That(options.Validate, Throws.ArgumentException.With.Message.Contains($"Schema is '{schema}'"));
    }

    [TestCase(0)]
    [TestCase(3601)]
    public void Validate_CommandTimeoutOutOfRange_Throws(int seconds)
    {
        var options = new PostgreSqlJournalOptions { CommandTimeoutSeconds = seconds };

        Assert.That(options.Validate, Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("CommandTimeoutSeconds"));
    }

    [Test]
    public void Validate_AccountRiskOutOfRange_Throws()
    {
        var options = new PostgreSqlJournalOptions { AccountRisk = new Metrics.RiskRulesOptions { MaxDailyLossPercent = 0m } };

        Assert.That(options.Validate, Throws.InstanceOf<ArgumentException>());
    }
}
