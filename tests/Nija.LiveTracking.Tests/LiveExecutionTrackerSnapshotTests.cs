using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Nija.LiveTracking.Journal;
using Nija.Metrics;

namespace Nija.LiveTracking.Tests;

/// <summary>Start-up from a snapshot must give exactly the state a full replay gives (SQLite journal).</summary>
[TestFixture]
public sealed class LiveExecutionTrackerSnapshotTests
{
    private string _dir = null!;
    private string _path = null!;
    private FakeTimeProvider _time = null!;

    [SetUp]
    public void SetUp()
    {
        _dir = Some.TempDirectory();
        _path = Path.Combine(_dir, "journal.db");
        _time = new FakeTimeProvider(Some.Start);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void Start_FromSnapshot_EqualsFullReplayAndStateBeforeRestart()
    {
        // Arrange: 10 fills with a flush after fill 3 and snapshots every 4 fills (at 3 and 7), then the process "dies"
        // without disposing the tracker (durable mode: every fill is committed): fills 8 to 10 come after the latest snapshot.
        var before = RecordTenFillsAndCrash();

        // Act
        var replay = StartAndCapture(snapshotInterval: 0);
        var fromSnapshot = StartAndCapture(snapshotInterval: 4);

        // Assert
        AssertSameState(replay, before);
        AssertSameState(fromSnapshot, before);
    }

    [Test]
    public void LoadStartup_AfterSnapshotAtFill7_ReturnsOnlyLaterFills()
    {
        RecordTenFillsAndCrash();

        using var journal = new SqliteTradeJournal(_path);
        var startup = journal.LoadStartup(10_000m, _time.GetUtcNow());

        Assert.That(startup.Snapshot!.Sequence, Is.EqualTo(7));
        Assert.That(startup.Contents.Fills.Select(f => f.Sequence), Is.EqualTo(new long[] { 8, 9, 10 }));
        Assert.That(startup.SnapshotExecutionIds, Is.EqualTo(new[] { "e1", "e2", "x1", "e3", "x2", "x3", "e4" }));
        Assert.That(startup.SnapshotClosedTrades.Select(t => t.Symbol), Is.EqualTo(new[] { "AAPL", "MSFT" }), "closed by x2 and x3");
        Assert.That(startup.RejectedSnapshot, Is.Null);
    }

    [Test]
    public void RecordEntry_RetryOfIdCoveredBySnapshot_ReturnsOriginalResult()
    {
        var tracker = new LiveExecutionTracker(PathOptions(4), alertSinks: [], timeProvider: _time);
        var first = tracker.RecordEntry(Some.Entry("e1", price: 100m, quantity: 10m, fees: 1m));
        tracker.RecordEntry(Some.Entry("e2", price: 110m, quantity: 10m, fees: 1m));
        var exit = tracker.RecordExit(Some.Exit("x1", price: 120m, quantity: 20m, fees: 2m));
        tracker.RecordEntry(Some.Entry("e3", price: 50m, quantity: 1m, symbol: "MSFT"));
        tracker.Dispose(); // snapshot at fill 4

        using var restarted = new LiveExecutionTracker(PathOptions(4), alertSinks: [], timeProvider: _time);
        var retryEntry = restarted.RecordEntry(Some.Entry("e1", price: 100m, quantity: 10m, fees: 1m));
        var retryExit = restarted.RecordExit(Some.Exit("x1", price: 120m, quantity: 20m, fees: 2m));

        Assert.That(retryEntry, Is.EqualTo(first));
        Assert.That(retryExit, Is.EqualTo(exit), "including the ClosedTrade read back from the journal");
        Assert.That(retryExit.ClosedTrade!.GrossPnl, Is.EqualTo(300m), "(120 − 105) × 20, average cost 105");
        Assert.That(restarted.GetSnapshot().FillCount, Is.EqualTo(4));
    }

    [Test]
    public void RecordEntry_ConflictingDataForIdCoveredBySnapshot_ThrowsAndChangesNothing()
    {
        using (var tracker = new LiveExecutionTracker(PathOptions(2), alertSinks: [], timeProvider: _time))
        {
            tracker.RecordEntry(Some.Entry("e1", price: 100m));
            tracker.RecordEntry(Some.Entry("e2", price: 100m, symbol: "MSFT"));
        }

        using var restarted = new LiveExecutionTracker(PathOptions(2), alertSinks: [], timeProvider: _time);
        var balance = restarted.GetSnapshot().Balance;

        var ex = Assert.Throws<ExecutionIdConflictException>(() => restarted.RecordEntry(Some.Entry("e1", price: 101m)));

        Assert.That(ex!.Message, Does.Contain("entry Long 10 AAPL @ 100 "), "the original data is read from the journal");
        Assert.That(restarted.GetSnapshot().FillCount, Is.EqualTo(2));
        Assert.That(restarted.GetSnapshot().Balance, Is.EqualTo(balance));
    }

    [TestCase("UPDATE snapshots SET state = replace(state, '\"cash\":', '\"cash\": ');", "checksum")]
    [TestCase("UPDATE snapshots SET format = 99;", "format 99")]
    [TestCase("UPDATE fills SET execution_id = 'renamed' WHERE seq = 7;", "does not match the fills")]
    public void Start_MismatchedSnapshot_FallsBackToFullReplay(string damage, string reason)
    {
        var before = RecordTenFillsAndCrash();
        Execute(damage);

        using (var journal = new SqliteTradeJournal(_path))
        {
            Assert.That(journal.LoadStartup(10_000m, _time.GetUtcNow()).RejectedSnapshot, Does.Contain(reason));
        }

        if (damage.StartsWith("DELETE", StringComparison.Ordinal))
        {
            // A missing fill cannot be hidden: the full replay then fails loudly (x2 exits a position whose entry e3 is gone).
            Assert.Throws<TradeJournalException>(() => new LiveExecutionTracker(PathOptions(4), alertSinks: [], timeProvider: _time).Dispose());
            return;
        }

        AssertSameState(StartAndCapture(snapshotInterval: 4), before);
    }

    [Test]
    public void Start_SnapshotWithValidChecksumButImpossibleState_ThrowsTradeJournalException()
    {
        // The snapshot at fill 7 holds the open AAPL position of 3 (e4); make it 0 and re-sign it, as a bug would.
        RecordTenFillsAndCrash();
        string state;
        using (var connection = new SqliteConnection($"Data Source={_path};Pooling=False"))
        {
            connection.Open();
            using var read = connection.CreateCommand();
            read.CommandText = "SELECT state FROM snapshots;";
            state = ((string)read.ExecuteScalar()!).Replace("\"quantity\":3,", "\"quantity\":0,", StringComparison.Ordinal);
        }

        var checksum = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(state)));
        Execute($"UPDATE snapshots SET state = '{state}', checksum = '{checksum}';");

        var ex = Assert.Throws<TradeJournalException>(() => new LiveExecutionTracker(PathOptions(4), timeProvider: _time, alertSinks: []).Dispose());

        Assert.That(ex!.Message, Does.Contain("snapshot at fill #7 is inconsistent"));
        Assert.That(ex.Message, Does.Contain("quantity 0"));
    }

    [Test]
    public void Start_JournalWrittenBySchemaVersion2_MigratesReplaysThenStartsFromSnapshot()
    {
        // Arrange: a version-2 journal (as the previous release wrote it): 4 fills, no results, no snapshot.
        using (var connection = new SqliteConnection($"Data Source={_path};Pooling=False"))
        {
            connection.Open();
            SqliteJournalSchema.CreateAtVersion(connection, 2);
        }

        var t = Some.Start.UtcTicks;
        Execute($"INSERT INTO meta VALUES ('initial_balance', '10000'), ('created_at_ticks', '{t}');");
        Execute($"""
            INSERT INTO fills VALUES (1, 'old-e1', 0, 'AAPL', 0, '100', '10', '1', {t}, 0, {t}, NULL, NULL, NULL, NULL, 0);
            INSERT INTO fills VALUES (2, 'old-x1', 1, 'AAPL', 0, '110', '10', '1', {t}, 0, {t}, NULL, NULL, NULL, 'tp', 0);
            INSERT INTO fills VALUES (3, 'old-e2', 0, 'MSFT', 1, '50', '4', '0', {t}, 0, {t}, NULL, NULL, NULL, NULL, 0);
            INSERT INTO fills VALUES (4, 'old-x2', 1, 'MSFT', 1, '45', '2', '0', {t}, 0, {t}, NULL, NULL, NULL, NULL, 0);
            """);

        // Act: the first start migrates and replays; its dispose writes a snapshot and back-fills the 4 fills' results.
        var replayed = StartAndCapture(snapshotInterval: 4);
        using (var journal = new SqliteTradeJournal(_path))
        {
            var startup = journal.LoadStartup(10_000m, _time.GetUtcNow());
            Assert.That(startup.Snapshot!.Sequence, Is.EqualTo(4));
            Assert.That(startup.Contents.Fills, Is.Empty);
        }

        var fromSnapshot = StartAndCapture(snapshotInterval: 4);
        using var again = new LiveExecutionTracker(PathOptions(4), alertSinks: [], timeProvider: _time);
        var retry = again.RecordExit(new ExitFill { ExecutionId = "old-x1", Symbol = "AAPL", Price = 110m, Quantity = 10m, Fees = 1m, ExecutionTime = Some.Start, ExitReason = "tp" });

        // Assert: (110 − 100) × 10 = 100 realized on AAPL; MSFT short 4 @ 50, 2 covered @ 45 = +10; fees 1 + 1.
        Assert.That(replayed.Snapshot.RealizedPnl, Is.EqualTo(110m));
        Assert.That(replayed.Snapshot.Balance, Is.EqualTo(10_108m));
        AssertSameState(fromSnapshot, replayed);
        Assert.That(retry.RealizedPnl, Is.EqualTo(100m));
        Assert.That(retry.ClosedTrade!.NetPnl, Is.EqualTo(98m));
        Assert.That(retry.Sequence, Is.EqualTo(2));
    }

    private static LiveTrackerOptions Options(int snapshotInterval) => new()
    {
        InitialBalance = 10_000m,
        Risk = { MaxDailyLossPercent = 50m },
        SnapshotInterval = snapshotInterval,
    };

    private LiveTrackerOptions PathOptions(int snapshotInterval)
    {
        var options = Options(snapshotInterval);
        options.JournalPath = _path;
        return options;
    }

    private Captured RecordTenFillsAndCrash()
    {
        var journal = new SqliteTradeJournal(_path);
        var tracker = new LiveExecutionTracker(PathOptions(4), journal, _time, alertSinks: []);
        tracker.RecordEntry(Some.Entry("e1", price: 100m, quantity: 10m, fees: 1m));
        Step();
        tracker.RecordEntry(Some.Entry("e2", price: 104m, quantity: 10m, fees: 1m));
        Step();
        tracker.RecordExit(Some.Exit("x1", price: 110m, quantity: 5m, fees: 0.5m));
        tracker.MarkPrice("AAPL", 112m);
        tracker.Flush(); // saves the mark (and a snapshot at fill 3; the next one comes at fill 7)
        Step();
        tracker.RecordEntry(Some.Entry("e3", price: 50m, quantity: 20m, fees: 0.2m, symbol: "MSFT", side: TradeSide.Short));
        Step();
        tracker.RecordExit(Some.Exit("x2", price: 99m, quantity: 15m, fees: 1.5m, reason: "stop"));
        Step();
        tracker.RecordExit(Some.Exit("x3", price: 48m, quantity: 20m, fees: 0.2m, symbol: "MSFT"));
        Step();
        tracker.RecordEntry(Some.Entry("e4", price: 98m, quantity: 3m, fees: 0.1m));
        Step();
        tracker.RecordExit(Some.Exit("x4", price: 97m, quantity: 3m, fees: 0.1m));
        Step();
        tracker.RecordEntry(Some.Entry("e5", price: 51m, quantity: 7m, fees: 0.3m, symbol: "MSFT"));
        Step();
        tracker.RecordEntry(Some.Entry("e6", price: 53m, quantity: 1m, fees: 0.3m, symbol: "MSFT"));
        var captured = Capture(tracker);

        // A crash: the tracker is abandoned; only the journal's file handles are closed (everything was committed).
        journal.Dispose();
        return captured;
    }

    private Captured StartAndCapture(int snapshotInterval)
    {
        using var tracker = new LiveExecutionTracker(PathOptions(snapshotInterval), timeProvider: _time, alertSinks: []);
        return Capture(tracker);
    }

    private Captured Capture(LiveExecutionTracker tracker)
    {
        var snapshot = tracker.GetSnapshot();
        var day = TradingDays.Of(Some.Start);
        return new Captured(snapshot, tracker.GetDailySummaries(day, day), PerformanceCalculator.Calculate(snapshot.ClosedTrades, snapshot.EquityCurve));
    }

    private void Step() => _time.Advance(TimeSpan.FromSeconds(10));

    private static void AssertSameState(Captured actual, Captured expected)
    {
        var a = actual.Snapshot;
        var e = expected.Snapshot;
        Assert.Multiple(() =>
        {
            Assert.That(a.Balance, Is.EqualTo(e.Balance), "balance");
            Assert.That(a.Cash, Is.EqualTo(e.Cash), "cash");
            Assert.That(a.RealizedPnl, Is.EqualTo(e.RealizedPnl), "realized");
            Assert.That(a.TotalFees, Is.EqualTo(e.TotalFees), "fees");
            Assert.That(a.UnrealizedPnl, Is.EqualTo(e.UnrealizedPnl), "unrealized");
            Assert.That(a.OpenPositions, Is.EqualTo(e.OpenPositions), "positions");
            Assert.That(a.ClosedTrades, Is.EqualTo(e.ClosedTrades), "closed trades");
            Assert.That(a.RiskState, Is.EqualTo(e.RiskState), "breaker");
            Assert.That(a.FillCount, Is.EqualTo(e.FillCount), "fills");
            Assert.That(a.EquityCurve.ToList(), Is.EqualTo(e.EquityCurve.ToList()), "equity curve");
            Assert.That(actual.Summaries, Is.EqualTo(expected.Summaries), "daily summaries");
            Assert.That(actual.Report.FinalEquity, Is.EqualTo(expected.Report.FinalEquity), "report final equity");
            Assert.That(actual.Report.Trades.TotalTrades, Is.EqualTo(expected.Report.Trades.TotalTrades), "report trades");
            Assert.That(actual.Report.Trades.NetProfit, Is.EqualTo(expected.Report.Trades.NetProfit), "report net profit");
            Assert.That(actual.Report.Drawdown.MaxDrawdown, Is.EqualTo(expected.Report.Drawdown.MaxDrawdown), "report max drawdown");
        });
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_path};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private sealed record Captured(LiveTrackerSnapshot Snapshot, IReadOnlyList<DailySummary> Summaries, PerformanceReport Report);
}
