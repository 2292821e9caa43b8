using Microsoft.Extensions.Time.Testing;
using Nija.LiveTracking.Journal;
using Nija.Metrics;

namespace Nija.LiveTracking.Tests;

/// <summary>The equity curve's mark points are journaled (SQLite) and the curve after a restart equals the curve before.</summary>
[TestFixture]
public sealed class LiveExecutionTrackerCurveTests
{
    private string _dir = null!;
    private FakeTimeProvider _time = null!;

    [SetUp]
    public void SetUp()
    {
        _dir = Some.TempDirectory();
        _time = new FakeTimeProvider(Some.Start);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [TestCase(100_000)]
    [TestCase(0)]
    public void Restart_AfterMarksInSeveralIntervals_RebuildsTheSameCurve(int snapshotInterval)
    {
        // Arrange: marks every 20 s with a 1-minute interval, so some replace the previous point and some start a new one;
        // a flush in the middle of an interval (its point is journaled, then replaced: start-up must keep the later one).
        IReadOnlyList<EquityPoint> before;
        using (var tracker = CreateSut(snapshotInterval))
        {
            tracker.RecordEntry(Some.Entry("e1", price: 100m, quantity: 10m));
            foreach (var price in new[] { 101m, 102m, 99m, 98m, 103m })
            {
                _time.Advance(TimeSpan.FromSeconds(20));
                tracker.MarkPrice("AAPL", price);
                if (price == 99m)
                {
                    tracker.Flush();
                }
            }

            _time.Advance(TimeSpan.FromSeconds(20));
            tracker.RecordEntry(Some.Entry("e2", price: 50m, quantity: 4m, symbol: "MSFT"));
            _time.Advance(TimeSpan.FromSeconds(50));
            tracker.MarkPrice("MSFT", 52m);
            before = tracker.GetSnapshot().EquityCurve.ToList();
        }

        // Act
        IReadOnlyList<EquityPoint> after;
        using (var restarted = CreateSut(snapshotInterval))
        {
            after = restarted.GetSnapshot().EquityCurve.ToList();
        }

        // Assert: initial, fill e1, marks (10:00:20 → 10:00:40 replaced it: 102), (10:01:00 99 → 10:01:20 98 → 10:01:40
        // 103), fill e2, mark at 10:03:00 (MSFT 52 with AAPL still at 103). Equity = 10,000 + (last − 100) × 10 (+ MSFT).
        Assert.That(before.Select(p => p.Equity), Is.EqualTo(new[] { 10_000d, 10_000d, 10_020d, 10_030d, 10_030d, 10_038d }));
        Assert.That(after, Is.EqualTo(before));
    }

    [Test]
    public void Restart_FullReplayAfterSnapshotsOff_KeepsTheJournaledCurve()
    {
        // The stored per-fill equity (with the marks of other symbols at that moment) is used, not a recomputed one.
        IReadOnlyList<EquityPoint> before;
        using (var tracker = CreateSut(100_000))
        {
            tracker.RecordEntry(Some.Entry("e1", price: 100m, quantity: 10m));
            _time.Advance(TimeSpan.FromMinutes(2));
            tracker.MarkPrice("AAPL", 110m);
            _time.Advance(TimeSpan.FromMinutes(2));
            tracker.MarkPrice("AAPL", 120m);
            _time.Advance(TimeSpan.FromMinutes(2));
            tracker.RecordEntry(Some.Entry("e2", price: 50m, quantity: 1m, symbol: "MSFT"));
            before = tracker.GetSnapshot().EquityCurve.ToList();
        }

        using var restarted = CreateSut(0);

        Assert.That(before[^1].Equity, Is.EqualTo(10_200d), "AAPL marked at 120 when MSFT was bought");
        Assert.That(restarted.GetSnapshot().EquityCurve.ToList(), Is.EqualTo(before));
    }

    private LiveExecutionTracker CreateSut(int snapshotInterval) => new(
        new LiveTrackerOptions { InitialBalance = 10_000m, DataDirectory = _dir, SnapshotInterval = snapshotInterval, Risk = { MaxDailyLossPercent = 50m } },
        timeProvider: _time,
        alertSinks: []);
}
