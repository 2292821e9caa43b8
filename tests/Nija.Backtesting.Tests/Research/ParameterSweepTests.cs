using Nija.Backtesting.Data;
using Nija.Backtesting.Engine;
using Nija.Backtesting.Execution;
using Nija.Backtesting.Research;
using Nija.Backtesting.Strategies;
using Nija.Backtesting.Testing;
using Nija.Backtesting.Tests.Data;
using Nija.Metrics;

namespace Nija.Backtesting.Tests.Research;

[TestFixture]
public sealed class ParameterSweepTests
{
    // Closes rise 100 → 130 then fall. HoldFor buys 100 units (10,000 / 100) at bar 0's close (FillTiming.Close) and
    // sells at bar `hold`'s close: net profit 100 × (close[hold] − 100) = 1000, 2000, 3000, 1500, 500 for hold 1..5.
    private static readonly Bar[] RiseAndFall = BarSeriesBuilder.StartingAt(new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero))
        .Closes(100, 110, 120, 130, 115, 105, 100).Build();

    private static SweepOptions NetProfitOptions(Action<SweepOptions>? configure = null)
    {
        var options = new SweepOptions
        {
            Objective = SweepObjective.NetProfit,
            BacktestOptionsFactory = static () => new BacktestOptions { FillTiming = FillTiming.Close },
        };
        configure?.Invoke(options);
        return options;
    }

    private static SweepResult SweepHold(SweepOptions options, params double[] holds) =>
        ParameterSweep.Run(RiseAndFall, p => new HoldForStrategy((int)p["hold"]), [ParameterRange.Of("hold", holds)], options);

    private static Bar[] Synthetic(int count) =>
        SyntheticMarketData.Generate(new SyntheticMarketDataOptions { Count = count, Seed = 7 });

    [Test]
    public void Run_BestKnownByConstruction_PicksItAndRanksTheTable()
    {
        var result = SweepHold(NetProfitOptions(), 1, 2, 3, 4, 5);

        Assert.That(result.Best!.Parameters["hold"], Is.EqualTo(3));
        Assert.That(result.Best.Metrics!.NetProfit, Is.EqualTo(3000m));
        Assert.That(result.Trials.Select(t => t.Parameters["hold"]), Is.EqualTo(new double[] { 3, 2, 4, 1, 5 }));
        Assert.That(result.Trials.Select(t => t.Score), Is.EqualTo(new double[] { 3000, 2000, 1500, 1000, 500 }));
        Assert.That(result.BestResult!.FinalEquity, Is.EqualTo(13_000m));
        Assert.That(result.TrialsRun, Is.EqualTo(5));
        Assert.That(result.Objective, Is.EqualTo("net-profit"));
    }

    [Test]
    public void Run_ReportOnlyWhereItIsKept_TheBestResultStillHasItsReport()
    {
        // Trials skip the report unless KeepResults; the best trial is re-run with the user's options (report on).
        var summarised = SweepHold(NetProfitOptions(), 1, 3);
        var kept = SweepHold(NetProfitOptions(o => o.KeepResults = true), 1, 3);

        Assert.That(summarised.Trials.Select(t => t.Result), Is.All.Null);
        Assert.That(summarised.BestResult!.Report!.Trades.NetProfit, Is.EqualTo(3000m));
        Assert.That(kept.Trials.Select(t => t.Result!.Report!.Trades.NetProfit), Is.EqualTo(new[] { 3000m, 1000m }));
        Assert.That(summarised.Trials.Select(t => t.Metrics!.NetProfit), Is.EqualTo(kept.Trials.Select(t => t.Metrics!.NetProfit)));
    }

    [Test]
    public void Run_TradeStatistics_MatchTheHandWorkedTrade()
    {
        var result = SweepHold(NetProfitOptions(), 4);

        // One trade: +1500 on 10,000. Equity peaks at 13,000 (bar 3) and closes bar 4 at 11,500: drawdown −1500/13000.
        var m = result.Best!.Metrics!;
        Assert.That(m.TradeCount, Is.EqualTo(1));
        Assert.That(m.WinRate, Is.EqualTo(1d));
        Assert.That(m.ProfitFactor, Is.EqualTo(double.PositiveInfinity));
        Assert.That(m.Expectancy, Is.EqualTo(1500m));
        Assert.That(m.TotalReturn, Is.EqualTo(0.15).Within(1e-12));
        Assert.That(m.MaxDrawdown, Is.EqualTo(-1500d / 13000d).Within(1e-12));
        Assert.That(m.Observations, Is.EqualTo(7));
    }

    [Test]
    public void Run_MaxDrawdownConstraint_RejectsTheDeepTrials()
    {
        // Holds 4 and 5 fall from the 13,000 peak (−11.5 %, −19.2 %); holds 1–3 never draw down.
        var result = SweepHold(NetProfitOptions(o => o.MaxDrawdown = 0.05), 1, 2, 3, 4, 5);

        Assert.That(result.Trials.Where(t => !t.Accepted).Select(t => t.Parameters["hold"]), Is.EquivalentTo(new double[] { 4, 5 }));
        Assert.That(result.Trials.Select(t => t.Parameters["hold"]), Is.EqualTo(new double[] { 3, 2, 1, 4, 5 }));
        Assert.That(result.Best!.Parameters["hold"], Is.EqualTo(3));
    }

    [Test]
    public void Run_PredicateConstraint_ExcludesTheBest()
    {
        var result = SweepHold(NetProfitOptions(o => o.Constraints.Add(m => m.NetProfit < 2500m)), 1, 2, 3, 4, 5);

        Assert.That(result.Best!.Parameters["hold"], Is.EqualTo(2));
    }

    [Test]
    public void Run_MinTradesNotMet_HasNoWinnerAndNaNDeflatedSharpe()
    {
        var result = SweepHold(NetProfitOptions(o => o.MinTrades = 2), 1, 2, 3);

        Assert.That(result.Best, Is.Null);
        Assert.That(result.BestResult, Is.Null);
        Assert.That(result.DeflatedSharpeRatio, Is.NaN);
        Assert.That(result.Trials.All(t => !t.Accepted), Is.True);
    }

    [Test]
    public void Run_FactoryRefusesACombination_RecordsTheErrorLastAndDoesNotCountIt()
    {
        var result = SweepHold(NetProfitOptions(), 0, 1, 2);

        Assert.That(result.Trials[^1].Parameters["hold"], Is.Zero);
        Assert.That(result.Trials[^1].Error, Does.Contain("hold"));
        Assert.That(result.Trials[^1].Metrics, Is.Null);
        Assert.That(result.TrialsRun, Is.EqualTo(2));
    }

    [Test]
    public void Run_OneThreadOrTwo_GivesTheSameTable()
    {
        var bars = Synthetic(3000);
        var ranges = new[] { ParameterRange.Linear("fast", 5, 20, 5), ParameterRange.Linear("slow", 30, 60, 10) };

        var one = ParameterSweep.Run(bars, "sma-cross", ranges, new SweepOptions { MaxDegreeOfParallelism = 1 });
        var two = ParameterSweep.Run(bars, "sma-cross", ranges, new SweepOptions { MaxDegreeOfParallelism = 2 });

        Assert.That(two.Trials.Select(t => t.Index), Is.EqualTo(one.Trials.Select(t => t.Index)));
        Assert.That(two.Trials.Select(t => t.Metrics), Is.EqualTo(one.Trials.Select(t => t.Metrics)));
        Assert.That(two.DeflatedSharpeRatio, Is.EqualTo(one.DeflatedSharpeRatio));
        Assert.That(one.TrialsRun, Is.EqualTo(16));
    }

    [Test]
    public void Run_DeflatedSharpe_UsesTheTrialCountAndTheVarianceOfPerBarSharpes()
    {
        var bars = Synthetic(2000);
        var ranges = new[] { ParameterRange.Of("fast", 5, 10, 15), ParameterRange.Of("slow", 40, 80) };

        var result = ParameterSweep.Run(bars, "sma-cross", ranges);

        var sharpes = result.Trials.Select(t => t.Metrics!.PerPeriodSharpeRatio).ToArray();
        var mean = sharpes.Average();
        var variance = sharpes.Sum(s => (s - mean) * (s - mean)) / (sharpes.Length - 1);
        var bestReturns = result.BestResult!.EquityCurve.Returns().Prepend(result.BestResult.EquityCurve.StartEquity / 10_000d - 1d).ToArray();
        Assert.That(result.SharpeVarianceAcrossTrials, Is.EqualTo(variance).Within(1e-15));
        Assert.That(result.DeflatedSharpeRatio, Is.EqualTo(ReturnMetrics.DeflatedSharpeRatio(bestReturns, 6, variance)).Within(1e-12));
        Assert.That(result.BestResult.Settings.Strategy, Is.EqualTo($"sma-cross(fast={result.Best!.Parameters["fast"]}, slow={result.Best.Parameters["slow"]})"));
    }

    [Test]
    public void Run_OnGoog_BestIsTheArgmaxOfIndependentEngineRuns()
    {
        var bars = ReferenceData.LoadGoog();
        var fasts = new double[] { 5, 10, 20 };
        var slows = new double[] { 30, 60 };

        var result = ParameterSweep.Run(bars, "sma-cross", [ParameterRange.Of("fast", fasts), ParameterRange.Of("slow", slows)]);

        // Each combination run on its own through the engine, Sharpe from ReturnMetrics on (initial cash, curve) returns.
        var expected = (from f in fasts
                        from s in slows
                        let run = new UnifiedBacktestEngine().Run(new Nija.Backtesting.Strategies.BuiltIn.SmaCrossStrategy((int)f, (int)s), bars)
                        let returns = run.EquityCurve.Returns().Prepend(run.EquityCurve.StartEquity / 10_000d - 1d).ToArray()
                        select (f, s, sharpe: ReturnMetrics.SharpeRatio(returns))).OrderByDescending(x => x.sharpe).ToArray();
        Assert.That(result.Trials.Select(t => t.Score), Is.EqualTo(expected.Select(x => x.sharpe)).Within(1e-12));
        Assert.That((result.Best!.Parameters["fast"], result.Best.Parameters["slow"]), Is.EqualTo((expected[0].f, expected[0].s)));
        Assert.That(result.BestResult!.FinalEquity, Is.EqualTo(new UnifiedBacktestEngine().Run(new Nija.Backtesting.Strategies.BuiltIn.SmaCrossStrategy((int)expected[0].f, (int)expected[0].s), bars).FinalEquity));
    }

    [Test]
    public void Run_RandomSearch_SameSeedSameDistinctSubsetOfTheGrid()
    {
        var bars = Synthetic(500);
        var ranges = new[] { ParameterRange.Linear("fast", 2, 20, 2), ParameterRange.Linear("slow", 30, 120, 10) };
        var options = new SweepOptions { Search = SearchMode.Random, RandomTrials = 12, Seed = 5 };

        var first = ParameterSweep.Run(bars, "sma-cross", ranges, options);
        var again = ParameterSweep.Run(bars, "sma-cross", ranges, options);
        options.Seed = 6;
        var other = ParameterSweep.Run(bars, "sma-cross", ranges, options);

        static string[] Keys(SweepResult r) => [.. r.Trials.OrderBy(t => t.Index).Select(t => $"{t.Parameters["fast"]}/{t.Parameters["slow"]}")];
        Assert.That(Keys(first), Has.Length.EqualTo(12).And.Unique);
        Assert.That(Keys(again), Is.EqualTo(Keys(first)));
        Assert.That(Keys(other), Is.Not.EqualTo(Keys(first)));
        Assert.That(first.Trials.All(t => t.Parameters["fast"] % 2 == 0 && t.Parameters["slow"] % 10 == 0), Is.True);
    }

    [Test]
    public void Run_RandomSearchLargerThanGrid_RunsTheWholeGridOnce()
    {
        var options = NetProfitOptions(o =>
        {
            o.Search = SearchMode.Random;
            o.RandomTrials = 50;
        });

        var result = SweepHold(options, 1, 2, 3);

        Assert.That(result.Trials.Select(t => t.Parameters["hold"]), Is.EquivalentTo(new double[] { 1, 2, 3 }));
    }

    [Test]
    public void Run_ReportsProgressForEveryTrial()
    {
        var progress = new SyncProgress();

        ParameterSweep.Run(RiseAndFall, p => new HoldForStrategy((int)p["hold"]), [ParameterRange.Of("hold", 1, 2, 3)], NetProfitOptions(), progress);

        Assert.That(progress.Reports.Select(r => r.Completed), Is.EquivalentTo(new[] { 1, 2, 3 }));
        Assert.That(progress.Reports.All(r => r.Total == 3), Is.True);
    }

    [Test]
    public void Run_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.That(() => SweepHold(NetProfitOptions(), 1, 2), Throws.Nothing);
        Assert.That(
            () => ParameterSweep.Run(RiseAndFall, p => new HoldForStrategy((int)p["hold"]), [ParameterRange.Of("hold", 1, 2)], NetProfitOptions(), null, cts.Token),
            Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void Run_OptionsFactory_IsCalledOncePerRun()
    {
        var calls = 0;
        var options = NetProfitOptions(o => o.BacktestOptionsFactory = () =>
        {
            Interlocked.Increment(ref calls);
            return new BacktestOptions { FillTiming = FillTiming.Close, Slippage = SlippageModels.AtrProportional(0.1, 2) };
        });

        SweepHold(options, 1, 2, 3);

        Assert.That(calls, Is.EqualTo(4), "three trials and the winner's re-run");
    }

    [Test]
    public void Run_KeepResults_KeepsEveryRun()
    {
        var result = SweepHold(NetProfitOptions(o => o.KeepResults = true), 1, 2);

        Assert.That(result.Trials.All(t => t.Result is not null), Is.True);
        Assert.That(SweepHold(NetProfitOptions(), 1, 2).Trials.All(t => t.Result is null), Is.True);
    }

    [Test]
    public void Run_CallersBufferReusedAfterwards_KeptResultsAndTheBestKeepTheirFillTimes()
    {
        // Trials whose results are dropped read their fill times from the bars; kept results and the best one outlive the
        // call, so they must not change when the caller loads other bars into the buffer.
        var start = new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);
        var bars = BarSeriesBuilder.StartingAt(start).Closes(100, 110, 120, 130, 115, 105, 100).Build();
        var kept = ParameterSweep.Run(bars, p => new HoldForStrategy((int)p["hold"]), [ParameterRange.Of("hold", 1, 3)], NetProfitOptions(o => o.KeepResults = true));
        var dropped = ParameterSweep.Run(bars, p => new HoldForStrategy((int)p["hold"]), [ParameterRange.Of("hold", 1, 3)], NetProfitOptions());

        BarSeriesBuilder.StartingAt(start.AddYears(1)).Closes(1, 2, 3, 4, 5, 6, 7).Build().CopyTo(bars, 0);

        Assert.That(dropped.BestResult!.Fills.Select(f => f.Time), Is.EqualTo(new[] { start, start.AddDays(3) }), "the best, hold 3");
        Assert.That(kept.Trials.Single(t => t.Parameters["hold"] == 1).Result!.Fills.Select(f => f.Time), Is.EqualTo(new[] { start, start.AddDays(1) }));
        Assert.That(dropped.Trials[0].Metrics!.NetProfit, Is.EqualTo(3000m), "the summaries were taken before");
    }

    [Test]
    public void Run_WarmupBars_MeasuresOnlyTheBarsAfterIt()
    {
        // Warm-up 2: the buy on bar 0 is discarded, so HoldFor never trades; 5 bars are measured.
        var result = SweepHold(NetProfitOptions(o => o.WarmupBars = 2), 3);

        Assert.That(result.Trials[0].Metrics!.TradeCount, Is.Zero);
        Assert.That(result.Trials[0].Metrics!.Observations, Is.EqualTo(5));
        Assert.That(result.Trials[0].Metrics!.NetProfit, Is.Zero);
    }

    [Test]
    public void Run_FactoryReturnsNull_ThrowsInvalidOperation()
    {
        Assert.That(
            () => ParameterSweep.Run(RiseAndFall, _ => null!, [ParameterRange.Of("hold", 1)]),
            Throws.InvalidOperationException.With.Message.Contains("returned null"));
    }

    [Test]
    public void Run_UnknownRegistryParameter_Throws()
    {
        Assert.That(
            () => ParameterSweep.Run(RiseAndFall, "sma-cross", [ParameterRange.Of("fastest", 5)]),
            Throws.ArgumentException.With.Message.Contains("fastest"));
    }

    [Test]
    public void Run_RegistryValueOutOfRange_Throws()
    {
        Assert.That(
            () => ParameterSweep.Run(RiseAndFall, "sma-cross", [ParameterRange.Of("fast", 0)]),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("fast"));
    }

    [Test]
    public void Run_RegistryCombinationFastNotBelowSlow_IsARefusedTrial()
    {
        var bars = Synthetic(200);

        var result = ParameterSweep.Run(bars, "sma-cross", [ParameterRange.Of("fast", 10, 40), ParameterRange.Of("slow", 30)]);

        Assert.That(result.TrialsRun, Is.EqualTo(1));
        Assert.That(result.Trials[1].Error, Does.Contain("slow"));
    }

    [Test]
    public void Run_BadInput_Throws()
    {
        var hold = new[] { ParameterRange.Of("hold", 1) };
        static IStrategy Factory(IReadOnlyDictionary<string, double> p) => new HoldForStrategy((int)p["hold"]);

        Assert.That(() => ParameterSweep.Run(RiseAndFall, Factory, []), Throws.ArgumentException);
        Assert.That(() => ParameterSweep.Run(RiseAndFall, Factory, [ParameterRange.Of("a", 1), ParameterRange.Of("A", 2)]), Throws.ArgumentException.With.Message.Contains("two ranges"));
        Assert.That(() => ParameterSweep.Run(RiseAndFall, Factory, hold, new SweepOptions { MaxDegreeOfParallelism = 0 }), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => ParameterSweep.Run(RiseAndFall, Factory, hold, new SweepOptions { MaxDrawdown = 1.5 }), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => ParameterSweep.Run(RiseAndFall, Factory, hold, new SweepOptions { WarmupBars = 7 }), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => ParameterSweep.Run(RiseAndFall, Factory, hold, new SweepOptions { PeriodsPerYear = 0 }), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(() => ParameterSweep.Run(new[] { RiseAndFall[1], RiseAndFall[0] }, Factory, hold), Throws.ArgumentException.With.Message.Contains("increasing"));
    }
}
