using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using Nija.LiveTracking;
using Nija.LiveTracking.PostgreSql;
using Nija.LiveTracking.PostgreSql.Tests;
using Nija.Metrics;

namespace Nija.Benchmarks;

/// <summary>
/// Fleet mode: <see cref="Bots"/> bots (one tracker, one journal, one connection each) record fills into one PostgreSQL
/// fleet journal at the same time, as fast as they can, durable (one committed transaction per fill), with the
/// account-wide limits on or off. One iteration = every bot records <see cref="FillsPerBot"/> fills; fills per second =
/// Bots × FillsPerBot / iteration time. Per-fill latencies are collected and their p50/p99 printed at cleanup
/// ("// fleet latency ..." lines). GlobalSetup starts a throwaway cluster on 127.0.0.1 (Debian's postgresql package).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(FleetConfig))]
public class PostgreSqlFleetBenchmarks
{
    private const int FillsPerBot = 40;
    private static readonly DateTimeOffset Time = new(2026, 1, 2, 10, 0, 0, TimeSpan.Zero);
    private readonly List<double> _latenciesMs = [];
    private PostgreSqlTestServer? _server;
    private List<(PostgreSqlTradeJournal Journal, LiveExecutionTracker Tracker)> _bots = [];
    private long _round;

    /// <summary>How many bots record concurrently.</summary>
    [Params(1, 4, 16)]
    public int Bots { get; set; }

    /// <summary>Whether the account-wide limits are on (serialises every fill's transaction on the account lock).</summary>
    [Params(true, false)]
    public bool AccountLimits { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var reason = PostgreSqlTestServer.Unavailable(out var bin);
        if (reason is not null)
        {
            throw new InvalidOperationException(reason);
        }

        _server = PostgreSqlTestServer.Start(bin);
        var schema = _server.NewSchema();
        _bots = Enumerable.Range(0, Bots).Select(i =>
        {
            var journal = new PostgreSqlTradeJournal(_server.ConnectionString, "bot-" + i.ToString(CultureInfo.InvariantCulture), new PostgreSqlJournalOptions
            {
                Schema = schema,
                AccountRisk = AccountLimits ? new RiskRulesOptions { MaxDailyLossPercent = 50m } : null,
            });
            var tracker = new LiveExecutionTracker(new LiveTrackerOptions { InitialBalance = 1_000_000m, Risk = { MaxDailyLossPercent = 50m } }, journal, alertSinks: []);
            return (journal, tracker);
        }).ToList();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var (journal, tracker) in _bots)
        {
            tracker.Dispose();
            journal.Dispose();
        }

        _server?.Dispose();
        _latenciesMs.Sort();
        if (_latenciesMs.Count > 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// fleet latency bots={Bots} account={AccountLimits}: fills={_latenciesMs.Count} p50={Percentile(0.50):0.00} ms p99={Percentile(0.99):0.00} ms"));
        }
    }

    [Benchmark]
    public int RecordFills_Fleet()
    {
        var round = ++_round;
        var threads = new Thread[Bots];
        var latencies = new double[Bots][];
        for (var b = 0; b < Bots; b++)
        {
            var bot = b;
            threads[b] = new Thread(() => latencies[bot] = Record(_bots[bot].Tracker, round));
            threads[b].Start();
        }

        foreach (var t in threads)
        {
            t.Join();
        }

        foreach (var l in latencies)
        {
            _latenciesMs.AddRange(l);
        }

        return Bots * FillsPerBot;
    }

    private static double[] Record(LiveExecutionTracker tracker, long round)
    {
        var latencies = new double[FillsPerBot];
        for (var n = 0; n < FillsPerBot; n++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"{round}-{n}");
            var started = TimeProvider.System.GetTimestamp();
            if (n % 2 == 0)
            {
                tracker.RecordEntry(new EntryFill { ExecutionId = id, Symbol = "AAPL", Side = TradeSide.Long, Price = 100m, Quantity = 1m, Fees = 0.01m, ExecutionTime = Time });
            }
            else
            {
                tracker.RecordExit(new ExitFill { ExecutionId = id, Symbol = "AAPL", Price = 101m, Quantity = 1m, Fees = 0.01m, ExecutionTime = Time });
            }

            latencies[n] = TimeProvider.System.GetElapsedTime(started).TotalMilliseconds;
        }

        return latencies;
    }

    private double Percentile(double p) => _latenciesMs[Math.Min(_latenciesMs.Count - 1, (int)Math.Ceiling(p * _latenciesMs.Count) - 1)];

    /// <summary>One iteration = Bots × 40 fills; 3 warm-up and 15 measured iterations.</summary>
    private sealed class FleetConfig : ManualConfig
    {
        public FleetConfig()
        {
            AddJob(Job.Default
                .WithStrategy(RunStrategy.Monitoring)
                .WithInvocationCount(1)
                .WithUnrollFactor(1)
                .WithWarmupCount(3)
                .WithIterationCount(15)
                .WithLaunchCount(1));
            AddColumn(StatisticColumn.P50, StatisticColumn.P95);
        }
    }
}
