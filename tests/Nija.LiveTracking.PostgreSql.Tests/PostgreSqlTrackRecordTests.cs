using Nija.Metrics;

namespace Nija.LiveTracking.PostgreSql.Tests;

[TestFixture]
public sealed class PostgreSqlTrackRecordTests
{
    private static PostgreSqlTestServer Server => PostgreSqlSetUp.Server;

    [Test]
    public void Read_OneBotAndTheAccount_RebuildBalancesTradesAndPositionsWithoutWriting()
    {
        var schema = Server.NewSchema();
        var clock = Some.Clock();
        using (var alpha = Some.Bot(Server.ConnectionString, schema, "alpha", clock, botLimitPercent: 50m, accountLimitPercent: 50m))
        using (var beta = Some.Bot(Server.ConnectionString, schema, "beta", clock, initialBalance: 5_000m, botLimitPercent: 50m, accountLimitPercent: 50m))
        {
            alpha.Tracker.RecordEntry(Some.Entry("a-1", price: 100m, quantity: 10m, fees: 1m));
            beta.Tracker.RecordEntry(Some.Entry("b-1", price: 50m, quantity: 4m));       // same symbol, another bot
            alpha.Tracker.RecordExit(Some.Exit("a-2", price: 120m, quantity: 10m, fees: 1m));
        }

        var fillsBefore = Server.Scalar($"SELECT count(*) FROM {schema}.fills;");
        var alphaView = PostgreSqlTrackRecord.Read(Server.ConnectionString, "alpha", schema, timeProvider: clock);
        var account = PostgreSqlTrackRecord.Read(Server.ConnectionString, null, schema, timeProvider: clock);

        // alpha: 10,000 + (120 − 100) × 10 − 2 = 10,198. Account: 10,198 + 5,000 (beta's entry has no fees).
        Assert.That(alphaView.Snapshot.Balance, Is.EqualTo(10_198m));
        Assert.That(alphaView.Snapshot.ClosedTrades, Has.Count.EqualTo(1));
        Assert.That(alphaView.JournalPath, Does.Contain("bot alpha").And.Contain("127.0.0.1"));
        Assert.That(account.Snapshot.InitialBalance, Is.EqualTo(15_000m));
        Assert.That(account.Snapshot.Balance, Is.EqualTo(15_198m));
        Assert.That(account.Snapshot.FillCount, Is.EqualTo(3));
        Assert.That(account.Snapshot.OpenPositions.Select(p => p.Symbol), Is.EqualTo(new[] { "beta/AAPL" }));
        Assert.That(account.Snapshot.ClosedTrades.Single().Symbol, Is.EqualTo("alpha/AAPL"));
        Assert.That(account.DailySummaries.Single().Fills, Is.EqualTo(3));
        Assert.That(Server.Scalar($"SELECT count(*) FROM {schema}.fills;"), Is.EqualTo(fillsBefore));
    }

    [Test]
    public void Read_UnknownBotOrEmptySchema_ThrowsTradeJournalException()
    {
        var schema = Server.NewSchema();
        Assert.That(() => PostgreSqlTrackRecord.Read(Server.ConnectionString, null, schema), Throws.InstanceOf<Journal.TradeJournalException>().With.Message.Contains("no Nija fleet journal"));
        Some.Bot(Server.ConnectionString, schema, "alpha", Some.Clock()).Dispose();
        Assert.That(() => PostgreSqlTrackRecord.Read(Server.ConnectionString, "nobody", schema), Throws.InstanceOf<Journal.TradeJournalException>().With.Message.Contains("no bot 'nobody'"));
        Assert.That(PostgreSqlTrackRecord.Read(Server.ConnectionString, null, schema, new RiskRulesOptions()).Snapshot.Balance, Is.EqualTo(10_000m));
    }
}
