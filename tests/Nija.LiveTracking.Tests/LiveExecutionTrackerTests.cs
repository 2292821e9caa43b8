using Microsoft.Extensions.Time.Testing;
using Nija.LiveTracking.Journal;
using Nija.Metrics;

namespace Nija.LiveTracking.Tests;

[TestFixture]
public sealed class LiveExecutionTrackerTests
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
    public void RecordEntryAndPartialExits_RoundTrip_RealizesAverageCostPnl()
    {
        using var sut = CreateSut();

        var entry = sut.RecordEntry(Some.Entry("e1", price: 100m, quantity: 10m, fees: 1m));
        var exit1 = sut.RecordExit(Some.Exit("x1", price: 110m, quantity: 4m, fees: 0.5m));
        var exit2 = sut.RecordExit(Some.Exit("x2", price: 95m, quantity: 6m, fees: 0.5m, reason: "stop-loss"));
        var snapshot = sut.GetSnapshot();

        // By hand: (110 − 100) × 4 = 40; (95 − 100) × 6 = −30; fees 2; balance 10,000 + 10 − 2 = 10,008.
        Assert.That(entry, Is.EqualTo(new EntryRecord(1, 1, true, 10m, 100m, false)));
        Assert.That(exit1.RealizedPnl, Is.EqualTo(40m));
        Assert.That(exit1.RemainingQuantity, Is.EqualTo(6m));
        Assert.That(exit1.ClosedTrade, Is.Null);
        Assert.That(exit2.RealizedPnl, Is.EqualTo(-30m));
        Assert.That(exit2.Sequence, Is.EqualTo(3));
        Assert.That(exit2.ClosedTrade, Is.Not.Null);
        Assert.That(exit2.ClosedTrade!.ExitPrice, Is.EqualTo(101m), "VWAP (4 × 110 + 6 × 95) / 10");
        Assert.That(exit2.ClosedTrade.NetPnl, Is.EqualTo(8m));
        Assert.That(exit2.ClosedTrade.ExitReason, Is.EqualTo("stop-loss"));
        Assert.That(snapshot.Balance, Is.EqualTo(10_008m));
        Assert.That(snapshot.Equity, Is.EqualTo(10_008m));
        Assert.That(snapshot.RealizedPnl, Is.EqualTo(10m));
        Assert.That(snapshot.TotalFees, Is.EqualTo(2m));
        Assert.That(snapshot.TodayPnl, Is.EqualTo(8m));
        Assert.That(snapshot.OpenPositions, Is.Empty);
        Assert.That(snapshot.ClosedTrades, Has.Count.EqualTo(1));
        Assert.That(snapshot.FillCount, Is.EqualTo(3));
    }

    [Test]
    public void RecordEntry_SameExecutionIdTwice_ReturnsOriginalAndChangesNothing()
    {
        using var sut = CreateSut();
        var first = sut.RecordEntry(Some.Entry("e1", fees: 1m));
        _time.Advance(TimeSpan.FromSeconds(5));

        var again = sut.RecordEntry(Some.Entry("e1", fees: 1m));

        Assert.That(again, Is.EqualTo(first));
        Assert.That(_journal.FillCount, Is.EqualTo(1));
        Assert.That(sut.GetSnapshot().Balance, Is.EqualTo(9_999m));
    }

    [Test]
    public void RecordExit_RetryAfterPositionClosed_ReturnsOriginalClosedTrade()
    {
        using var sut = CreateSut();
        sut.RecordEntry(Some.Entry("e1"));
        var first = sut.RecordExit(Some.Exit("x1", price: 105m));

        var again = sut.RecordExit(Some.Exit("x1", price: 105m));

        Assert.That(again, Is.EqualTo(first));
        Assert.That(again.ClosedTrade, Is.EqualTo(first.ClosedTrade));
        Assert.That(again.ClosedTrade!.GrossPnl, Is.EqualTo(50m));
        Assert.That(again.ClosedTrade, Is.SameAs(sut.GetSnapshot().ClosedTrades[0]), "the trade as the ledger lists it");
        Assert.That(sut.GetSnapshot().RealizedPnl, Is.EqualTo(50m));
    }

    [Test]
    public void GetSnapshot_ClosedTrades_KeepWhatWasClosedWhenTakenWhileTradingGoesOn()
    {
        using var sut = CreateSut();
        sut.RecordEntry(Some.Entry("e1"));
        var closed = sut.RecordExit(Some.Exit("x1", price: 105m)).ClosedTrade;

        var snapshot = sut.GetSnapshot();
        sut.RecordEntry(Some.Entry("e2"));
        sut.RecordExit(Some.Exit("x2", price: 95m));

        Assert.That(snapshot.ClosedTrades, Is.EqualTo(new[] { closed }));
        Assert.That(sut.GetSnapshot().ClosedTrades.Select(t => t.GrossPnl), Is.EqualTo(new[] { 50m, -50m }));
    }

    [Test]
    public void RecordEntry_SameIdDifferentData_ThrowsConflictAndChangesNothing()
    {
        using var sut = CreateSut();
        sut.RecordEntry(Some.Entry("e1", price: 100m));
        var before = sut.GetSnapshot();

        var ex = Assert.Throws<ExecutionIdConflictException>(() => sut.RecordEntry(Some.Entry("e1", price: 101m)));

        Assert.That(ex!.ExecutionId, Is.EqualTo("e1"));
        Assert.That(ex.Message, Does.Contain("@ 100").And.Contain("@ 101"));
        AssertUnchanged(sut, before);
    }

    [Test]
    public void RecordExit_IdUsedByAnEntry_ThrowsConflict()
    {
        using var sut = CreateSut();
        sut.RecordEntry(Some.Entry("same"));

        Assert.Throws<ExecutionIdConflictException>(() => sut.RecordExit(Some.Exit("same")));
        Assert.That(_journal.FillCount, Is.EqualTo(1));
    }

    [Test]
    public void MarkPrice_OpenPosition_UpdatesUnrealizedAndEquityCurve()
    {
        using var sut = CreateSut();
        sut.RecordEntry(Some.Entry("e1", price: 100m, quantity: 10m));

        _time.Advance(TimeSpan.FromSeconds(10));
        var marked = sut.MarkPrice("AAPL", 103m);
        _time.Advance(TimeSpan.FromSeconds(10));
        sut.MarkPrice("AAPL", 104m); // same minute: replaces the previous mark point
        _time.Advance(TimeSpan.FromMinutes(1));
        sut.MarkPrice("AAPL", 102m); // next minute: a new point
        var snapshot = sut.GetSnapshot();

        Assert.That(marked, Is.True);
        Assert.That(snapshot.UnrealizedPnl, Is.EqualTo(20m));
        Assert.That(snapshot.Equity, Is.EqualTo(10_020m));
        Assert.That(snapshot.OpenPositions[0].LastPrice, Is.EqualTo(102m));
        Assert.That(snapshot.EquityCurve.Values.ToArray(), Is.EqualTo(new[] { 10_000d, 10_000d, 10_040d, 10_020d }));
    }

    [Test]
    public void MarkPrice_NoPosition_ReturnsFalse()
    {
        using var sut = CreateSut();

        Assert.That(sut.MarkPrice("MSFT", 10m), Is.False);
        Assert.That(sut.GetSnapshot().EquityCurve.Count, Is.EqualTo(1));
    }

    [Test]
    public void GetDailySummaries_TwoDays_ClosedDayAndLiveToday()
    {
        using var sut = CreateSut();
        sut.RecordEntry(Some.Entry("e1", price: 100m, quantity: 10m, fees: 1m));
        sut.RecordExit(Some.Exit("x1", price: 110m, quantity: 10m, fees: 1m));
        sut.RecordEntry(Some.Entry("e2", price: 100m, quantity: 10m, fees: 1m));
        sut.RecordExit(Some.Exit("x2", price: 99m, quantity: 10m, fees: 1m));
        _time.Advance(TimeSpan.FromDays(1));
        sut.RecordEntry(Some.Entry("e3", price: 50m, quantity: 2m, time: _time.GetUtcNow()));

        var days = sut.GetDailySummaries(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));

        // Day 1 by hand: +100 and −10 realized, fees 4, net 86; balance 10,086.
        Assert.That(days, Has.Count.EqualTo(2));
        Assert.That(days[0], Is.EqualTo(new DailySummary(new DateOnly(2026, 11, 24), 4, 2, 1, 1, 90m, 4m, 10_000m, 10_086m, 10_086m, 0)));
        Assert.That(days[0].NetPnl, Is.EqualTo(86m));
        Assert.That(days[1], Is.EqualTo(new DailySummary(new DateOnly(2026, 11, 25), 1, 0, 0, 0, 0m, 0m, 10_086m, 10_086m, 10_086m, 0)));
        Assert.That(sut.GetDailySummaries(new DateOnly(2026, 11, 25), new DateOnly(2026, 11, 25)), Has.Count.EqualTo(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => sut.GetDailySummaries(new DateOnly(2026, 11, 25), new DateOnly(2026, 11, 24)));
    }

    [Test]
    public void Restart_OnSameJournal_RebuildsStateAndKeepsIdempotency()
    {
        EntryRecord entry;
        using (var first = CreateSut())
        {
            entry = first.RecordEntry(Some.Entry("e1", price: 100m, quantity: 10m, fees: 1m));
            first.RecordExit(Some.Exit("x1", price: 104m, quantity: 5m, fees: 1m));
            first.MarkPrice("AAPL", 106m);
        }

        using var sut = CreateSut();
        var retry = sut.RecordEntry(Some.Entry("e1", price: 100m, quantity: 10m, fees: 1m));
        var snapshot = sut.GetSnapshot();

        // By hand: realized (104 − 100) × 5 = 20, fees 2, balance 10,018; 5 left marked at 106: unrealized 30.
        Assert.That(retry, Is.EqualTo(entry));
        Assert.That(snapshot.Balance, Is.EqualTo(10_018m));
        Assert.That(snapshot.UnrealizedPnl, Is.EqualTo(30m));
        Assert.That(snapshot.OpenPositions[0].Quantity, Is.EqualTo(5m));
        Assert.That(snapshot.FillCount, Is.EqualTo(2));
        Assert.That(_journal.FillCount, Is.EqualTo(2));
    }

    [Test]
    public void Dispose_Twice_DoesNotThrowAndLaterCallsThrow()
    {
        var sut = CreateSut();
        sut.Dispose();

        Assert.DoesNotThrow(sut.Dispose);
        Assert.Throws<ObjectDisposedException>(() => sut.GetSnapshot());
    }

    [Test]
    public void Constructor_NoJournalAndNoPath_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new LiveExecutionTracker(new LiveTrackerOptions()));

        Assert.That(ex!.Message, Does.Contain("DataDirectory"));
    }

    internal static void AssertUnchanged(LiveExecutionTracker sut, LiveTrackerSnapshot before)
    {
        var after = sut.GetSnapshot();
        Assert.That(after.FillCount, Is.EqualTo(before.FillCount));
        Assert.That(after.Balance, Is.EqualTo(before.Balance));
        Assert.That(after.Equity, Is.EqualTo(before.Equity));
        Assert.That(after.OpenPositions, Is.EqualTo(before.OpenPositions));
        Assert.That(after.ClosedTrades, Is.EqualTo(before.ClosedTrades));
        Assert.That(after.RiskState, Is.EqualTo(before.RiskState));
        Assert.That(after.EquityCurve.Count, Is.EqualTo(before.EquityCurve.Count));
    }

    [Test]
    public void SnapshotReport_CopyWithOtherTrades_GetsItsOwnReport()
    {
        using var sut = CreateSut();
        sut.RecordEntry(Some.Entry("e1", price: 100m, quantity: 10m, fees: 1m));
        sut.RecordExit(Some.Exit("x1", price: 110m, quantity: 10m, fees: 1m));
        var snapshot = sut.GetSnapshot();

        var original = snapshot.Report;
        var withoutTrades = snapshot with { ClosedTrades = [] };

        // By hand: one trade, (110 − 100) × 10 − 2 fees = 98; the copy has no trades, so its report must not be the cached one.
        Assert.That(original.Trades.TotalTrades, Is.EqualTo(1));
        Assert.That(original.Trades.NetProfit, Is.EqualTo(98m));
        Assert.That(withoutTrades.Report.Trades.TotalTrades, Is.Zero);
        Assert.That(snapshot.Report, Is.SameAs(original), "the original keeps its cached report");
    }

    [Test]
    public void SnapshotEquality_DoesNotDependOnWhetherTheReportWasComputed()
    {
        using var sut = CreateSut();
        sut.RecordEntry(Some.Entry("e1", price: 100m, quantity: 10m));
        var snapshot = sut.GetSnapshot();
        var copy = snapshot with { };

        _ = snapshot.Report;

        Assert.That(copy, Is.EqualTo(snapshot));
        Assert.That(copy.GetHashCode(), Is.EqualTo(snapshot.GetHashCode()));
    }

    private LiveExecutionTracker CreateSut() => new(new LiveTrackerOptions(), _journal, _time, alertSinks: []);
}
