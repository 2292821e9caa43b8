using System.Globalization;
using BenchmarkDotNet.Attributes;
using Nija.LiveTracking;
using Nija.Metrics;

namespace Nija.Benchmarks;

/// <summary>
/// Start-up of a tracker on a SQLite journal holding 1,000,000 fills (500,000 round trips on 4 symbols), created once in
/// GlobalSetup (batched mode) and ending with a snapshot. One operation = one start (constructor) plus dispose:
/// full replay (<see cref="LiveTrackerOptions.SnapshotInterval"/> = 0 ignores the snapshot) versus start from the snapshot.
/// </summary>
[MemoryDiagnoser]
public class LiveTrackerStartupBenchmarks
{
    private const int Fills = 1_000_000;
    private static readonly DateTimeOffset Time = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
    private static readonly string[] Symbols = ["AAPL", "MSFT", "GOOG", "AMZN"];

    private string _dir = "";

    [GlobalSetup]
    public void Setup()
    {
        _dir = Directory.CreateTempSubdirectory("nija-startup-").FullName;
        using var tracker = new LiveExecutionTracker(Options(100_000), timeProvider: new FixedTime(Time), alertSinks: []);
        for (var i = 0; i < Fills / 2; i++)
        {
            var symbol = Symbols[i % Symbols.Length];
            var quantity = 1m + (i % 5);
            tracker.RecordEntry(new EntryFill
            {
                ExecutionId = string.Create(CultureInfo.InvariantCulture, $"e{i}"),
                Symbol = symbol,
                Side = i % 3 == 0 ? TradeSide.Short : TradeSide.Long,
                Price = 100m + (i % 10),
                Quantity = quantity,
                Fees = 0.01m,
                ExecutionTime = Time,
            });
            tracker.RecordExit(new ExitFill
            {
                ExecutionId = string.Create(CultureInfo.InvariantCulture, $"x{i}"),
                Symbol = symbol,
                Price = 100m + (i % 7),
                Quantity = quantity,
                Fees = 0.01m,
                ExecutionTime = Time,
            });
        }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_dir, recursive: true);

    [Benchmark(Baseline = true)]
    public long Start_FullReplay() => Start(snapshotInterval: 0);

    [Benchmark]
    public long Start_FromSnapshot() => Start(snapshotInterval: 100_000);

    private long Start(int snapshotInterval)
    {
        using var tracker = new LiveExecutionTracker(Options(snapshotInterval), timeProvider: new FixedTime(Time), alertSinks: []);
        return tracker.GetSnapshot().FillCount;
    }

    private LiveTrackerOptions Options(int snapshotInterval) => new()
    {
        InitialBalance = 1_000_000m,
        DataDirectory = _dir,
        Durability = JournalDurability.Batched,
        SnapshotInterval = snapshotInterval,
        Risk = { MaxDailyLossPercent = 50m },
    };

    /// <summary>A clock that stands still (no day rolls).</summary>
    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
