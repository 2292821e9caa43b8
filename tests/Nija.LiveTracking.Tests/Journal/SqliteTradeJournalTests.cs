using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Nija.LiveTracking.Journal;
using Nija.Metrics;

namespace Nija.LiveTracking.Tests.Journal;

[TestFixture]
public sealed class SqliteTradeJournalTests
{
    private static readonly RiskState Risk = new(new DateOnly(2026, 11, 24), 10_000m, 9_500m, 10_100m, true, Some.Start, false, 3);
    private static readonly DailySummary Today = new(new DateOnly(2026, 11, 24), 2, 1, 0, 1, -12.5m, 0.75m, 10_000m, 9_986.75m, 9_500m, 1);

    private string _dir = null!;
    private string _path = null!;

    [SetUp]
    public void SetUp()
    {
        _dir = Some.TempDirectory();
        _path = Path.Combine(_dir, "journal.db");
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void AppendThenReopen_RoundTripsEveryField()
    {
        var fill = new JournalFill(
            1, "exec-1", FillKind.Entry, "BTC-USD", TradeSide.Short, 43_210.123456789m, 0.00012345m, 0.0100m,
            new DateTimeOffset(2026, 11, 24, 9, 59, 58, 123, TimeSpan.FromHours(2)), Some.Start, 44_000m, "breakout", "trending", null, true);
        using (var journal = new SqliteTradeJournal(_path))
        {
            journal.Load(10_000m, Some.Start);
            journal.Append(fill, new JournalCheckpoint(Risk, Today, null));
            journal.SaveCheckpoint(new JournalCheckpoint(Risk, Today, null), [new JournalMark("BTC-USD", 43_000.5m, Some.Start.AddMinutes(1), 1)]);
        }

        using var reopened = new SqliteTradeJournal(_path);
        var contents = reopened.Load(10_000m, Some.Start.AddDays(1));

        Assert.That(contents.Fills, Is.EqualTo(new[] { fill }));
        Assert.That(contents.Fills[0].ExecutionTime.Offset, Is.EqualTo(TimeSpan.FromHours(2)));
        Assert.That(contents.Fills[0].Price.Scale, Is.EqualTo(9), "decimals are stored exactly, scale included");
        Assert.That(contents.RiskState, Is.EqualTo(Risk));
        Assert.That(contents.DailySummaries, Is.EqualTo(new[] { Today }));
        Assert.That(contents.Marks, Is.EqualTo(new[] { new JournalMark("BTC-USD", 43_000.5m, Some.Start.AddMinutes(1), 1) }));
        Assert.That(contents.InitialBalance, Is.EqualTo(10_000m));
        Assert.That(contents.CreatedAt, Is.EqualTo(Some.Start));
        Assert.That(contents.SchemaVersion, Is.EqualTo(3));
        Assert.That(reopened.OpenedSchemaVersion, Is.EqualTo(3));
    }

    [Test]
    public void Constructor_SecondWriterOnSameFile_ThrowsLocked()
    {
        using var first = new SqliteTradeJournal(_path);

        var ex = Assert.Throws<TradeJournalException>(() => new SqliteTradeJournal(_path));

        Assert.That(ex!.Message, Does.Contain("in use by another tracker"));
    }

    [Test]
    public void Constructor_TwoTrackersOnOneDataDirectory_SecondFailsClearly()
    {
        var options = new LiveTrackerOptions { DataDirectory = _dir };
        using var first = new LiveExecutionTracker(options, alertSinks: []);

        var ex = Assert.Throws<TradeJournalException>(() => new LiveExecutionTracker(options, alertSinks: []));

        Assert.That(ex!.Message, Does.Contain("Two trackers must not share a data directory"));
    }

    [Test]
    public void Constructor_AfterFirstDisposed_OpensAgain()
    {
        new SqliteTradeJournal(_path).Dispose();

        Assert.DoesNotThrow(() => new SqliteTradeJournal(_path).Dispose());
    }

    [Test]
    public void Constructor_GarbageFile_ThrowsAndLeavesFileUntouched()
    {
        var garbage = new byte[8192];
        new Random(7).NextBytes(garbage);
        File.WriteAllBytes(_path, garbage);

        var ex = Assert.Throws<TradeJournalException>(() => new SqliteTradeJournal(_path));

        Assert.That(ex!.Message, Does.Contain("cannot be opened").Or.Contain("corrupt"));
        Assert.That(File.ReadAllBytes(_path), Is.EqualTo(garbage));
    }

    [Test]
    public void Constructor_CorruptPage_ThrowsCorrupt()
    {
        WriteJournalWithFills(200);
        var bytes = File.ReadAllBytes(_path);
        for (var i = 4096; i < bytes.Length - 4096; i++)
        {
            bytes[i] = 0xFF; // smash every page but the first (schema) and the last
        }

        File.WriteAllBytes(_path, bytes);

        var ex = Assert.Throws<TradeJournalException>(() => new SqliteTradeJournal(_path));

        Assert.That(ex!.Message, Does.Contain("corrupt").Or.Contain("malformed"));
        Assert.That(File.ReadAllBytes(_path), Is.EqualTo(bytes));
    }

    [Test]
    public void Constructor_NewerSchemaVersion_ThrowsAndLeavesVersion()
    {
        new SqliteTradeJournal(_path).Dispose();
        Execute("PRAGMA user_version = 99;");

        var ex = Assert.Throws<TradeJournalException>(() => new SqliteTradeJournal(_path));

        Assert.That(ex!.Message, Does.Contain("schema version 99, newer than version 3"));
        Assert.That(Scalar("PRAGMA user_version;"), Is.EqualTo(99L));
    }

    [Test]
    public void Constructor_ForeignSqliteDatabase_ThrowsNotANijaJournal()
    {
        Execute("CREATE TABLE customers (id INTEGER);");

        var ex = Assert.Throws<TradeJournalException>(() => new SqliteTradeJournal(_path));

        Assert.That(ex!.Message, Does.Contain("not a Nija journal"));
        Assert.That(Scalar("SELECT count(*) FROM sqlite_master;"), Is.EqualTo(1L));
    }

    [Test]
    public void Constructor_VersionOneJournal_MigratesForwardKeepingFills()
    {
        using (var connection = new SqliteConnection($"Data Source={_path};Pooling=False"))
        {
            connection.Open();
            SqliteJournalSchema.CreateAtVersion(connection, 1);
        }

        Execute("INSERT INTO meta VALUES ('initial_balance', '5000'), ('created_at_ticks', '0');");
        Execute("INSERT INTO fills VALUES (1, 'old-1', 0, 'EURUSD', 0, '1.1', '1000', '0.5', 0, 0, 0, NULL, NULL, NULL, NULL, 0);");

        using var journal = new SqliteTradeJournal(_path);
        var contents = journal.Load(5_000m, Some.Start);

        Assert.That(journal.OpenedSchemaVersion, Is.EqualTo(1));
        Assert.That(contents.SchemaVersion, Is.EqualTo(3));
        Assert.That(contents.Fills.Single().ExecutionId, Is.EqualTo("old-1"));
        Assert.That(contents.RiskState, Is.Null);
        Assert.That(Scalar("PRAGMA user_version;"), Is.EqualTo(3L));
    }

    [Test]
    public void Load_DifferentInitialBalance_Throws()
    {
        using (var journal = new SqliteTradeJournal(_path))
        {
            journal.Load(10_000m, Some.Start);
        }

        using var again = new SqliteTradeJournal(_path);
        var ex = Assert.Throws<TradeJournalException>(() => again.Load(20_000m, Some.Start));

        Assert.That(ex!.Message, Does.Contain("initial balance of 10000, not 20000"));
    }

    [Test]
    public void Append_DuplicateExecutionId_ThrowsAndKeepsFirst()
    {
        using var journal = new SqliteTradeJournal(_path);
        journal.Load(10_000m, Some.Start);
        journal.Append(Fill(1, "a"), new JournalCheckpoint(Risk, Today, null));

        Assert.Throws<TradeJournalException>(() => journal.Append(Fill(2, "a"), new JournalCheckpoint(Risk, Today, null)));
        journal.Append(Fill(2, "b"), new JournalCheckpoint(Risk, Today, null));

        Assert.That(SqliteTradeJournal.OpenReadOnly(_path).Fills.Select(f => f.ExecutionId), Is.EqualTo(new[] { "a", "b" }));
    }

    [Test]
    public void OpenReadOnly_WhileTrackerWrites_ReadsWithoutModifying()
    {
        var time = new FakeTimeProvider(Some.Start);
        using var tracker = new LiveExecutionTracker(new LiveTrackerOptions { JournalPath = _path }, timeProvider: time, alertSinks: []);
        tracker.RecordEntry(Some.Entry("e1", price: 100m, quantity: 10m, fees: 1m));
        tracker.RecordExit(Some.Exit("x1", price: 102m, quantity: 10m, fees: 1m));
        var before = File.ReadAllBytes(_path);

        var contents = SqliteTradeJournal.OpenReadOnly(_path);

        Assert.That(contents.Fills.Select(f => f.ExecutionId), Is.EqualTo(new[] { "e1", "x1" }));
        Assert.That(contents.RiskState!.Value.LastEquity, Is.EqualTo(10_018m));
        Assert.That(contents.GetDailySummaries(new DateOnly(2026, 11, 24), new DateOnly(2026, 11, 24)).Single().NetPnl, Is.EqualTo(18m));
        Assert.That(File.ReadAllBytes(_path), Is.EqualTo(before));
    }

    [Test]
    public void OpenReadOnly_ClosedJournal_DoesNotChangeAnyFile()
    {
        WriteJournalWithFills(3);
        var files = Directory.GetFiles(_dir).OrderBy(f => f, StringComparer.Ordinal).ToArray();
        var bytes = files.Select(File.ReadAllBytes).ToArray();

        var contents = SqliteTradeJournal.OpenReadOnly(_path);

        Assert.That(contents.Fills, Has.Count.EqualTo(3));
        Assert.That(Directory.GetFiles(_dir).OrderBy(f => f, StringComparer.Ordinal), Is.EqualTo(files));
        Assert.That(files.Select(File.ReadAllBytes), Is.EqualTo(bytes));
    }

    [Test]
    public void OpenReadOnly_MissingFile_ThrowsAndCreatesNothing()
    {
        var ex = Assert.Throws<TradeJournalException>(() => SqliteTradeJournal.OpenReadOnly(_path));

        Assert.That(ex!.Message, Does.Contain("There is no journal"));
        Assert.That(File.Exists(_path), Is.False);
    }

    [Test]
    public void Batched_AppendsAreCommittedByTimerOrFlush()
    {
        var time = new FakeTimeProvider(Some.Start);
        using var journal = new SqliteTradeJournal(_path, JournalDurability.Batched, TimeSpan.FromMilliseconds(10), time);
        journal.Load(10_000m, Some.Start);

        journal.Append(Fill(1, "a"), new JournalCheckpoint(Risk, Today, null));
        var beforeWindow = SqliteTradeJournal.OpenReadOnly(_path).Fills.Count;
        time.Advance(TimeSpan.FromMilliseconds(10));
        var afterWindow = SqliteTradeJournal.OpenReadOnly(_path).Fills.Count;
        journal.Append(Fill(2, "b"), new JournalCheckpoint(Risk, Today, null));
        journal.Flush();
        var afterFlush = SqliteTradeJournal.OpenReadOnly(_path).Fills.Count;

        Assert.That((beforeWindow, afterWindow, afterFlush), Is.EqualTo((0, 1, 2)));
        var contents = SqliteTradeJournal.OpenReadOnly(_path);
        Assert.That(contents.RiskState, Is.EqualTo(Risk), "the batch's last derived state is written with its commit");
        Assert.That(contents.DailySummaries, Is.EqualTo(new[] { Today }));
    }

    [Test]
    public void Constructor_BadArguments_Throw()
    {
        Assert.Throws<ArgumentException>(() => new SqliteTradeJournal(" "));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SqliteTradeJournal(_path, JournalDurability.Batched, TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SqliteTradeJournal(_path, (JournalDurability)7));
        Assert.That(File.Exists(_path), Is.False);
    }

    private static JournalFill Fill(long seq, string id) =>
        new(seq, id, FillKind.Entry, "X", TradeSide.Long, 1m, 1m, 0m, Some.Start, Some.Start, null, null, null, null, false);

    private void WriteJournalWithFills(int count)
    {
        using var journal = new SqliteTradeJournal(_path);
        journal.Load(10_000m, Some.Start);
        for (var i = 1; i <= count; i++)
        {
            journal.Append(Fill(i, "fill-number-" + i), new JournalCheckpoint(Risk, Today, null));
        }
    }

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_path};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private object? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={_path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }
}
