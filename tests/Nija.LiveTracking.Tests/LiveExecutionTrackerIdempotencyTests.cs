using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Nija.LiveTracking.Journal;
using Nija.Metrics;

namespace Nija.LiveTracking.Tests;

/// <summary>
/// Idempotency when the tracker keeps only each fill's outcome and reads the fill's data back from the journal
/// (<see cref="ITradeJournalFillReader"/>, e.g. <see cref="InMemoryTradeJournal"/>), and when it keeps its own copy
/// (journals without read-back, e.g. SQLite replayed in full).
/// </summary>
[TestFixture]
public sealed class LiveExecutionTrackerIdempotencyTests
{
    private FakeTimeProvider _time = null!;
    private InMemoryTradeJournal _journal = null!;

    [SetUp]
    public void SetUp()
    {
        _time = new FakeTimeProvider(Some.Start);
        _journal = new InMemoryTradeJournal();
    }

    [TearDown]
    public void TearDown() => _journal.Dispose();

    [Test]
    public void RecordEntryAndExit_RetriesOfRoundTripRecordedTenThousandFillsAgo_ReturnOriginalResults()
    {
        using var sut = CreateSut();
        var entry = sut.RecordEntry(Some.Entry("e0", price: 100m, quantity: 10m, fees: 1m));
        var exit = sut.RecordExit(Some.Exit("x0", price: 110m, quantity: 10m, fees: 1m, reason: "tp"));
        RecordRoundTrips(sut, 5_000);

        var retryEntry = sut.RecordEntry(Some.Entry("e0", price: 100m, quantity: 10m, fees: 1m));
        var retryExit = sut.RecordExit(Some.Exit("x0", price: 110m, quantity: 10m, fees: 1m, reason: "tp"));
        var snapshot = sut.GetSnapshot();

        // By hand: (110 − 100) × 10 = 100 realized, fees 2, net 98; the 5,000 later round trips are flat and fee-free.
        Assert.That(retryEntry, Is.EqualTo(new EntryRecord(1, 1, true, 10m, 100m, false)));
        Assert.That(retryEntry, Is.EqualTo(entry));
        Assert.That(retryExit, Is.EqualTo(exit));
        Assert.That(retryExit.Sequence, Is.EqualTo(2));
        Assert.That(retryExit.RealizedPnl, Is.EqualTo(100m));
        Assert.That(retryExit.Fees, Is.EqualTo(1m));
        Assert.That(retryExit.RemainingQuantity, Is.Zero);
        Assert.That(retryExit.ClosedTrade!.NetPnl, Is.EqualTo(98m));
        Assert.That(retryExit.ClosedTrade.ExitReason, Is.EqualTo("tp"));
        Assert.That(snapshot.FillCount, Is.EqualTo(10_002));
        Assert.That(snapshot.Balance, Is.EqualTo(10_098m));
        Assert.That(_journal.FillCount, Is.EqualTo(10_002));
    }

    [Test]
    public void RecordEntry_ConflictingRetryOfIdRecordedLongAgo_ThrowsAndChangesNothing()
    {
        using var sut = CreateSut();
        sut.RecordEntry(Some.Entry("e0", price: 100m, quantity: 10m));
        RecordRoundTrips(sut, 1_000);
        var before = sut.GetSnapshot();

        var ex = Assert.Throws<ExecutionIdConflictException>(() => sut.RecordEntry(Some.Entry("e0", price: 101m, quantity: 10m)));
        var exitEx = Assert.Throws<ExecutionIdConflictException>(() => sut.RecordExit(Some.Exit("e0", price: 100m, quantity: 10m)));

        Assert.That(ex!.ExecutionId, Is.EqualTo("e0"));
        Assert.That(ex.Message, Does.Contain("entry Long 10 AAPL @ 100").And.Contain("entry Long 10 AAPL @ 101"));
        Assert.That(exitEx!.Message, Does.Contain("Recorded: entry Long 10 AAPL @ 100").And.Contain("Attempted: exit 10 AAPL @ 100"));
        LiveExecutionTrackerTests.AssertUnchanged(sut, before);
        Assert.That(_journal.FillCount, Is.EqualTo(2_001));
        Assert.That(sut.RecordExit(Some.Exit("x0", price: 100m, quantity: 10m)).Sequence, Is.EqualTo(2_002), "the next fill continues the sequence");
    }

    [Test]
    public void RecordEntry_RejectedFills_DoNotKeepTheirIds()
    {
        using var sut = CreateSut();

        Assert.Throws<ArgumentException>(() => sut.RecordExit(Some.Exit("id-1"))); // no open position
        Assert.Throws<ArgumentOutOfRangeException>(() => sut.RecordEntry(Some.Entry("id-2", time: Some.Start.AddHours(1)))); // clock skew
        var entry = sut.RecordEntry(Some.Entry("id-1", price: 100m, quantity: 10m));
        var exit = sut.RecordExit(Some.Exit("id-2", price: 100m, quantity: 10m));
        var retry = sut.RecordEntry(Some.Entry("id-1", price: 100m, quantity: 10m));

        Assert.That(entry, Is.EqualTo(new EntryRecord(1, 1, true, 10m, 100m, false)));
        Assert.That(exit.Sequence, Is.EqualTo(2));
        Assert.That(retry, Is.EqualTo(entry));
        Assert.That(_journal.FillCount, Is.EqualTo(2));
    }

    [Test]
    public void RecordEntry_RetryOfEntryRecordedWhileHalted_ReturnsTheHaltedFlag()
    {
        using var sut = CreateSut();
        sut.RecordEntry(Some.Entry("trip-entry", price: 100m, quantity: 100m));
        sut.MarkPrice("AAPL", 95m); // −5 % of 10,000: the default 3 % daily-loss breaker trips
        var halted = sut.RecordEntry(Some.Entry("e2", symbol: "MSFT", price: 10m, quantity: 1m));

        var retry = sut.RecordEntry(Some.Entry("e2", symbol: "MSFT", price: 10m, quantity: 1m));

        Assert.That(halted, Is.EqualTo(new EntryRecord(2, 2, true, 1m, 10m, true)));
        Assert.That(retry, Is.EqualTo(halted));
    }

    [Test]
    public void RecordEntryAndExit_RetryAfterRestartOnTheSameInMemoryJournal_ReturnsOriginalResults()
    {
        EntryRecord entry;
        ExitRecord exit;
        using (var first = CreateSut())
        {
            entry = first.RecordEntry(Some.Entry("e1", price: 100m, quantity: 10m, fees: 1m));
            exit = first.RecordExit(Some.Exit("x1", price: 110m, quantity: 4m, fees: 0.5m));
        }

        using var restarted = CreateSut();
        var retryEntry = restarted.RecordEntry(Some.Entry("e1", price: 100m, quantity: 10m, fees: 1m));
        var retryExit = restarted.RecordExit(Some.Exit("x1", price: 110m, quantity: 4m, fees: 0.5m));

        // By hand: (110 − 100) × 4 = 40 realized, 6 left at an average of 100.
        Assert.That(retryEntry, Is.EqualTo(entry));
        Assert.That(retryExit, Is.EqualTo(new ExitRecord(2, 1, 40m, 0.5m, 6m, null)));
        Assert.That(retryExit, Is.EqualTo(exit));
        Assert.Throws<ExecutionIdConflictException>(() => restarted.RecordExit(Some.Exit("x1", price: 110m, quantity: 5m, fees: 0.5m)));
        Assert.That(restarted.GetSnapshot().FillCount, Is.EqualTo(2));
        Assert.That(_journal.FillCount, Is.EqualTo(2));
    }

    [Test]
    public void RecordEntryAndExit_RetryAfterRestartOnSqliteReplayedInFull_ReturnsOriginalResults()
    {
        var dir = Some.TempDirectory();
        try
        {
            // SnapshotInterval = 0: every fill is replayed, so the tracker holds each fill's data itself (no read-back).
            var options = new LiveTrackerOptions { JournalPath = Path.Combine(dir, "j.db"), SnapshotInterval = 0 };
            EntryRecord entry;
            ExitRecord exit;
            using (var first = new LiveExecutionTracker(options, timeProvider: _time, alertSinks: []))
            {
                entry = first.RecordEntry(Some.Entry("e1", price: 100m, quantity: 10m, fees: 1m));
                exit = first.RecordExit(Some.Exit("x1", price: 90m, quantity: 10m, fees: 1m, reason: "sl"));
            }

            using var restarted = new LiveExecutionTracker(options, timeProvider: _time, alertSinks: []);
            var retryEntry = restarted.RecordEntry(Some.Entry("e1", price: 100m, quantity: 10m, fees: 1m));
            var retryExit = restarted.RecordExit(Some.Exit("x1", price: 90m, quantity: 10m, fees: 1m, reason: "sl"));

            // By hand: (90 − 100) × 10 = −100 realized, net −102 after 2 fees.
            Assert.That(retryEntry, Is.EqualTo(new EntryRecord(1, 1, true, 10m, 100m, false)));
            Assert.That(retryEntry, Is.EqualTo(entry));
            Assert.That(retryExit.RealizedPnl, Is.EqualTo(-100m));
            Assert.That(retryExit.ClosedTrade!.NetPnl, Is.EqualTo(-102m));
            Assert.That(retryExit, Is.EqualTo(exit));
            Assert.Throws<ExecutionIdConflictException>(() => restarted.RecordExit(Some.Exit("x1", price: 90m, quantity: 10m, fees: 1m, reason: "tp")));
            Assert.That(restarted.GetSnapshot().FillCount, Is.EqualTo(2));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void RecordEntry_RetryWhenTheJournalCannotReturnTheFill_ThrowsAndTrackerStaysUsable()
    {
        using var journal = new ForgetfulJournal();
        using var sut = new LiveExecutionTracker(new LiveTrackerOptions(), journal, _time, alertSinks: []);
        sut.RecordEntry(Some.Entry("e1", price: 100m, quantity: 10m));

        var ex = Assert.Throws<TradeJournalException>(() => sut.RecordEntry(Some.Entry("e1", price: 100m, quantity: 10m)));
        var next = sut.RecordExit(Some.Exit("x1", price: 100m, quantity: 10m));

        Assert.That(ex!.Message, Does.Contain("'e1' was recorded as fill #1, but the journal cannot return that fill"));
        Assert.That(next.Sequence, Is.EqualTo(2));
    }

    private static void RecordRoundTrips(LiveExecutionTracker sut, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            sut.RecordEntry(Some.Entry("e" + n, symbol: "MSFT", price: 50m, quantity: 1m));
            sut.RecordExit(Some.Exit("x" + n, symbol: "MSFT", price: 50m, quantity: 1m));
        }
    }

    private LiveExecutionTracker CreateSut() => new(new LiveTrackerOptions(), _journal, _time, alertSinks: []);

    /// <summary>An in-memory journal whose read-back finds nothing (a journal that lost a fill).</summary>
    private sealed class ForgetfulJournal : ITradeJournal, ITradeJournalFillReader
    {
        private readonly InMemoryTradeJournal _inner = new();

        public JournalContents Load(decimal initialBalance, DateTimeOffset now) => _inner.Load(initialBalance, now);

        public void Append(in JournalFill fill, in JournalCheckpoint checkpoint) => _inner.Append(fill, checkpoint);

        public void SaveCheckpoint(in JournalCheckpoint checkpoint, IReadOnlyCollection<JournalMark> marks) => _inner.SaveCheckpoint(checkpoint, marks);

        public void Flush() => _inner.Flush();

        public bool TryReadFill(long sequence, out JournalFill fill)
        {
            fill = default;
            return false;
        }

        public void Dispose() => _inner.Dispose();
    }
}
