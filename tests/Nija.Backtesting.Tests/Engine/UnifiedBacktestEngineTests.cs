using Nija.Backtesting.Engine;
using Nija.Backtesting.Execution;
using Nija.Backtesting.Orders;
using Nija.Backtesting.Strategies;
using Nija.Backtesting.Testing;
using Nija.Metrics;

namespace Nija.Backtesting.Tests.Engine;

[TestFixture]
public sealed class UnifiedBacktestEngineTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    private static BacktestResult Run(Scripted strategy, Bar[] bars, Action<BacktestOptions>? configure = null)
    {
        var options = new BacktestOptions { Symbol = "TEST" };
        configure?.Invoke(options);
        return new UnifiedBacktestEngine().Run(strategy, bars, options);
    }

    private static BarSeriesBuilder Bars(TimeSpan? interval = null) => BarSeriesBuilder.StartingAt(Start, interval);

    [Test]
    public void MarketOrder_FillsAtTheNextBarsOpen()
    {
        var bars = Bars().Closes(100).Bar(101, 103, 100, 102).Closes(105).Build();

        var result = Run(new Scripted().On(0, c => c.Buy(10m)), bars);

        Assert.That(result.Fills[0].Price, Is.EqualTo(101m));
        Assert.That(result.Fills[0].BarIndex, Is.EqualTo(1));
        // Equity at bar 1 close: 10000 − 1010 + 10 × 102 = 10010; the position closes at the last close, 105.
        Assert.That(result.EquityCurve.Values.ToArray(), Is.EqualTo(new[] { 10_000d, 10_010d, 10_040d }));
        Assert.That(result.FinalEquity, Is.EqualTo(10_040m));
        Assert.That(result.Trades.Single().ExitReason, Is.EqualTo("end-of-data"));
    }

    [Test]
    public void OrdersStillPendingWhenTheDataEnds_AreListedAsUnfilled()
    {
        // Bar 0: a limit buy at 50 (the price stays near 100) and a market buy that fills at bar 1's open (order 2).
        // Bar 2, the last: a market sell, which would fill at the next open, which never comes.
        var bars = Bars().Closes(100, 101, 102).Build();
        var result = Run(
            new Scripted()
                .On(0, c =>
                {
                    c.Limit(OrderSide.Buy, 50d, 1m);
                    c.Buy(5m);
                })
                .On(2, c => c.ClosePosition("late")),
            bars,
            o => o.ClosePositionsAtEnd = false);

        Assert.That(result.Fills.Select(f => f.OrderId), Is.EqualTo(new[] { 2L }));
        Assert.That(result.UnfilledOrders.Select(o => (o.Id, o.SubmittedBar, o.Request.Type, o.Request.Side)), Is.EqualTo(new[]
        {
            (1L, 0, OrderType.Limit, OrderSide.Buy),
            (3L, 2, OrderType.Market, OrderSide.Sell),
        }));
        Assert.That(result.UnfilledOrders[0].Request.LimitPrice, Is.EqualTo(50d));
        Assert.That(result.UnfilledOrders[1].Request.Tag, Is.EqualTo("late"));
        Assert.That(result.RejectedOrders, Is.Empty, "not filled is not rejected");
    }

    [Test]
    public void Run_OverACallersBuffer_ResultDoesNotChangeWhenTheBufferIsReusedAfterwards()
    {
        var bars = Bars().Closes(100).Bar(101, 103, 100, 102).Closes(105).Build();
        var result = Run(new Scripted().On(0, c => c.Buy(10m)), bars);

        // The caller loads the next data set into the same array before reading the result.
        var next = BarSeriesBuilder.StartingAt(Start.AddYears(1)).Closes(1, 2, 3).Build();
        next.CopyTo(bars, 0);

        Assert.That(result.Fills.Select(f => f.Time), Is.EqualTo(new[] { Start.AddDays(1), Start.AddDays(2) }));
        Assert.That(result.Fills[0].Price, Is.EqualTo(101m));
        Assert.That(result.EquityCurve.Values.ToArray(), Is.EqualTo(new[] { 10_000d, 10_010d, 10_040d }));
        Assert.That(result.EquityCurve[2].Timestamp, Is.EqualTo(Start.AddDays(2)));
        Assert.That(result.Trades.Single().ExitTime, Is.EqualTo(Start.AddDays(2)));
    }

    [Test]
    public void MarketOrder_WithFillAtClose_FillsAtTheSignalBarsClose()
    {
        var bars = Bars().Closes(100).Bar(101, 103, 100, 102).Build();

        var result = Run(new Scripted().On(0, c => c.Buy(10m)), bars, o => o.FillTiming = FillTiming.Close);

        Assert.That(result.Fills[0].Price, Is.EqualTo(100m));
        Assert.That(result.Fills[0].BarIndex, Is.Zero);
    }

    [Test]
    public void Commission_BasisPointsPlusFixed_ChargedOnEntryAndExit()
    {
        var bars = Bars().Closes(100, 100, 110, 110).Build();
        var strategy = new Scripted().On(0, c => c.Buy(10m)).On(2, c => c.ClosePosition());

        var result = Run(strategy, bars, o => o.Commission = CommissionModels.Combine(CommissionModels.BasisPoints(10m), CommissionModels.FixedPerFill(2m)));

        // Entry 10 × 100 = 1000: 1.00 + 2 = 3.00. Exit 10 × 110 = 1100: 1.10 + 2 = 3.10. Net 100 − 6.10.
        var trade = result.Trades.Single();
        Assert.That(trade.Fees, Is.EqualTo(6.10m));
        Assert.That(trade.NetPnl, Is.EqualTo(93.90m));
        Assert.That(result.FinalEquity, Is.EqualTo(10_093.90m));
        Assert.That(trade.ExitReason, Is.EqualTo("signal"));
    }

    [Test]
    public void Commission_PerUnit_ChargesQuantityTimesRate()
    {
        var bars = Bars().Closes(100, 100, 100).Build();

        var result = Run(new Scripted().On(0, c => c.Buy(40m)), bars, o => o.Commission = CommissionModels.PerUnit(0.05m));

        Assert.That(result.Fills.Select(f => f.Fee), Is.EqualTo(new[] { 2m, 2m }));
    }

    [Test]
    public void Slippage_BasisPoints_MovesEveryMarketFillAgainstTheTrader()
    {
        var bars = Bars().Closes(100, 100, 110, 110).Build();
        var strategy = new Scripted().On(0, c => c.Buy(10m)).On(2, c => c.ClosePosition());

        var result = Run(strategy, bars, o => o.Slippage = SlippageModels.BasisPoints(50));

        // Buy 100 × 1.005 = 100.5; sell 110 × 0.995 = 109.45.
        Assert.That(result.Fills[0].Price, Is.EqualTo(100.5m));
        Assert.That(result.Fills[1].Price, Is.EqualTo(109.45m));
        Assert.That(result.Trades.Single().NetPnl, Is.EqualTo(89.5m));
    }

    [Test]
    public void AllIn_IncludesTheEntryCommission()
    {
        var bars = Bars().Closes(100, 100, 100).Build();

        var result = Run(new Scripted().On(0, c => c.Buy()), bars, o => o.Commission = CommissionModels.BasisPoints(10m));

        // 100 units would cost 10,000 + 10.00 fee > 10,000; 99 cost 9,900 + 9.90.
        Assert.That(result.Fills[0].Quantity, Is.EqualTo(99m));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void AllIn_TieredCommission_BuysTheMostTheCashPaysFor_NeverMore(bool portfolio)
    {
        // BTC at 50,000, lots of 1e-8, 10,000 cash; 0.2 % below 20,000 of value, 0.1 % from there. The straight line through
        // the fees of 0 and 1 BTC (0.1 %) guesses 10,000 / 50,050 = 0.19980019 BTC, whose 0.2 % fee makes it cost 10,009.99.
        // What fits: v × 1.002 ≤ 10,000, v ≤ 9,980.0399…: 0.19960079 BTC = 9,980.0395, fee 19.960079, total 9,999.999579.
        var bars = Bars().Closes(50_000, 50_000, 50_000).Build();
        var tiered = new TieredCommission();

        var fills = portfolio
            ? new Nija.Backtesting.Research.PortfolioBacktestEngine().Run(
                new Dictionary<string, ReadOnlyMemory<Bar>> { ["BTC"] = bars },
                _ => new Scripted().On(0, c => c.Buy()),
                new Nija.Backtesting.Research.PortfolioBacktestOptions { LotSize = 0.00000001m, Commission = tiered }).Symbols[0].Fills
            : Run(new Scripted().On(0, c => c.Buy()), bars, o => { o.LotSize = 0.00000001m; o.Commission = tiered; }).Fills;

        Assert.That((fills[0].Quantity, fills[0].Fee), Is.EqualTo((0.19960079m, 19.960079m)));
        Assert.That(tiered.Calculate(50_000m, 0.19960080m) + (0.19960080m * 50_000m), Is.GreaterThan(10_000m), "one more lot does not fit");
    }

    /// <summary>Not affine: 0.2 % of the value below 20,000, 0.1 % from 20,000 (cheaper per unit for more, which a straight line misjudges).</summary>
    private sealed class TieredCommission : ICommissionModel
    {
        public decimal Calculate(decimal price, decimal quantity)
        {
            var value = price * quantity;
            return value * (value < 20_000m ? 0.002m : 0.001m);
        }
    }

    [Test]
    public void AllIn_FractionalLots_RoundDownToTheLotSize()
    {
        var bars = Bars().Closes(30_000, 30_000, 30_000).Build();

        var result = Run(new Scripted().On(0, c => c.Buy()), bars, o => o.LotSize = 0.001m);

        Assert.That(result.Fills[0].Quantity, Is.EqualTo(0.333m));
    }

    // Exact fits (cash = lots × price), one unit short of a fit, prices whose double quotient lands just beside a whole
    // number, and lots finer than a cent. Expected: the largest k with k × lot × price ≤ 10,000 (worked out by hand).
    [TestCase(100.0, "1", "100")]
    [TestCase(100.01, "1", "99")]
    [TestCase(3.0, "1", "3333")]
    [TestCase(0.3, "1", "33333")]
    [TestCase(0.1, "0.1", "100000.0")]
    [TestCase(0.7, "0.01", "14285.71")]
    [TestCase(12_500.0, "0.00000001", "0.80000000")]
    [TestCase(30_000.0, "0.00000001", "0.33333333")]
    [TestCase(10_000.0, "1", "1")]
    [TestCase(10_000.01, "1", null)]
    public void AllIn_NoCosts_BuysTheLargestNumberOfLotsTheCashPaysFor(double price, string lot, string? expected)
    {
        var bars = Bars().Closes(price, price, price).Build();

        var result = Run(new Scripted().On(0, c => c.Buy()), bars, o => o.LotSize = decimal.Parse(lot, System.Globalization.CultureInfo.InvariantCulture));

        if (expected is null)
        {
            Assert.That(result.Fills, Is.Empty);
            Assert.That(result.RejectedOrders.Single().Reason, Is.EqualTo("insufficient cash for one lot"));
            return;
        }

        var quantity = result.Fills[0].Quantity;
        Assert.That(quantity, Is.EqualTo(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(quantity * (decimal)price, Is.LessThanOrEqualTo(10_000m));
        Assert.That((quantity + decimal.Parse(lot, System.Globalization.CultureInfo.InvariantCulture)) * (decimal)price, Is.GreaterThan(10_000m));
    }

    [Test]
    public void PendingOrders_SomeFilled_TheOthersStayInSubmissionOrderAndFillLater()
    {
        // Bar 0 submits: limit buy 1 at 95 (not reached until bar 3), market buy 2, limit buy 3 at 96 (not reached until
        // bar 3), market buy 4. Bar 1 fills the two market orders (at its open, 100); the limits stay pending, in order,
        // and both fill on bar 3, whose open (94) gaps below both: at the open, first the one submitted first.
        // (The filled orders used to be removed one at a time; now the pass moves the others down and cuts the list once.)
        var bars = Bars().Closes(100, 100, 100).Bar(94, 95, 93, 94).Closes(94).Build();
        var ids = new long[4];
        var pendingAfterBar1 = -1;
        var strategy = new Scripted()
            .On(0, c =>
            {
                ids[0] = c.Limit(OrderSide.Buy, 95, 1m);
                ids[1] = c.Buy(2m);
                ids[2] = c.Limit(OrderSide.Buy, 96, 3m);
                ids[3] = c.Buy(4m);
            })
            .On(1, c => pendingAfterBar1 = c.PendingOrderCount);

        var result = Run(strategy, bars);

        Assert.That(pendingAfterBar1, Is.EqualTo(2));
        Assert.That(result.Fills.Select(f => (f.OrderId, f.BarIndex, f.Quantity, f.Price)), Is.EqualTo(new[]
        {
            (ids[1], 1, 2m, 100m),
            (ids[3], 1, 4m, 100m),
            (ids[0], 3, 1m, 94m),
            (ids[2], 3, 3m, 94m),
            (0L, 4, 10m, 94m), // end of data: the whole position closes at the last close
        }));
    }

    [Test]
    public void Cancel_RemovesThatOrderOnly_KeepingTheOthersInOrder_CancelAllRemovesTheRest()
    {
        // Buy limits at 99, 98 and 97 while the price holds at 100; the one at 98 is cancelled. Bar 2 trades down to 96 from
        // an open of 100: the limits at 99 and 97 fill at their prices. Two more limits are cancelled together at bar 2.
        var bars = Bars().Closes(100, 100).Bar(100, 100, 96, 96).Closes(96).Build();
        var ids = new long[3];
        var cancelled = new List<object>();
        var strategy = new Scripted()
            .On(0, c =>
            {
                ids[0] = c.Limit(OrderSide.Buy, 99, 1m);
                ids[1] = c.Limit(OrderSide.Buy, 98, 1m);
                ids[2] = c.Limit(OrderSide.Buy, 97, 1m);
            })
            .On(1, c =>
            {
                cancelled.Add(c.Cancel(ids[1]));
                cancelled.Add(c.Cancel(ids[1]));
                cancelled.Add(c.PendingOrderCount);
            })
            .On(2, c =>
            {
                c.Limit(OrderSide.Buy, 50, 1m);
                c.Limit(OrderSide.Buy, 40, 1m);
                cancelled.Add(c.CancelAll());
                cancelled.Add(c.PendingOrderCount);
            });

        var result = Run(strategy, bars);

        Assert.That(cancelled, Is.EqualTo(new object[] { true, false, 2, 2, 0 }));
        Assert.That(result.Fills.Take(2).Select(f => (f.OrderId, f.BarIndex, f.Price)), Is.EqualTo(new[] { (ids[0], 2, 99m), (ids[2], 2, 97m) }));
        Assert.That(result.Fills, Has.Count.EqualTo(3), "the two fills and the close at the end of data");
    }

    [Test]
    public void ExplicitQuantity_RoundsDownToWholeUnits_AndZeroIsRejected()
    {
        var bars = Bars().Closes(10, 10, 10, 10).Build();
        var strategy = new Scripted().On(0, c => c.Buy(2.7m)).On(1, c => c.Buy(0.4m));

        var result = Run(strategy, bars);

        Assert.That(result.Fills[0].Quantity, Is.EqualTo(2m));
        Assert.That(result.RejectedOrders.Single().Reason, Is.EqualTo("quantity rounds down to zero lots"));
    }

    [Test]
    public void LimitBuy_FillsAtTheLimit_OrAtTheOpenWhenTheBarGapsThrough()
    {
        var bars = Bars()
            .Closes(100)
            .Bar(100, 101, 96, 100) // does not reach 95
            .Bar(99, 100, 94, 96)   // reaches 95: fills at 95
            .Build();
        var gapBars = Bars().Closes(100).Bar(93, 94, 92, 93).Build();
        static void Order(IStrategyContext c) => c.Limit(OrderSide.Buy, 95, 1m);

        var result = Run(new Scripted().On(0, Order), bars);
        var gap = Run(new Scripted().On(0, Order), gapBars);

        Assert.That(result.Fills[0].BarIndex, Is.EqualTo(2));
        Assert.That(result.Fills[0].Price, Is.EqualTo(95m));
        Assert.That(gap.Fills[0].Price, Is.EqualTo(93m), "better than the limit");
    }

    [Test]
    public void StopBuy_FillsAtTheStop_OrAtTheOpenWhenTheBarGapsThrough()
    {
        var bars = Bars().Closes(100).Bar(103, 106, 102, 104).Build();
        var gapBars = Bars().Closes(100).Bar(107, 108, 106, 107).Build();
        static void Order(IStrategyContext c) => c.StopEntry(OrderSide.Buy, 105, 1m);

        Assert.That(Run(new Scripted().On(0, Order), bars).Fills[0].Price, Is.EqualTo(105m));
        Assert.That(Run(new Scripted().On(0, Order), gapBars).Fills[0].Price, Is.EqualTo(107m), "worse than the stop");
    }

    [Test]
    public void StopLossAndTakeProfitInsideOneBar_AssumesTheStopLossFirst()
    {
        var bars = Bars().Closes(100).Bar(100, 111, 94, 105).Closes(105).Build();

        var result = Run(new Scripted().On(0, c => c.Buy(10m, stopLoss: 95, takeProfit: 110)), bars);

        var trade = result.Trades.Single();
        Assert.That(trade.ExitPrice, Is.EqualTo(95m));
        Assert.That(trade.ExitReason, Is.EqualTo("stop-loss"));
        Assert.That(trade.PlannedStop, Is.EqualTo(95m));
        Assert.That(trade.RMultiple, Is.EqualTo(-1d).Within(1e-12));
    }

    [Test]
    public void BarOpeningBeyondTheTakeProfit_FillsItAtTheOpen_EvenWhenItsLowReachesTheStop()
    {
        // Held since bar 1 (open 100). Bar 2 opens at 115, above the target of 110: the first trade of the bar is already
        // past it, so the take-profit fills at 115 before the low of 85 could reach the stop of 90.
        var bars = Bars().Closes(100).Bar(100, 101, 99, 100).Bar(115, 120, 85, 95).Closes(95).Build();

        var trade = Run(new Scripted().On(0, c => c.Buy(10m, stopLoss: 90, takeProfit: 110)), bars).Trades.Single();

        Assert.That((trade.ExitPrice, trade.ExitReason), Is.EqualTo((115m, "take-profit")));
    }

    [Test]
    public void StopEntry_StopLossInsideTheEntryBar_FillsAtTheStopNotAtTheEarlierOpen()
    {
        // Buy stop 105 with a stop-loss at 102; bar 1: O100 H110 L95. The entry fills at 105 inside the bar; whether the low
        // of 95 came after it is unknown, so the stop-loss is assumed hit (pessimistic), at 102: the open of 100 came
        // before the entry, so there is no gap to fill at.
        var bars = Bars().Closes(100).Bar(100, 110, 95, 108).Closes(108).Build();

        var trade = Run(new Scripted().On(0, c => c.StopEntry(OrderSide.Buy, 105, 10m, stopLoss: 102)), bars).Trades.Single();

        Assert.That((trade.EntryPrice, trade.ExitPrice, trade.ExitReason), Is.EqualTo((105m, 102m, "stop-loss")));
        Assert.That(trade.NetPnl, Is.EqualTo(-30m));
    }

    [Test]
    public void StopEntry_TakeProfitInsideTheEntryBar_FillsOnThatBar()
    {
        // Buy stop 105, target 108; bar 1: O100 H110 L99. To reach the high of 110 from the open the price passed 105 first,
        // so the target was reached after the entry: filled at 108 on the entry bar.
        var bars = Bars().Closes(100).Bar(100, 110, 99, 109).Closes(109).Build();

        var trade = Run(new Scripted().On(0, c => c.StopEntry(OrderSide.Buy, 105, 10m, takeProfit: 108)), bars).Trades.Single();

        Assert.That((trade.EntryPrice, trade.ExitPrice, trade.ExitReason, trade.ExitTime), Is.EqualTo((105m, 108m, "take-profit", bars[1].Timestamp)));
    }

    [Test]
    public void LimitEntry_TakeProfitWaitsForTheNextBar_TheStopLossDoesNot()
    {
        // Buy limit 95 with a target of 98; bar 1: O100 H101 L94 C96. The high of 101 may have come before the entry at 95,
        // so the target is not taken on that bar; bar 2 (96 flat) does not reach it: closed at the end, 96.
        var bars = Bars().Closes(100).Bar(100, 101, 94, 96).Closes(96).Build();
        var withTarget = Run(new Scripted().On(0, c => c.Limit(OrderSide.Buy, 95, 10m, takeProfit: 98)), bars).Trades.Single();

        // With a stop-loss at 94.5 instead: the low of 94 came after the entry (the price fell through 95 to reach it), so
        // the stop-loss fills on the entry bar, at 94.5.
        var withStop = Run(new Scripted().On(0, c => c.Limit(OrderSide.Buy, 95, 10m, stopLoss: 94.5)), bars).Trades.Single();

        Assert.That((withTarget.EntryPrice, withTarget.ExitPrice, withTarget.ExitReason), Is.EqualTo((95m, 96m, "end-of-data")));
        Assert.That((withStop.EntryPrice, withStop.ExitPrice, withStop.ExitReason, withStop.ExitTime), Is.EqualTo((95m, 94.5m, "stop-loss", bars[1].Timestamp)));
    }

    [Test]
    public void LimitEntry_GappedThroughAtTheOpen_TakesTheTakeProfitOnThatBar()
    {
        // Buy limit 105; bar 1 opens at 100, below it: filled at the open, so the whole bar is after the entry and its high of
        // 104 reaches the target of 103.
        var bars = Bars().Closes(110).Bar(100, 104, 99, 101).Closes(101).Build();

        var trade = Run(new Scripted().On(0, c => c.Limit(OrderSide.Buy, 105, 10m, takeProfit: 103)), bars).Trades.Single();

        Assert.That((trade.EntryPrice, trade.ExitPrice, trade.ExitReason), Is.EqualTo((100m, 103m, "take-profit")));
    }

    [Test]
    public void Reversal_WhoseEntryIsRejected_StaysClosed_AndTheRejectionNamesTheOrder()
    {
        // All-in long of 100 @ 100 (cash 0). Sell 300 on bar 1: the long is closed at bar 2's open (reason "reverse", cash
        // back to 10,000), then the short of 300 @ 100 needs 30,000 and is rejected. The order's exit stands, as in
        // backtesting.py, which closes the opposite trades and then cancels what the cash cannot pay for.
        var bars = Bars().Closes(100, 100, 100, 110).Build();
        long sell = 0;

        var result = Run(new Scripted().On(0, c => c.Buy()).On(1, c => sell = c.Sell(300m)), bars);

        Assert.That(result.Fills.Select(f => (f.OrderId, f.Intent, f.Quantity, f.Price, f.Reason)), Is.EqualTo(new[]
        {
            (1L, OrderIntent.Entry, 100m, 100m, (string?)null),
            (sell, OrderIntent.Exit, 100m, 100m, "reverse"),
        }));
        var rejected = result.RejectedOrders.Single();
        Assert.That((rejected.OrderId, rejected.Intent, rejected.Reason), Is.EqualTo((sell, OrderIntent.Entry, "insufficient cash: 300 × 100 + commission 0 = 30000, but 10000 is available (set AllowLeverage to borrow)")));
        Assert.That((result.FinalEquity, result.OpenPositions.Count), Is.EqualTo((10_000m, 0)));
    }

    [Test]
    public void TakeProfit_FillsAtTheTakeProfitPrice()
    {
        var bars = Bars().Closes(100).Bar(100, 104, 99, 103).Bar(103, 112, 102, 111).Closes(111).Build();

        var result = Run(new Scripted().On(0, c => c.Buy(10m, stopLoss: 90, takeProfit: 110)), bars);

        var trade = result.Trades.Single();
        Assert.That(trade.ExitPrice, Is.EqualTo(110m));
        Assert.That(trade.ExitReason, Is.EqualTo("take-profit"));
        Assert.That(trade.MaxFavorableExcursionPercent, Is.EqualTo(12d).Within(1e-9), "bar high 112 vs entry 100");
        Assert.That(trade.MaxAdverseExcursionPercent, Is.EqualTo(-1d).Within(1e-9), "bar low 99");
    }

    [Test]
    public void OutOfMoney_AtABarsClose_ClosesThePosition_AndRejectsLaterEntries()
    {
        // All-in short of 10,000 / 100 = 100 units at bar 1's open (cash 20,000). Equity at each close is 20,000 − 100 × close:
        // 5,000 at 150, then −1,000 at 210: the position is closed there and the buy ordered on bar 4 is rejected.
        var bars = Bars().Closes(100, 100, 150, 210, 250, 100).Build();
        var strategy = new Scripted().On(0, c => c.Sell()).On(4, c => c.Buy(1m));

        var result = Run(strategy, bars);

        var trade = result.Trades.Single();
        Assert.That(trade.ExitReason, Is.EqualTo("out-of-money"));
        Assert.That(trade.ExitPrice, Is.EqualTo(210m));
        Assert.That(trade.NetPnl, Is.EqualTo(-11_000m));
        Assert.That(result.FinalEquity, Is.EqualTo(-1_000m));
        Assert.That(result.FinalCash, Is.EqualTo(-1_000m));
        Assert.That(result.EquityCurve.Values.ToArray(), Is.EqualTo(new[] { 10_000d, 10_000d, 5_000d, -1_000d, -1_000d, -1_000d }));
        var rejected = result.RejectedOrders.Single();
        Assert.That(rejected.Reason, Is.EqualTo("out of money: the equity fell to zero or below"));
        Assert.That(rejected.Time, Is.EqualTo(bars[5].Timestamp));
    }

    [Test]
    public void OutOfMoney_AfterAnExitLeavesNoCash_RejectsLaterEntries()
    {
        // Short 100 at 100 (cash 20,000), closed at bar 3's gap open of 300: cash 20,000 − 30,000 = −10,000, flat.
        var bars = Bars().Closes(100, 100, 150).Bar(300, 300, 300, 300).Closes(300, 300).Build();
        var strategy = new Scripted().On(0, c => c.Sell()).On(2, c => c.ClosePosition()).On(3, c => c.Buy(1m));

        var result = Run(strategy, bars);

        Assert.That(result.Trades.Single().NetPnl, Is.EqualTo(-20_000m));
        Assert.That(result.FinalEquity, Is.EqualTo(-10_000m));
        Assert.That(result.RejectedOrders.Single().Reason, Does.StartWith("out of money"));
        Assert.That(result.Fills, Has.Count.EqualTo(2));
    }

    [Test]
    public void OutOfMoney_TurnedOff_TradesOnWithNegativeEquity()
    {
        var bars = Bars().Closes(100, 100, 150, 210, 250, 100).Build();
        var strategy = new Scripted().On(0, c => c.Sell()).On(4, c => c.Buy(1m));

        var result = Run(strategy, bars, o => o.StopWhenOutOfMoney = false);

        // The short rides through −1,000 and −5,000 and is reversed at bar 5's open of 100 (P&L 0); the 1-unit long closes
        // at the same price at the end of the data.
        Assert.That(result.EquityCurve.Values.ToArray(), Is.EqualTo(new[] { 10_000d, 10_000d, 5_000d, -1_000d, -5_000d, 10_000d }));
        Assert.That(result.Trades.Select(t => t.ExitReason), Is.EqualTo(new[] { "reverse", "end-of-data" }));
        Assert.That(result.RejectedOrders, Is.Empty);
        Assert.That(result.FinalEquity, Is.EqualTo(10_000m));
    }

    [Test]
    public void EndOfData_LeaveOpen_MarksThePositionToMarket()
    {
        var bars = Bars().Closes(100, 100, 120).Build();

        var result = Run(new Scripted().On(0, c => c.Buy(10m)), bars, o => o.ClosePositionsAtEnd = false);

        Assert.That(result.Trades, Is.Empty);
        Assert.That(result.OpenPositions.Single().Quantity, Is.EqualTo(10m));
        Assert.That(result.FinalEquity, Is.EqualTo(10_200m));
        Assert.That(result.FinalCash, Is.EqualTo(9_000m));
    }

    [Test]
    public void Short_ProfitsWhenThePriceFalls_AndReversalClosesFirst()
    {
        var bars = Bars().Closes(100, 100, 90, 90, 95).Build();
        var strategy = new Scripted().On(0, c => c.Sell(10m)).On(2, c => c.Buy(5m));

        var result = Run(strategy, bars);

        Assert.That(result.Trades[0].Side, Is.EqualTo(TradeSide.Short));
        Assert.That(result.Trades[0].NetPnl, Is.EqualTo(100m));
        Assert.That(result.Trades[0].ExitReason, Is.EqualTo("reverse"));
        Assert.That(result.Trades[1].Side, Is.EqualTo(TradeSide.Long));
        Assert.That(result.Trades[1].NetPnl, Is.EqualTo(25m));
        Assert.That(result.FinalEquity, Is.EqualTo(10_125m));
    }

    [Test]
    public void CircuitBreaker_RejectsNewEntriesUntilTheNextTradingDay()
    {
        // Hourly bars from Monday 00:00 UTC. Buy 100 at 100; the 02:00 close of 94 is a 6 % day loss: the breaker trips.
        var bars = Bars(TimeSpan.FromHours(1))
            .Closes(100, 100, 94, 94, 94)     // Mon 00:00 .. 04:00
            .Build();
        var all = bars.Concat(BarSeriesBuilder.StartingAt(Start.AddDays(1), TimeSpan.FromHours(1)).Closes(94, 94, 94).Build()).ToArray();
        var strategy = new Scripted()
            .On(0, c => c.Buy(100m))
            .On(2, c => c.ClosePosition("risk"))
            .On(3, c => c.Buy(10m))   // fills Mon 04:00: rejected
            .On(5, c => c.Buy(10m));  // fills Tue 01:00: allowed

        var result = Run(strategy, all, o => o.RiskRules = new RiskRulesOptions());

        Assert.That(result.RiskEvents[0].Events, Is.EqualTo(RiskEvents.BreakerTripped));
        Assert.That(result.RiskEvents[0].Time, Is.EqualTo(Start.AddHours(2)));
        Assert.That(result.RiskEvents[0].DailyLossPercent, Is.EqualTo(6m));
        var rejected = result.RejectedOrders.Single();
        Assert.That(rejected.Time, Is.EqualTo(Start.AddHours(4)));
        Assert.That(rejected.Reason, Does.StartWith("daily-loss circuit breaker tripped: Halted (DailyLossLimit)"));
        Assert.That(result.RiskEvents[1].Events, Is.EqualTo(RiskEvents.BreakerReset));
        Assert.That(result.Trades, Has.Count.EqualTo(2));
        Assert.That(result.Trades[1].EntryTime, Is.EqualTo(Start.AddDays(1).AddHours(1)));
    }

    [Test]
    public void ConsecutivePositions_TheSecondTradeCarriesNothingFromTheFirst()
    {
        // Long 10 at 100 (stop 50, tag "first"), out 4 at 120 then 6 at 120: +200. Short 5 at 100, covered at 90: +50.
        var bars = Bars().Closes(100, 100, 110, 120, 120, 100, 90, 90).Build();
        var strategy = new Scripted()
            .On(0, c => c.Buy(10m, stopLoss: 50, tag: "first"))
            .On(2, c => c.ClosePosition("part", 4m))
            .On(3, c => c.ClosePosition("rest"))
            .On(4, c => c.Sell(5m))
            .On(6, c => c.ClosePosition());

        var result = Run(strategy, bars);

        var first = result.Trades[0];
        Assert.That((first.Quantity, first.EntryPrice, first.ExitPrice, first.GrossPnl), Is.EqualTo((10m, 100m, 120m, 200m)));
        Assert.That((first.Tag, first.PlannedStop, first.ExitReason), Is.EqualTo(("first", (decimal?)50m, "rest")));
        var second = result.Trades[1];
        Assert.That(second.PositionId, Is.EqualTo(2));
        Assert.That(second.Side, Is.EqualTo(TradeSide.Short));
        Assert.That((second.Quantity, second.EntryPrice, second.ExitPrice, second.GrossPnl, second.Fees), Is.EqualTo((5m, 100m, 90m, 50m, 0m)));
        Assert.That((second.Tag, second.PlannedStop, second.ExitReason), Is.EqualTo(((string?)null, (decimal?)null, "signal")));
        Assert.That(second.EntryTime, Is.EqualTo(Start.AddDays(5)));
        // Short from 100; prices seen while open: 100, 90 → favourable 10 %, adverse 0 %.
        Assert.That(second.MaxFavorableExcursionPercent, Is.EqualTo(10d).Within(1e-9));
        Assert.That(second.MaxAdverseExcursionPercent, Is.EqualTo(0d).Within(1e-9));
        Assert.That(result.FinalEquity, Is.EqualTo(10_250m));
        Assert.That(result.Fills.Select(f => f.Time), Is.EqualTo(new[] { 1, 3, 4, 5, 7 }.Select(d => Start.AddDays(d))));
    }

    [TestCase(1e-30)]
    [TestCase(1e29)]
    public void Submit_StopLossADecimalCannotBook_ThrowsAtSubmitNotMidRun(double stopLoss)
    {
        // (decimal)1e-30 is 0 and (decimal)1e29 overflows: such a stop used to pass Submit and fail at the fill, mid-run.
        var bars = Bars().Closes(100, 100, 100).Build();
        ArgumentOutOfRangeException? atSubmit = null;
        var strategy = new Scripted().On(0, c => atSubmit = Assert.Throws<ArgumentOutOfRangeException>(() => c.Buy(10m, stopLoss: stopLoss)));

        var result = Run(strategy, bars);

        Assert.That(atSubmit!.Message, Does.StartWith("StopLoss must be a price a decimal can book, from 1E-27 to 7.9E+28."));
        Assert.That(result.Fills, Is.Empty);
    }

    [TestCase(double.NaN, 1d, 1d, "non-positive or non-finite price")]
    [TestCase(1d, double.PositiveInfinity, 1d, "non-positive or non-finite price")]
    [TestCase(1d, 1d, 0d, "non-positive or non-finite price")]
    [TestCase(1d, 1d, 2d, "has High 1 below Low 2")]
    [TestCase(1d, 1d, 1e-30, "has a price a decimal cannot book (O=1 H=1 L=1E-30 C=1); prices must be from 1E-27 to 7.9E+28")]
    [TestCase(1d, 1e29, 1d, "has a price a decimal cannot book")]
    public void Run_BadBar_ThrowsNamingTheBar(double close, double high, double low, string problem)
    {
        var bars = new[] { new Bar(Start, 1, 1, 1, 1, 0), new Bar(Start.AddDays(1), 1, high, low, close, 0) };

        var ex = Assert.Throws<ArgumentException>(() => new UnifiedBacktestEngine().Run(new Scripted(), bars));

        Assert.That(ex!.Message, Does.StartWith("Bar 1 at 2026-01-06T00:00:00.0000000+00:00 ").And.Contain(problem));
    }

    [Test]
    public void Run_UnsortedBars_ThrowsNamingTheBar()
    {
        var bars = Bars().Closes(1, 2).Build();
        (bars[0], bars[1]) = (bars[1], bars[0]);

        var ex = Assert.Throws<ArgumentException>(() => new UnifiedBacktestEngine().Run(new Scripted(), bars));

        Assert.That(ex!.Message, Does.StartWith("Bar 1 at 2026-01-05T00:00:00.0000000+00:00 is not after bar 0"));
    }

    [Test]
    public void Run_BadOptions_ThrowsNamingTheSetting()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new UnifiedBacktestEngine().Run(new Scripted(), Bars().Closes(1).Build(), new BacktestOptions { LotSize = 0m }));

        Assert.That(ex!.ParamName, Is.EqualTo("LotSize"));
    }

    [Test]
    public void Submit_LimitWithoutPrice_Throws()
    {
        var strategy = new Scripted().On(0, c => c.Submit(new OrderRequest { Side = OrderSide.Buy, Type = OrderType.Limit }));

        Assert.Throws<ArgumentException>(() => Run(strategy, Bars().Closes(1, 2).Build()));
    }

    [Test]
    public void Strategy_SeesOnlyBarsUpToTheCurrentOne()
    {
        var lengths = new List<int>();
        var strategy = new Scripted();
        for (var i = 0; i < 4; i++)
        {
            strategy.On(i, c => lengths.Add(c.History.Length));
        }

        Run(strategy, Bars().Closes(1, 2, 3, 4).Build());

        Assert.That(lengths, Is.EqualTo(new[] { 1, 2, 3, 4 }));
    }
}
