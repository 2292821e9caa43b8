using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Nija.LiveTracking;
using Nija.Metrics;

namespace Nija.Cli.Tests;

[TestFixture]
[NonParallelizable] // changes the process's working directory and culture
public sealed class LiveCommandTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);
    private CliRunner _cli = null!;

    [SetUp]
    public void SetUp() => _cli = new CliRunner();

    [TearDown]
    public void TearDown() => _cli.Dispose();

    /// <summary>Two round trips (+200 and −50 before fees) and an open position, recorded through the real tracker.</summary>
    private string WriteJournal()
    {
        var dir = _cli.PathOf("data/live_tracking");
        var time = new FakeTimeProvider(Monday);
        using var tracker = new LiveExecutionTracker(new LiveTrackerOptions { DataDirectory = dir, InitialBalance = 10_000m }, timeProvider: time, alertSinks: []);
        tracker.RecordEntry("e1", "AAPL", TradeSide.Long, 100, 10, 1, Monday);
        time.Advance(TimeSpan.FromHours(1));
        tracker.RecordExit("x1", "AAPL", 120, 10, 1, time.GetUtcNow(), "take-profit");
        tracker.RecordEntry("e2", "MSFT", TradeSide.Short, 50, 10, 0.5, time.GetUtcNow());
        time.Advance(TimeSpan.FromHours(1));
        tracker.RecordExit("x2", "MSFT", 55, 10, 0.5, time.GetUtcNow(), "stop-loss");
        tracker.RecordEntry("e3", "BTC", TradeSide.Long, 30_000, 0.1, 3, time.GetUtcNow());
        return dir;
    }

    [Test]
    public void Live_ShowsTheAccount_AndNeverModifiesTheJournal()
    {
        var dir = WriteJournal();
        var journal = Path.Combine(dir, "nija-journal.db");
        var before = SHA256.HashData(File.ReadAllBytes(journal));
        var files = Directory.GetFiles(dir).Order().ToArray();

        var (code, output, error) = _cli.Run("live", "--data-dir", "data/live_tracking");

        Assert.That(code, Is.Zero, error);
        // Balance: 10000 + 200 − 2 − 50 − 1 − 3 (the open BTC entry's fee) = 10144.
        Assert.That(output, Does.Contain("10,144.00"));
        Assert.That(output, Does.Contain("Open positions").And.Contain("BTC"));
        Assert.That(output, Does.Contain("take-profit").And.Contain("stop-loss"));
        Assert.That(output, Does.Contain("ok: trading allowed"));
        Assert.That(SHA256.HashData(File.ReadAllBytes(journal)), Is.EqualTo(before));
        Assert.That(Directory.GetFiles(dir).Order().ToArray(), Is.EqualTo(files), "no -wal/-shm or other files created");
    }

    [Test]
    public void Live_RightAlignsNumbers_SoTheirDigitsLineUp()
    {
        WriteJournal();

        var (code, output, error) = _cli.Run("live", "--data-dir", "data/live_tracking");

        Assert.That(code, Is.Zero, error);
        var lines = output.Split('\n');
        // Returns: AAPL (200 − 2) / 1,000 = 19.80 %, MSFT (−50 − 1) / 500 = −10.20 %: different widths, same right edge.
        var aapl = lines.Single(l => l.Contains("take-profit", StringComparison.Ordinal));
        var msft = lines.Single(l => l.Contains("stop-loss", StringComparison.Ordinal));
        Assert.That(aapl.IndexOf("19.80%", StringComparison.Ordinal) + "19.80%".Length, Is.EqualTo(msft.IndexOf("-10.20%", StringComparison.Ordinal) + "-10.20%".Length));
    }

    [Test]
    public void Live_ExportCsv_WritesTradesSummariesAndAReportableJson()
    {
        WriteJournal();

        var (code, _, error) = _cli.Run("live", "--data-dir", "data/live_tracking", "--export-csv", "--export-dir", "out");

        Assert.That(code, Is.Zero, error);
        var trades = File.ReadAllLines(_cli.PathOf("out/trades.csv"));
        Assert.That(trades, Has.Length.EqualTo(3), "header + 2 trades");
        Assert.That(File.ReadAllLines(_cli.PathOf("out/daily_summaries.csv")), Has.Length.GreaterThanOrEqualTo(2));
        var document = PerformanceDocumentJson.ReadFile(_cli.PathOf("out/live.json"));
        Assert.That(document.Kind, Is.EqualTo("live"));
        Assert.That(document.Trades.Select(t => t.NetPnl), Is.EqualTo(new[] { 198m, -51m }));
    }

    [Test]
    public void Live_Watch_RefreshesTheGivenNumberOfTimes()
    {
        WriteJournal();

        var (code, output, _) = _cli.Run("live", "--data-dir", "data/live_tracking", "--watch", "--refreshes", "2", "--interval", "0");

        Assert.That(code, Is.Zero);
        Assert.That(output.Split("Live account").Length - 1, Is.EqualTo(2));
    }

    [Test]
    public void Live_NoJournal_ExplainsHowToCreateOne()
    {
        var (code, _, error) = _cli.Run("live", "--data-dir", "nowhere");

        Assert.That(code, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(error, Does.Contain("there is no journal").And.Contain("--init"));
    }

    [Test]
    public void Live_Init_CreatesOnce_AndNeverOverwrites()
    {
        var first = _cli.Run("live", "--init", "--data-dir", "fresh", "--balance", "25000");
        var second = _cli.Run("live", "--init", "--data-dir", "fresh");

        Assert.That(first.ExitCode, Is.Zero, first.Error);
        Assert.That(first.Out, Does.Contain("25,000.00"));
        Assert.That(second.ExitCode, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(second.Error, Does.Contain("never overwritten"));
    }

    [Test]
    public void Live_CorruptJournal_IsARuntimeFailureWithoutStackTrace()
    {
        Directory.CreateDirectory(_cli.PathOf("bad"));
        File.WriteAllText(_cli.PathOf("bad/nija-journal.db"), "this is not a database");

        var (code, _, error) = _cli.Run("live", "--data-dir", "bad");

        Assert.That(code, Is.EqualTo(ExitCodes.RuntimeFailure));
        Assert.That(error, Does.StartWith("nija: ").And.Not.Contain("   at "));
    }

    [Test]
    public void ReportAndCompare_ReadTheJournalDirectly()
    {
        WriteJournal();
        MarketFiles.Write(_cli.Folder);
        Assert.That(_cli.Run("backtest", "--data", "SYN.csv", "--output", "bt.json").ExitCode, Is.Zero);

        var report = _cli.Run("report", "--live", "data/live_tracking", "--format", "json");
        var compare = _cli.Run("compare", "--backtest", "bt.json", "--live", "data/live_tracking", "--format", "json");

        Assert.That(report.ExitCode, Is.Zero, report.Error);
        Assert.That(PerformanceDocumentJson.Deserialize(report.Out).Trades, Has.Count.EqualTo(2));
        Assert.That(compare.ExitCode, Is.AnyOf(ExitCodes.Success, ExitCodes.LiveOutsideTolerance, ExitCodes.Inconclusive), compare.Error);
        Assert.That(JsonNode.Parse(compare.Out)!["metrics"], Is.Not.Null);
    }
}
