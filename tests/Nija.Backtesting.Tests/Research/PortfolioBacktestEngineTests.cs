using Nija.Backtesting.Data;
using Nija.Backtesting.Execution;
using Nija.Backtesting.Research;
using Nija.Backtesting.Strategies;
using Nija.Backtesting.Testing;
using Nija.Metrics;

namespace Nija.Backtesting.Tests.Research;

[TestFixture]
public sealed class PortfolioBacktestEngineTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    // A trades on days 0–2, B on days 1–3: the union has four timestamps; A has no bar on day 3, B none on day 0.
    private static Dictionary<string, ReadOnlyMemory<Bar>> TwoSymbols() => new()
    {
        ["B"] = BarSeriesBuilder.StartingAt(T0.AddDays(1)).Closes(50, 50, 40).Build(),
        ["A"] = BarSeriesBuilder.StartingAt(T0).Closes(100, 100, 110).Build(),
    };

    private static PortfolioBacktestResult Run(Dictionary<string, ReadOnlyMemory<Bar>> bars, Action<PortfolioBacktestOptions>? configure = null)
    {
        var options = new PortfolioBacktestOptions { FillTiming = FillTiming.Close };
        configure?.Invoke(options);
        return new PortfolioBacktestEngine().Run(bars, _ => new BuyAfterBarsStrategy(1), options);
    }

    [Test]
    public void Run_TwoSymbolsSharedCash_AlignsTimestampsAndSplitsCashIntoSlots()
    {
        // Day 0: A buys min(10,000 cash, 10,000 / 2 slots) = 5,000 → 50 @ 100. Day 1: B buys min(5,000, 10,000 / 2) → 100 @ 50.
        // Day 2: A ends at 110 (+500), equity 5,500 + 100 × 50 = 10,500. Day 3: B ends at 40 (−1,000), equity 9,500.
        var result = Run(TwoSymbols());

        Assert.That(result.Equity.UtcTicks.ToArray(), Is.EqualTo(Enumerable.Range(0, 4).Select(d => T0.AddDays(d).UtcTicks).ToArray()));
        Assert.That(result.Equity.Values.ToArray(), Is.EqualTo(new[] { 10_000d, 10_000d, 10_500d, 9_500d }));
        Assert.That(result.Trades.Select(t => (t.Symbol, t.Quantity, t.NetPnl)), Is.EqualTo(new[] { ("A", 50m, 500m), ("B", 100m, -1000m) }));
        Assert.That(result.FinalEquity, Is.EqualTo(9_500m));
        Assert.That(result.FinalCash, Is.EqualTo(9_500m));
    }

    [Test]
    public void Run_CallersBuffersReusedAfterwards_FillTimesDoNotChange()
    {
        var a = BarSeriesBuilder.StartingAt(T0).Closes(100, 100, 110).Build();
        var result = Run(new Dictionary<string, ReadOnlyMemory<Bar>> { ["A"] = a });

        BarSeriesBuilder.StartingAt(T0.AddYears(1)).Closes(1, 2, 3).Build().CopyTo(a, 0);

        Assert.That(result.Symbols[0].Fills.Select(f => f.Time), Is.EqualTo(new[] { T0, T0.AddDays(2) }));
    }

    [Test]
    public void Run_OrdersStillPendingWhenTheDataEnds_AreListedPerSymbol()
    {
        var bars = new Dictionary<string, ReadOnlyMemory<Bar>> { ["A"] = BarSeriesBuilder.StartingAt(T0).Closes(100, 100, 110).Build() };

        var result = new PortfolioBacktestEngine().Run(bars, _ => new Scripted().On(1, c => c.Limit(Orders.OrderSide.Buy, 50d, 1m)), new PortfolioBacktestOptions());

        Assert.That(result.Symbols[0].UnfilledOrders.Select(o => (o.Id, o.SubmittedBar, o.Request.LimitPrice)), Is.EqualTo(new[] { (1L, 1, (double?)50d) }));
        Assert.That(result.Symbols[0].Fills, Is.Empty);
    }

    [Test]
    public void Run_PerSymbolAndPortfolioMetrics_FromTheTrades()
    {
        var result = Run(TwoSymbols());

        Assert.That(result.Symbols.Select(s => s.Symbol), Is.EqualTo(new[] { "A", "B" }));
        Assert.That(result.Symbols[0].NetPnl, Is.EqualTo(500m));
        Assert.That(result.Symbols[0].WinRate, Is.EqualTo(1d));
        Assert.That(result.Symbols[1].NetPnl, Is.EqualTo(-1000m));
        Assert.That(result.Symbols[1].ProfitFactor, Is.Zero);
        Assert.That(result.Symbols[1].Fills.Select(f => f.BarIndex), Is.EqualTo(new[] { 0, 2 }), "bar indices in B's own series");
        Assert.That(result.Metrics.TradeCount, Is.EqualTo(2));
        Assert.That(result.Metrics.ProfitFactor, Is.EqualTo(0.5));
        Assert.That(result.Metrics.Expectancy, Is.EqualTo(-250m));
        Assert.That(result.Metrics.NetProfit, Is.EqualTo(-500m));
        Assert.That(result.Metrics.MaxDrawdown, Is.EqualTo(-1000d / 10_500d).Within(1e-12));
    }

    [Test]
    public void Run_MaxOpenPositionsOne_RejectsTheSecondEntry()
    {
        // A takes the single slot (100 @ 100); B's entry on day 1 is rejected while A is open.
        var result = Run(TwoSymbols(), o => o.MaxOpenPositions = 1);

        Assert.That(result.Trades.Select(t => (t.Symbol, t.Quantity)), Is.EqualTo(new[] { ("A", 100m) }));
        Assert.That(result.Symbols[1].RejectedOrders.Single().Reason, Does.Contain("max open positions (1)"));
        Assert.That(result.Equity.Values.ToArray(), Is.EqualTo(new[] { 10_000d, 10_000d, 11_000d, 11_000d }));
    }

    [Test]
    public void Run_EntryAtTheOpen_SizesWithOtherPositionsMarkedAtTheirPreviousClose()
    {
        // Next-open fills, 3 slots. A: order day 0, fills day 1 at 100: min(10,000, 10,000 / 3) → 33 units, cash 6,700.
        // B: order day 1, fills day 2 at its open 50 while A's day-2 close (200) is not known yet: equity
        // 6,700 + 33 × 100 = 10,000, budget 3,333.33 → 66 units (marking A at 200 would give 88).
        var bars = new Dictionary<string, ReadOnlyMemory<Bar>>
        {
            ["A"] = BarSeriesBuilder.StartingAt(T0).Closes(100, 100, 200, 200).Build(),
            ["B"] = BarSeriesBuilder.StartingAt(T0.AddDays(1)).Closes(50, 50, 50).Build(),
        };

        var result = new PortfolioBacktestEngine().Run(bars, _ => new BuyAfterBarsStrategy(1), new PortfolioBacktestOptions { MaxOpenPositions = 3 });

        Assert.That(result.Trades.Select(t => (t.Symbol, t.Quantity)), Is.EqualTo(new[] { ("A", 33m), ("B", 66m) }));
    }

    [Test]
    public void Run_PortfolioDailyLossBreaker_BlocksEntriesOnOtherSymbols()
    {
        // Hourly bars on one day. A buys 50 @ 100; at hour 2 A closes at 80: portfolio equity 9,000, a 10 % daily loss
        // (limit 5 %) trips the breaker before B's first bar, so B's entry is rejected.
        var bars = new Dictionary<string, ReadOnlyMemory<Bar>>
        {
            ["A"] = BarSeriesBuilder.StartingAt(T0, TimeSpan.FromHours(1)).Closes(100, 100, 80, 80).Build(),
            ["B"] = BarSeriesBuilder.StartingAt(T0.AddHours(2), TimeSpan.FromHours(1)).Closes(50, 50).Build(),
        };

        var result = Run(bars, o => o.RiskRules = new RiskRulesOptions { MaxDailyLossPercent = 5m });

        Assert.That(result.RiskEvents.Select(e => e.Time), Does.Contain(T0.AddHours(2)));
        Assert.That(result.Symbols[1].RejectedOrders.Single().Reason, Does.Contain("circuit breaker"));
        Assert.That(result.Trades.Select(t => t.Symbol), Is.EqualTo(new[] { "A" }));
    }

    [Test]
    public void Run_OneSymbol_MatchesTheSingleSymbolEngine()
    {
        var bars = SyntheticMarketData.Generate(new SyntheticMarketDataOptions { Count = 2000, Seed = 11 });

        var portfolio = new PortfolioBacktestEngine().Run(
            new Dictionary<string, ReadOnlyMemory<Bar>> { ["ASSET"] = bars },
            _ => new Nija.Backtesting.Strategies.BuiltIn.SmaCrossStrategy(10, 30));
        var single = new Nija.Backtesting.Engine.UnifiedBacktestEngine().Run(new Nija.Backtesting.Strategies.BuiltIn.SmaCrossStrategy(10, 30), bars);

        Assert.That(portfolio.Trades.Select(t => (t.EntryPrice, t.ExitPrice, t.Quantity, t.NetPnl)), Is.EqualTo(single.Trades.Select(t => (t.EntryPrice, t.ExitPrice, t.Quantity, t.NetPnl))));
        Assert.That(portfolio.FinalEquity, Is.EqualTo(single.FinalEquity));
        // The same per-step formula (cash + quantity × close, in double) as the single-symbol engine: the same doubles.
        Assert.That(portfolio.Equity.Values.ToArray(), Is.EqualTo(single.EquityCurve.Values.ToArray()));
        Assert.That(
            portfolio.Symbols[0].Fills.Select(f => (f.BarIndex, f.Time, f.OrderId, f.Side, f.Intent, f.Quantity, f.Price, f.Fee, f.Reason)),
            Is.EqualTo(single.Fills.Select(f => (f.BarIndex, f.Time, f.OrderId, f.Side, f.Intent, f.Quantity, f.Price, f.Fee, f.Reason))));
    }

    [TestCase(30, "rejected")]
    [TestCase(null, "25")]
    public void Run_AddingToAShortAfterAGap_ValuesTheShortAtTheFillPriceLikeTheSingleSymbolEngine(int? quantity, string expected)
    {
        // Next-open fills. Day 1 opens at 100: short 50, cash 15,000. Day 2 opens at 120, above day 1's close of 100: the
        // short ties up 2 × 50 × 120 = 12,000 of the cash at the fill price, leaving 3,000 free (5,000 at the close).
        // 30 more @ 120 would cost 3,600: rejected. All-in buys 3,000 / 120 = 25.
        var bars = BarSeriesBuilder.StartingAt(T0).Bar(100, 100, 100, 100).Bar(100, 100, 100, 100).Bar(120, 120, 120, 120).Bar(120, 120, 120, 120).Build();
        Scripted Strategy() => new Scripted().On(0, c => c.Sell(50m)).On(1, c => c.Sell(quantity));

        var portfolio = new PortfolioBacktestEngine().Run(new Dictionary<string, ReadOnlyMemory<Bar>> { ["ASSET"] = bars }, _ => Strategy());
        var single = new Nija.Backtesting.Engine.UnifiedBacktestEngine().Run(Strategy(), bars);

        var book = portfolio.Symbols[0];
        var outcome = book.RejectedOrders.Count == 1 ? "rejected" : book.Fills[1].Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(outcome, Is.EqualTo(expected));
        if (quantity is not null)
        {
            Assert.That(book.RejectedOrders[0].Reason, Is.EqualTo("insufficient cash: 30 × 120 + commission 0 = 3600, but 3000 is available (set AllowLeverage to borrow)"));
        }

        Assert.That(book.Fills.Select(f => (f.Quantity, f.Price)), Is.EqualTo(single.Fills.Select(f => (f.Quantity, f.Price))));
        Assert.That(book.RejectedOrders.Select(r => r.Reason), Is.EqualTo(single.RejectedOrders.Select(r => r.Reason)));
    }

    [Test]
    public void Run_OutOfMoneyWhereASymbolHasNoBar_ClosesItAtItsLastCloseAtTheStepTime()
    {
        // Close fills. Day 0: A shorts 50 @ 100 (half the equity, two slots), cash 15,000; B buys with the free cash
        // (15,000 − 2 × 50 × 100 = 5,000, also half the equity of 10,000): 500 @ 10, cash 10,000. B has no bar after day 1.
        // Day 3: A closes at 400, equity 10,000 − 50 × 400 + 500 × 10 = −5,000: both positions close, B at its last close
        // (10) at day 3, which is not one of its bars (positions are left open at the end of a symbol's data here).
        var bars = new Dictionary<string, ReadOnlyMemory<Bar>>
        {
            ["A"] = BarSeriesBuilder.StartingAt(T0).Closes(100, 100, 150, 400).Build(),
            ["B"] = BarSeriesBuilder.StartingAt(T0).Closes(10, 10).Build(),
        };

        var result = new PortfolioBacktestEngine().Run(
            bars,
            symbol => symbol == "A" ? new Scripted().On(0, c => c.Sell()) : new Scripted().On(0, c => c.Buy()),
            new PortfolioBacktestOptions { FillTiming = FillTiming.Close, ClosePositionsAtEnd = false });

        Assert.That(result.Equity.Values.ToArray(), Is.EqualTo(new[] { 10_000d, 10_000d, 7_500d, -5_000d }));
        Assert.That(result.FinalEquity, Is.EqualTo(-5_000m));
        Assert.That(result.Trades.Select(t => (t.Symbol, t.Quantity, t.ExitPrice, t.ExitTime, t.ExitReason)), Is.EqualTo(new[]
        {
            ("A", 50m, 400m, T0.AddDays(3), "out-of-money"),
            ("B", 500m, 10m, T0.AddDays(3), "out-of-money"),
        }));
        var exit = result.Symbols[1].Fills[^1];
        Assert.That((exit.BarIndex, exit.Time, exit.Price, exit.Reason), Is.EqualTo((1, T0.AddDays(3), 10m, "out-of-money")), "booked at the step's time, on B's last bar");
        Assert.That(result.Symbols[1].Fills[0].Time, Is.EqualTo(T0), "a fill at its own bar keeps the bar's time");
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Run_OutOfMoney_StopsLikeTheSingleSymbolEngine(bool stop)
    {
        // All-in short of 100 @ 100; equity 20,000 − 100 × close is −1,000 at 210 (see the single-symbol engine's tests).
        var bars = BarSeriesBuilder.StartingAt(T0).Closes(100, 100, 150, 210, 250, 100).Build();
        Scripted Strategy() => new Scripted().On(0, c => c.Sell()).On(4, c => c.Buy(1m));

        var portfolio = new PortfolioBacktestEngine().Run(new Dictionary<string, ReadOnlyMemory<Bar>> { ["ASSET"] = bars }, _ => Strategy(), new PortfolioBacktestOptions { StopWhenOutOfMoney = stop });
        var single = new Nija.Backtesting.Engine.UnifiedBacktestEngine().Run(Strategy(), bars, new Nija.Backtesting.Engine.BacktestOptions { StopWhenOutOfMoney = stop });

        Assert.That(portfolio.Trades.Select(t => (t.ExitPrice, t.NetPnl, t.ExitReason)), Is.EqualTo(single.Trades.Select(t => (t.ExitPrice, t.NetPnl, t.ExitReason))));
        Assert.That(portfolio.Equity.Values.ToArray(), Is.EqualTo(single.EquityCurve.Values.ToArray()));
        Assert.That(portfolio.FinalEquity, Is.EqualTo(single.FinalEquity));
        Assert.That(portfolio.Symbols[0].RejectedOrders.Select(r => r.Reason), Is.EqualTo(single.RejectedOrders.Select(r => r.Reason)));
        Assert.That(portfolio.FinalEquity, Is.EqualTo(stop ? -1_000m : 10_000m));
        Assert.That(portfolio.Trades[0].ExitReason, Is.EqualTo(stop ? "out-of-money" : "reverse"));
    }

    [Test]
    public void Run_AttachedStopLossAndTakeProfit_FillLikeTheSingleSymbolEngine()
    {
        // Four symbols, one slot each (10,000 / 4 = 2,500), all bought at day 0's close (FillTiming.Close):
        // A: 25 @ 100, stop 95, target 110; day 1 trades down to 94 from an open of 99 → stopped at 95: 25 × −5 = −125.
        // B: 50 @ 50, stop 45, target 55; day 1's range 44–56 holds both → the stop-loss is assumed first: 50 × −5 = −250.
        // C: 125 @ 20, stop 18, target 22; day 1 opens at 23, above the target → filled at the open: 125 × 3 = +375.
        // D: 62 @ 40 (the 2,500 left buys 62.5), stop 38; day 1 opens at 36, below the stop → filled at the open: 62 × −4 = −248.
        var bars = new Dictionary<string, ReadOnlyMemory<Bar>>
        {
            ["A"] = BarSeriesBuilder.StartingAt(T0).Bar(100, 100, 100, 100).Bar(99, 101, 94, 96).Build(),
            ["B"] = BarSeriesBuilder.StartingAt(T0).Bar(50, 50, 50, 50).Bar(50, 56, 44, 52).Build(),
            ["C"] = BarSeriesBuilder.StartingAt(T0).Bar(20, 20, 20, 20).Bar(23, 24, 22.5, 23.5).Build(),
            ["D"] = BarSeriesBuilder.StartingAt(T0).Bar(40, 40, 40, 40).Bar(36, 37, 35, 36).Build(),
        };
        var exits = new Dictionary<string, (double Stop, double Target)> { ["A"] = (95, 110), ["B"] = (45, 55), ["C"] = (18, 22), ["D"] = (38, 50) };

        var result = new PortfolioBacktestEngine().Run(
            bars,
            symbol => new BuyWithExitsStrategy(exits[symbol].Stop, exits[symbol].Target),
            new PortfolioBacktestOptions { FillTiming = FillTiming.Close });

        Assert.That(
            result.Trades.Select(t => (t.Symbol, t.Quantity, t.EntryPrice, t.ExitPrice, t.NetPnl, t.ExitReason, t.PlannedStop)),
            Is.EquivalentTo(new[]
            {
                ("A", 25m, 100m, 95m, -125m, (string?)"stop-loss", (decimal?)95m),
                ("B", 50m, 50m, 45m, -250m, "stop-loss", 45m),
                ("C", 125m, 20m, 23m, 375m, "take-profit", 18m),
                ("D", 62m, 40m, 36m, -248m, "stop-loss", 38m),
            }));
        Assert.That(result.FinalEquity, Is.EqualTo(10_000m - 125m - 250m + 375m - 248m));
        Assert.That(result.OpenPositions, Is.Empty);

        // Each symbol alone through the single-symbol engine exits the same way, at the same price.
        foreach (var (symbol, series) in bars)
        {
            var single = new Nija.Backtesting.Engine.UnifiedBacktestEngine().Run(
                new BuyWithExitsStrategy(exits[symbol].Stop, exits[symbol].Target),
                series,
                new Nija.Backtesting.Engine.BacktestOptions { Symbol = symbol, FillTiming = FillTiming.Close });
            var trade = result.Trades.Single(t => t.Symbol == symbol);
            Assert.That((single.Trades[0].ExitPrice, single.Trades[0].ExitReason), Is.EqualTo((trade.ExitPrice, trade.ExitReason)), symbol);
        }
    }

    [Test]
    public void Run_OneSymbolDonchianBreakoutWithAtrStops_MatchesTheSingleSymbolEngine()
    {
        var bars = SyntheticMarketData.Generate(new SyntheticMarketDataOptions { Count = 3000, Seed = 5 });
        var options = new PortfolioBacktestOptions { Commission = CommissionModels.BasisPoints(5m) };

        var portfolio = new PortfolioBacktestEngine().Run(
            new Dictionary<string, ReadOnlyMemory<Bar>> { ["ASSET"] = bars },
            _ => new Nija.Backtesting.Strategies.BuiltIn.DonchianBreakoutStrategy(20, 2),
            options);
        var single = new Nija.Backtesting.Engine.UnifiedBacktestEngine().Run(
            new Nija.Backtesting.Strategies.BuiltIn.DonchianBreakoutStrategy(20, 2),
            bars,
            new Nija.Backtesting.Engine.BacktestOptions { Commission = CommissionModels.BasisPoints(5m) });

        Assert.That(portfolio.Trades.Count(t => t.ExitReason == "stop-loss"), Is.GreaterThan(5), "the run must exercise the stops");
        Assert.That(
            portfolio.Trades.Select(t => (t.EntryPrice, t.ExitPrice, t.Quantity, t.NetPnl, t.ExitReason, t.PlannedStop)),
            Is.EqualTo(single.Trades.Select(t => (t.EntryPrice, t.ExitPrice, t.Quantity, t.NetPnl, t.ExitReason, t.PlannedStop))));
        Assert.That(
            portfolio.Trades.Select(t => (t.MaxAdverseExcursionPercent, t.MaxFavorableExcursionPercent)),
            Is.EqualTo(single.Trades.Select(t => (t.MaxAdverseExcursionPercent, t.MaxFavorableExcursionPercent))));
        Assert.That(portfolio.FinalEquity, Is.EqualTo(single.FinalEquity));
    }

    [Test]
    public void Run_OneSymbolWithRegimes_StampsTheSameRegimesAsTheSingleSymbolEngine()
    {
        var bars = SyntheticMarketData.Generate(new SyntheticMarketDataOptions { Count = 3000, Seed = 5 });

        var portfolio = new PortfolioBacktestEngine().Run(
            new Dictionary<string, ReadOnlyMemory<Bar>> { ["ASSET"] = bars },
            _ => new Nija.Backtesting.Strategies.BuiltIn.SmaCrossStrategy(10, 30),
            new PortfolioBacktestOptions { Regimes = new Nija.Backtesting.Regimes.RegimeClassifierOptions() });
        var single = new Nija.Backtesting.Engine.UnifiedBacktestEngine().Run(
            new Nija.Backtesting.Strategies.BuiltIn.SmaCrossStrategy(10, 30),
            bars,
            new Nija.Backtesting.Engine.BacktestOptions { Regimes = new Nija.Backtesting.Regimes.RegimeClassifierOptions() });

        Assert.That(portfolio.Trades.Select(t => t.Regime).Distinct().Count(), Is.GreaterThan(1), "the data must move through several regimes");
        Assert.That(portfolio.Trades.Select(t => (t.EntryTime, t.Regime)), Is.EqualTo(single.Trades.Select(t => (t.EntryTime, t.Regime))));
    }

    [Test]
    public void Run_RegimesOff_StampsNone()
    {
        var bars = SyntheticMarketData.Generate(new SyntheticMarketDataOptions { Count = 500, Seed = 5 });

        var portfolio = new PortfolioBacktestEngine().Run(
            new Dictionary<string, ReadOnlyMemory<Bar>> { ["ASSET"] = bars },
            _ => new Nija.Backtesting.Strategies.BuiltIn.SmaCrossStrategy(10, 30));

        Assert.That(portfolio.Trades, Is.Not.Empty);
        Assert.That(portfolio.Trades.Select(t => t.Regime), Is.All.Null);
    }

    [Test]
    public void Run_BadAttachedStop_NamesIt()
    {
        var bars = new Dictionary<string, ReadOnlyMemory<Bar>> { ["A"] = BarSeriesBuilder.StartingAt(T0).Closes(100, 101).Build() };

        Assert.That(
            () => new PortfolioBacktestEngine().Run(bars, _ => new BuyWithExitsStrategy(-1, null)),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.StartsWith("StopLoss must be a finite price greater than zero."));
    }

    [Test]
    public void Submit_ChecksOrdersLikeTheSingleSymbolEngine()
    {
        // Both engines run BacktestRun.Validate: the same exceptions and messages for the same bad orders.
        var bars = BarSeriesBuilder.StartingAt(T0).Closes(100, 101).Build();
        Action<IStrategyContext>[] badOrders =
        [
            c => c.Submit(new Nija.Backtesting.Orders.OrderRequest { Side = Nija.Backtesting.Orders.OrderSide.Buy, Type = Nija.Backtesting.Orders.OrderType.Limit }),
            c => c.Buy(1m, stopLoss: 1e-30),
            c => c.Buy(0m),
        ];

        foreach (var order in badOrders)
        {
            var single = Assert.Catch<ArgumentException>(() => new Nija.Backtesting.Engine.UnifiedBacktestEngine().Run(new Scripted().On(0, order), bars));
            var portfolio = Assert.Catch<ArgumentException>(() => new PortfolioBacktestEngine().Run(new Dictionary<string, ReadOnlyMemory<Bar>> { ["A"] = bars }, _ => new Scripted().On(0, order)));
            Assert.That((portfolio!.GetType(), portfolio.Message), Is.EqualTo((single!.GetType(), single.Message)));
        }
    }

    [Test]
    public void Run_BadInput_Throws()
    {
        var engine = new PortfolioBacktestEngine();
        var unordered = new Dictionary<string, ReadOnlyMemory<Bar>> { ["X"] = BarSeriesBuilder.StartingAt(T0).Closes(1, 2).Build().Reverse().ToArray() };

        Assert.That(() => engine.Run(new Dictionary<string, ReadOnlyMemory<Bar>>(), _ => new BuyAfterBarsStrategy(1)), Throws.ArgumentException.With.Message.Contains("at least one symbol"));
        Assert.That(() => engine.Run(unordered, _ => new BuyAfterBarsStrategy(1)), Throws.ArgumentException.With.Message.Contains("Symbol 'X'"));
        Assert.That(() => engine.Run(TwoSymbols(), _ => new BuyAfterBarsStrategy(1), new PortfolioBacktestOptions { MaxOpenPositions = 0 }), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Message.Contains("MaxOpenPositions"));
    }
}
