using System.Globalization;
using Nija.LiveTracking.Journal;
using Nija.Metrics;

namespace Nija.LiveTracking.Tests.Journal;

[TestFixture]
public sealed class InMemoryTradeJournalTests
{
    private static readonly RiskState Risk = new(new DateOnly(2026, 11, 24), 10_000m, 10_000m, 10_000m, false, null, false, 0);

    [Test]
    public void Load_DifferentInitialBalance_Throws()
    {
        using var sut = new InMemoryTradeJournal();
        sut.Load(10_000m, Some.Start);

        var ex = Assert.Throws<TradeJournalException>(() => sut.Load(5_000m, Some.Start));

        Assert.That(ex!.Message, Does.Contain("initial balance of 10000, not 5000"));
    }

    [Test]
    public void Append_SequenceNotIncreasing_Throws()
    {
        using var sut = new InMemoryTradeJournal();
        sut.Load(10_000m, Some.Start);
        var today = DailySummary.Start(new DateOnly(2026, 11, 24), 10_000m, 10_000m);
        sut.Append(Fill(2), new JournalCheckpoint(Risk, today, null));

        Assert.Throws<TradeJournalException>(() => sut.Append(Fill(2), new JournalCheckpoint(Risk, today, null)));
        Assert.That(sut.FillCount, Is.EqualTo(1));
    }

    [Test]
    public void Read_BeforeLoad_Throws()
    {
        using var sut = new InMemoryTradeJournal();

        Assert.Throws<InvalidOperationException>(() => sut.Read());
    }

    [Test]
    public void From_SqliteContents_TrackerShowsStateWithoutTouchingTheFile()
    {
        var dir = Some.TempDirectory();
        try
        {
            var path = Path.Combine(dir, "j.db");
            var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Some.Start);
            using (var writer = new LiveExecutionTracker(new LiveTrackerOptions { JournalPath = path, InitialBalance = 2_000m }, timeProvider: time, alertSinks: []))
            {
                writer.RecordEntry(Some.Entry("e1", price: 10m, quantity: 50m, fees: 1m));
                writer.RecordExit(Some.Exit("x1", price: 12m, quantity: 20m, fees: 1m));
                writer.MarkPrice("AAPL", 11m);
            }

            var before = File.ReadAllBytes(path);
            var contents = SqliteTradeJournal.OpenReadOnly(path);
            using var journal = InMemoryTradeJournal.From(contents);
            using var viewer = new LiveExecutionTracker(new LiveTrackerOptions { InitialBalance = contents.InitialBalance }, journal, time, alertSinks: []);
            var snapshot = viewer.GetSnapshot();

            // By hand: realized (12 − 10) × 20 = 40, fees 2, balance 2,038; 30 left marked at 11: unrealized 30.
            Assert.That(snapshot.Balance, Is.EqualTo(2_038m));
            Assert.That(snapshot.UnrealizedPnl, Is.EqualTo(30m));
            Assert.That(snapshot.FillCount, Is.EqualTo(2));
            Assert.That(File.ReadAllBytes(path), Is.EqualTo(before));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void TryReadFill_AppendedFills_ReturnsEachAsAppended()
    {
        using var sut = new InMemoryTradeJournal();
        sut.Load(10_000m, Some.Start);
        var today = DailySummary.Start(new DateOnly(2026, 11, 24), 10_000m, 10_000m);
        var exit = new JournalFill(2, "x", FillKind.Exit, "Y", TradeSide.Short, 2m, 3m, 0.5m, Some.Start.ToOffset(TimeSpan.FromHours(2)), Some.Start, null, null, null, "tp", false);
        sut.Append(Fill(1), new JournalCheckpoint(Risk, today, null));
        sut.Append(exit, new JournalCheckpoint(Risk, today, null));

        Assert.That(sut.TryReadFill(2, out var read), Is.True);
        Assert.That(read, Is.EqualTo(exit));
        Assert.That(read.ExecutionTime.Offset, Is.EqualTo(TimeSpan.FromHours(2)));
        Assert.That(sut.TryReadFill(1, out var first) && first == Fill(1), Is.True);
        Assert.That(sut.TryReadFill(3, out var missing), Is.False);
        Assert.That(missing, Is.EqualTo(default(JournalFill)));
    }

    [Test]
    public void Read_FillsWithOffsetsStopsAndDecimalScales_ReturnsThemExactly()
    {
        using var sut = new InMemoryTradeJournal();
        sut.Load(10_000m, Some.Start);
        var today = DailySummary.Start(new DateOnly(2026, 11, 24), 10_000m, 10_000m);
        var entry = new JournalFill(
            1, "e", FillKind.Entry, "BTC", TradeSide.Short, 100.50m, 0.0010m, 0.00m, new DateTimeOffset(2026, 11, 24, 15, 29, 59, 123, TimeSpan.FromMinutes(330)).AddTicks(4567),
            new DateTimeOffset(2026, 11, 24, 4, 0, 0, TimeSpan.FromHours(-6)), 110.250m, "breakout", "trending", null, true);
        var exit = new JournalFill(
            2, "x", FillKind.Exit, "BTC", TradeSide.Short, 99m, 0.0010m, 0.01m, Some.Start, Some.Start, null, null, null, "tp", false);
        sut.Append(entry, new JournalCheckpoint(Risk, today, null));
        sut.Append(exit, new JournalCheckpoint(Risk, today, null));

        var fills = sut.Read().Fills;

        Assert.That(fills, Is.EqualTo(new[] { entry, exit }));
        // Equality ignores offsets and decimal scales: check those too.
        Assert.That(fills[0].ExecutionTime.Offset, Is.EqualTo(TimeSpan.FromMinutes(330)));
        Assert.That(fills[0].ExecutionTime.Ticks, Is.EqualTo(entry.ExecutionTime.Ticks));
        Assert.That(fills[0].RecordedAt.Offset, Is.EqualTo(TimeSpan.FromHours(-6)));
        Assert.That(fills[0].Price.ToString(CultureInfo.InvariantCulture), Is.EqualTo("100.50"));
        Assert.That(fills[0].Quantity.ToString(CultureInfo.InvariantCulture), Is.EqualTo("0.0010"));
        Assert.That(fills[0].Fees.ToString(CultureInfo.InvariantCulture), Is.EqualTo("0.00"));
        Assert.That(fills[0].PlannedStop!.Value.ToString(CultureInfo.InvariantCulture), Is.EqualTo("110.250"));
        Assert.That(fills[1].PlannedStop, Is.Null);
        Assert.That(fills[1].ExecutionTime.Offset, Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public void Read_FillsStoredWholeOrWithSeveralTexts_ReturnsThemExactly()
    {
        using var sut = new InMemoryTradeJournal();
        sut.Load(10_000m, Some.Start);
        var today = DailySummary.Start(new DateOnly(2026, 11, 24), 10_000m, 10_000m);
        var third = 1m / 3m; // 0.3333333333333333333333333333: 28 digits, more than a packed decimal holds
        var fills = new[]
        {
            // Tag and regime: both texts kept.
            new JournalFill(7, "a", FillKind.Entry, "X", TradeSide.Long, 10m, 1m, 0m, Some.Start, Some.Start, 9.5m, "breakout", "trending", null, false),
            // A stop with 28 digits: the whole fill is kept as it is.
            new JournalFill(8, "b", FillKind.Entry, "X", TradeSide.Short, 10m, 1m, 0m, Some.Start, Some.Start, third, null, "calm", null, true),
            // Only the regime, only the tag, only the exit reason: one string each.
            new JournalFill(9, "c", FillKind.Entry, "X", TradeSide.Long, 10m, 2m, 0.01m, Some.Start, Some.Start, null, null, "range", null, false),
            new JournalFill(10, "d", FillKind.Entry, "X", TradeSide.Long, 10m, 2m, 0.01m, Some.Start, Some.Start, null, "sma", null, null, false),
            new JournalFill(12, "e", FillKind.Exit, "X", TradeSide.Long, 11m, 5m, 0.01m, Some.Start, Some.Start, null, null, null, "tp", false),
            // All three texts, and a price too long to pack.
            new JournalFill(13, "f", FillKind.Exit, "X", TradeSide.Short, 100m + third, 1m, 0m, Some.Start, Some.Start, null, "t", "r", "sl", false),
            // Kind and side values no tracker writes: kept as they are.
            new JournalFill(14, "g", (FillKind)(-1), "X", (TradeSide)7, 1m, 1m, 0m, Some.Start, Some.Start, null, null, null, null, false),
        };
        foreach (var fill in fills)
        {
            sut.Append(fill, new JournalCheckpoint(Risk, today, null));
        }

        var read = sut.Read().Fills;

        Assert.That(read, Is.EqualTo(fills));
        Assert.That(read[1].PlannedStop!.Value.ToString(CultureInfo.InvariantCulture), Is.EqualTo("0.3333333333333333333333333333"));
        Assert.That(read[5].Price.ToString(CultureInfo.InvariantCulture), Is.EqualTo("100.33333333333333333333333333"));
        Assert.That(sut.TryReadFill(12, out var exit) && exit == fills[4], Is.True);
        Assert.That(sut.TryReadFill(8, out var whole) && whole == fills[1], Is.True);
        Assert.That(sut.TryReadFill(11, out _), Is.False);
        Assert.That(read[6].Kind, Is.EqualTo((FillKind)(-1)));
    }

    [Test]
    public void TryReadFill_PreloadedFillsWithGaps_FindsStoredSequencesOnly()
    {
        var contents = new JournalContents
        {
            InitialBalance = 10_000m,
            CreatedAt = Some.Start,
            Fills = [Fill(1), Fill(2), Fill(5), Fill(9), Fill(10)],
            DailySummaries = [],
            Marks = [],
        };
        using var sut = InMemoryTradeJournal.From(contents);

        Assert.That(sut.TryReadFill(5, out var five) && five == Fill(5), Is.True);
        Assert.That(sut.TryReadFill(10, out var ten) && ten == Fill(10), Is.True);
        Assert.That(sut.TryReadFill(1, out var one) && one == Fill(1), Is.True);
        Assert.That(sut.TryReadFill(3, out _), Is.False);
        Assert.That(sut.TryReadFill(0, out _), Is.False);
        Assert.That(sut.TryReadFill(11, out _), Is.False);
        Assert.That(new InMemoryTradeJournal().TryReadFill(1, out _), Is.False);
    }

    [Test]
    public void TryReadFill_PreloadedSequencesFurtherApartThanALong_FindsBoth()
    {
        var contents = new JournalContents
        {
            InitialBalance = 10_000m,
            CreatedAt = Some.Start,
            Fills = [Fill(-3), Fill(long.MaxValue)],
            DailySummaries = [],
            Marks = [],
        };
        using var sut = InMemoryTradeJournal.From(contents);

        Assert.That(sut.TryReadFill(long.MaxValue, out var last) && last == Fill(long.MaxValue), Is.True);
        Assert.That(sut.TryReadFill(-3, out var first) && first == Fill(-3), Is.True);
        Assert.That(sut.TryReadFill(0, out _), Is.False);
    }

    [Test]
    public void From_Null_Throws() => Assert.Throws<ArgumentNullException>(() => InMemoryTradeJournal.From(null!));

    private static JournalFill Fill(long seq) =>
        new(seq, "id" + seq, FillKind.Entry, "X", TradeSide.Long, 1m, 1m, 0m, Some.Start, Some.Start, null, null, null, null, false);
}
