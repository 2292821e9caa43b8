namespace Nija.Metrics.Tests;

[TestFixture]
public sealed class LedgerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 14, 30, 0, TimeSpan.Zero);

    private static Ledger CreateSut(decimal cash = 10_000m) => new(cash);

    [Test]
    public void NullSymbol_IsRejectedByEveryCall_AndChangesNothing()
    {
        // A symbol cache whose empty entries held null once matched a null symbol: RecordEntry counted a second open
        // position before failing, and MarkPrice returned false instead of throwing.
        var sut = CreateSut();
        sut.RecordEntry("AAPL", TradeSide.Long, 100m, 10m, 1m, T0);

        Assert.That(() => sut.RecordEntry(null!, TradeSide.Long, 100m, 1m, 0m, T0), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("symbol"));
        Assert.That(() => sut.RecordExit(null!, 100m, 1m, 0m, T0), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("symbol"));
        Assert.That(() => sut.MarkPrice(null!, 100m), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("symbol"));
        Assert.That(() => sut.ObserveExcursion(null!, 101d, 99d), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("symbol"));
        Assert.That((sut.OpenPositionCount, sut.OpenPositions.Count, sut.Cash, sut.Equity), Is.EqualTo((1, 1, 8_999m, 9_999m)));
    }

    [Test]
    public void RecordExit_LongRoundTripWithFees_BooksCashPnlAndTrade()
    {
        var sut = CreateSut();

        sut.RecordEntry("AAPL", TradeSide.Long, 100m, 10m, 1m, T0);
        var exit = sut.RecordExit("AAPL", 120m, 10m, 1m, T0.AddHours(2), "take-profit");

        // 10 × (120 − 100) = 200 gross; fees 1 + 1; cash 10000 − 1000 − 1 + 1200 − 1.
        Assert.That(exit.RealizedPnl, Is.EqualTo(200m));
        Assert.That(exit.RemainingQuantity, Is.EqualTo(0m));
        Assert.That(sut.Cash, Is.EqualTo(10_198m));
        Assert.That(sut.Balance, Is.EqualTo(10_198m));
        Assert.That(sut.Equity, Is.EqualTo(10_198m));
        Assert.That(sut.TotalFees, Is.EqualTo(2m));
        var trade = exit.ClosedTrade!;
        Assert.That(trade.Side, Is.EqualTo(TradeSide.Long));
        Assert.That(trade.GrossPnl, Is.EqualTo(200m));
        Assert.That(trade.NetPnl, Is.EqualTo(198m));
        Assert.That(trade.ReturnPercent, Is.EqualTo(19.8).Within(1e-12));
        Assert.That(trade.HoldingTime, Is.EqualTo(TimeSpan.FromHours(2)));
        Assert.That(trade.ExitReason, Is.EqualTo("take-profit"));
        Assert.That(trade.MaxAdverseExcursionPercent, Is.Null, "no marks, no MAE");
        Assert.That(sut.ClosedTrades, Has.Count.EqualTo(1));
        Assert.That(sut.OpenPositionCount, Is.Zero);
    }

    [Test]
    public void RecordExit_ShortRoundTrip_ProfitsWhenPriceFalls()
    {
        var sut = CreateSut();

        sut.RecordEntry("BTC", TradeSide.Short, 200m, 5m, 0.5m, T0);
        sut.MarkPrice("BTC", 180m);

        // Unrealized (200 − 180) × 5 = 100; equity 10000 − 0.5 + 100.
        Assert.That(sut.UnrealizedPnl, Is.EqualTo(100m));
        Assert.That(sut.Equity, Is.EqualTo(10_099.5m));
        Assert.That(sut.GetSignedQuantity("BTC"), Is.EqualTo(-5m));

        var exit = sut.RecordExit("BTC", 190m, 5m, 0.5m, T0.AddDays(1));

        Assert.That(exit.RealizedPnl, Is.EqualTo(50m));
        Assert.That(sut.Cash, Is.EqualTo(10_049m));
        Assert.That(sut.Balance, Is.EqualTo(10_049m));
        Assert.That(exit.ClosedTrade!.NetPnl, Is.EqualTo(49m));
        Assert.That(exit.ClosedTrade.Side, Is.EqualTo(TradeSide.Short));
    }

    [Test]
    public void RecordExit_PartialExitsAfterAdding_UseAverageCostAndVolumeWeightedTradePrices()
    {
        var sut = CreateSut(100_000m);

        sut.RecordEntry("ES", TradeSide.Long, 100m, 10m, 0m, T0);
        var add = sut.RecordEntry("ES", TradeSide.Long, 110m, 10m, 0m, T0.AddMinutes(1));
        var first = sut.RecordExit("ES", 120m, 5m, 0m, T0.AddMinutes(2));
        var second = sut.RecordExit("ES", 100m, 15m, 0m, T0.AddMinutes(3));

        Assert.That(add.AverageEntryPrice, Is.EqualTo(105m));
        Assert.That(add.IsNewPosition, Is.False);
        Assert.That(first.RealizedPnl, Is.EqualTo(75m), "5 × (120 − 105)");
        Assert.That(first.ClosedTrade, Is.Null);
        Assert.That(first.RemainingQuantity, Is.EqualTo(15m));
        Assert.That(second.RealizedPnl, Is.EqualTo(-75m), "15 × (100 − 105)");
        var trade = second.ClosedTrade!;
        Assert.That(trade.EntryPrice, Is.EqualTo(105m));
        Assert.That(trade.ExitPrice, Is.EqualTo(105m), "(5 × 120 + 15 × 100) / 20");
        Assert.That(trade.Quantity, Is.EqualTo(20m));
        Assert.That(trade.GrossPnl, Is.EqualTo(0m));
        Assert.That(trade.EntryTime, Is.EqualTo(T0));
    }

    [Test]
    public void RecordExit_AfterMarks_ComputesMaeMfeAndRMultiple()
    {
        var sut = CreateSut();

        sut.RecordEntry("AAPL", TradeSide.Long, 100m, 10m, 0m, T0, plannedStop: 95m, regime: "trending", tag: "breakout");
        sut.MarkPrice("AAPL", 90m);
        sut.MarkPrice("AAPL", 130m);
        var trade = sut.RecordExit("AAPL", 110m, 10m, 0m, T0.AddDays(3)).ClosedTrade!;

        Assert.That(trade.MaxAdverseExcursionPercent, Is.EqualTo(-10d).Within(1e-12));
        Assert.That(trade.MaxFavorableExcursionPercent, Is.EqualTo(30d).Within(1e-12));
        Assert.That(trade.RMultiple, Is.EqualTo(2d).Within(1e-12), "net 100 / (|100 − 95| × 10)");
        Assert.That(trade.Regime, Is.EqualTo("trending"));
        Assert.That(trade.Tag, Is.EqualTo("breakout"));
    }

    [Test]
    public void MarkPrice_TracksPeakDrawdownAndMaxDrawdown()
    {
        var sut = CreateSut();
        sut.RecordEntry("AAPL", TradeSide.Long, 100m, 10m, 0m, T0);

        sut.MarkPrice("AAPL", 150m);
        sut.MarkPrice("AAPL", 100m);
        sut.MarkPrice("AAPL", 140m);

        Assert.That(sut.PeakEquity, Is.EqualTo(10_500m));
        Assert.That(sut.DrawdownAmount, Is.EqualTo(100m));
        Assert.That(sut.Drawdown, Is.EqualTo(100d / 10_500d).Within(1e-15));
        Assert.That(sut.MaxDrawdown, Is.EqualTo(500d / 10_500d).Within(1e-15));
    }

    [Test]
    public void MarkPrice_FlatSymbol_ReturnsFalseAndChangesNothing()
    {
        var sut = CreateSut();

        Assert.That(sut.MarkPrice("AAPL", 10m), Is.False);
        Assert.That(sut.Equity, Is.EqualTo(10_000m));
    }

    private static IEnumerable<TestCaseData> BadCalls()
    {
        yield return new TestCaseData((Action<Ledger>)(l => l.RecordExit("AAPL", 100m, 11m, 0m, T0.AddHours(1))), "quantity").SetName("Exit larger than open quantity");
        yield return new TestCaseData((Action<Ledger>)(l => l.RecordExit("MSFT", 100m, 1m, 0m, T0.AddHours(1))), "symbol").SetName("Exit of unknown symbol");
        yield return new TestCaseData((Action<Ledger>)(l => l.RecordEntry("AAPL", TradeSide.Long, 0m, 1m, 0m, T0)), "price").SetName("Zero price");
        yield return new TestCaseData((Action<Ledger>)(l => l.RecordEntry("AAPL", TradeSide.Long, -5m, 1m, 0m, T0)), "price").SetName("Negative price");
        yield return new TestCaseData((Action<Ledger>)(l => l.RecordEntry("AAPL", TradeSide.Long, 100m, 0m, 0m, T0)), "quantity").SetName("Zero quantity");
        yield return new TestCaseData((Action<Ledger>)(l => l.RecordExit("AAPL", 100m, -1m, 0m, T0)), "quantity").SetName("Negative exit quantity");
        yield return new TestCaseData((Action<Ledger>)(l => l.RecordEntry("AAPL", TradeSide.Long, 100m, 1m, -0.01m, T0)), "fee").SetName("Negative fee");
        yield return new TestCaseData((Action<Ledger>)(l => l.RecordEntry(" ", TradeSide.Long, 100m, 1m, 0m, T0)), "symbol").SetName("Empty symbol");
        yield return new TestCaseData((Action<Ledger>)(l => l.RecordEntry("AAPL", TradeSide.Short, 100m, 1m, 0m, T0)), "side").SetName("Opposite side entry");
        yield return new TestCaseData((Action<Ledger>)(l => l.RecordExit("AAPL", 100m, 1m, 0m, T0.AddDays(-1))), "time").SetName("Exit before entry");
        yield return new TestCaseData((Action<Ledger>)(l => l.RecordEntry("MSFT", TradeSide.Long, 100m, 1m, 0m, T0, plannedStop: 0m)), "plannedStop").SetName("Non-positive stop");
        yield return new TestCaseData((Action<Ledger>)(l => l.MarkPrice("AAPL", 0m)), "price").SetName("Zero mark");
    }

    [TestCaseSource(nameof(BadCalls))]
    public void BadInput_IsRejectedNamingTheValue_AndLeavesTheLedgerUnchanged(Action<Ledger> call, string parameter)
    {
        var sut = CreateSut();
        sut.RecordEntry("AAPL", TradeSide.Long, 100m, 10m, 1m, T0);
        sut.MarkPrice("AAPL", 105m);
        var before = Describe(sut);

        var ex = Assert.Throws(Is.InstanceOf<ArgumentException>(), () => call(sut)) as ArgumentException;

        Assert.That(ex!.ParamName, Is.EqualTo(parameter));
        Assert.That(Describe(sut), Is.EqualTo(before));
    }

    [Test]
    public void Constructor_NonPositiveCash_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Ledger(0m));
    }

    [Test]
    public void RandomSequence_BalanceEqualsInitialPlusRealizedMinusFees_ToTheCent()
    {
        // Property test over a long seeded random sequence of entries, partial exits and marks.
        var random = new Random(20261124);
        var sut = CreateSut(1_000_000m);
        string[] symbols = ["A", "B", "C", "D"];
        var time = T0;
        decimal sumClosedGross = 0m;
        decimal sumClosedFees = 0m;
        for (var i = 0; i < 20_000; i++)
        {
            time = time.AddMinutes(1);
            var symbol = symbols[random.Next(symbols.Length)];
            var price = Math.Round((decimal)(50 + (random.NextDouble() * 100)), 2);
            var fee = Math.Round((decimal)(random.NextDouble() * 2), 2);
            var open = sut.GetSignedQuantity(symbol);
            var roll = random.Next(3);
            if (open == 0m || roll == 0)
            {
                var side = open > 0m ? TradeSide.Long : open < 0m ? TradeSide.Short : (random.Next(2) == 0 ? TradeSide.Long : TradeSide.Short);
                sut.RecordEntry(symbol, side, price, random.Next(1, 20), fee, time);
            }
            else if (roll == 1)
            {
                var qty = Math.Min(Math.Abs(open), random.Next(1, 20));
                var closed = sut.RecordExit(symbol, price, qty, fee, time).ClosedTrade;
                if (closed is not null)
                {
                    sumClosedGross += closed.GrossPnl;
                    sumClosedFees += closed.Fees;
                }
            }
            else
            {
                sut.MarkPrice(symbol, price);
            }

            Assert.That(sut.Balance, Is.EqualTo(sut.InitialCash + sut.RealizedPnl - sut.TotalFees));
        }

        decimal marketValue = 0m;
        decimal openRealized = 0m;
        decimal openFees = 0m;
        foreach (var p in sut.OpenPositions)
        {
            marketValue += (p.Side == TradeSide.Long ? 1m : -1m) * p.Quantity * p.LastPrice;
            openRealized += p.RealizedPnl;
            openFees += p.Fees;
        }

        // Average cost is a 28-digit decimal quotient, so the identity holds to far below a cent, not bit for bit.
        Assert.That(Math.Round(sut.Equity, 2), Is.EqualTo(Math.Round(sut.Cash + marketValue, 2)), "equity = cash + longs − shorts, to the cent");
        Assert.That(Math.Abs(sut.Equity - (sut.Cash + marketValue)), Is.LessThan(0.000001m));
        Assert.That(Math.Abs(sumClosedGross + openRealized - sut.RealizedPnl), Is.LessThan(0.000000001m), "realized P&L is the sum over trades (summation order moves the 28th digit)");
        Assert.That(sumClosedFees + openFees, Is.EqualTo(sut.TotalFees), "fees are the sum over trades");
        Assert.That(sut.ClosedTrades.Count, Is.GreaterThan(100));
    }

    private static string Describe(Ledger l) =>
        string.Join('|', l.Cash, l.Balance, l.Equity, l.RealizedPnl, l.TotalFees, l.UnrealizedPnl, l.PeakEquity, l.MaxDrawdown, l.ClosedTrades.Count, string.Join(';', l.OpenPositions));

    [Test]
    public void ClosedTrades_BothModes_EqualTheTradesTheClosingFillsReturnedBitForBit()
    {
        // The same fills booked by both modes. Each closing fill of the default mode returns a trade built from the position
        // there and then; the kept values of both ledgers must read back as that trade field by field, decimals with the same
        // scale (GetBits). 2,300 round trips cross the store's growing first chunk and two 1,024-trade chunks; they mix
        // longs and shorts, fees and no fees, scaled-in entries, partial exits, marks and excursions.
        var eager = new Ledger(1_000_000m);
        var deferred = new Ledger(1_000_000m, deferClosedTrades: true);
        var returned = new List<ClosedTrade>();
        for (var i = 0; i < 2_300; i++)
        {
            returned.Add(Book(eager, i)!);
            Assert.That(Book(deferred, i), Is.Null, "deferred: the closing fill builds no trade");
        }

        Assert.That(deferred.ClosedTrades, Has.Count.EqualTo(2_300));
        Assert.That(eager.ClosedTrades, Has.Count.EqualTo(2_300));
        for (var i = 0; i < 2_300; i++)
        {
            var a = returned[i];
            foreach (var b in new[] { eager.ClosedTrades[i], deferred.ClosedTrades[i] })
            {
                Assert.That(b, Is.EqualTo(a), $"trade {i}");
                Assert.That(b, Is.Not.SameAs(a), "the ledger keeps values, not the returned object");
                Assert.That((b.EntryTime.Offset, b.ExitTime.Offset, b.EntryTime.Ticks, b.ExitTime.Ticks), Is.EqualTo((a.EntryTime.Offset, a.ExitTime.Offset, a.EntryTime.Ticks, a.ExitTime.Ticks)), $"trade {i}");
                Assert.That(b.EntryTime.Offset, Is.EqualTo(i % 2 == 0 ? TimeSpan.Zero : TimeSpan.FromHours(-5)), $"trade {i}");
                foreach (var (x, y) in new[] { (a.EntryPrice, b.EntryPrice), (a.ExitPrice, b.ExitPrice), (a.Quantity, b.Quantity), (a.Fees, b.Fees), (a.GrossPnl, b.GrossPnl) })
                {
                    Assert.That(decimal.GetBits(y), Is.EqualTo(decimal.GetBits(x)), $"trade {i}: {x} vs {y}");
                }
            }
        }

        Assert.That(returned.Count(t => t.MaxAdverseExcursionPercent is not null), Is.EqualTo(1_150), "every other trade was marked");
        Assert.That(returned.Count(t => t.PlannedStop is not null), Is.EqualTo(460));
        Assert.That(decimal.GetBits(deferred.Equity), Is.EqualTo(decimal.GetBits(eager.Equity)));
        Assert.That(decimal.GetBits(deferred.Cash), Is.EqualTo(decimal.GetBits(eager.Cash)));
        Assert.That(deferred.MaxDrawdown, Is.EqualTo(eager.MaxDrawdown));
    }

    [Test]
    public void RecordExit_DeferredMode_ReturnsNoTradeAndListsTheSameInstanceOnEveryRead()
    {
        var sut = new Ledger(10_000m, deferClosedTrades: true);

        sut.RecordEntry("AAPL", TradeSide.Long, 100m, 10m, 1m, T0);
        var exit = sut.RecordExit("AAPL", 120m, 10m, 1m, T0.AddHours(2), "take-profit");
        var first = sut.ClosedTrades[0];
        sut.RecordEntry("AAPL", TradeSide.Short, 120m, 5m, 0m, T0.AddHours(3));
        sut.RecordExit("AAPL", 110m, 5m, 0m, T0.AddHours(4));

        // The same numbers as the eager round trip above: 10 × (120 − 100) = 200 gross, 198 net; then a short 5 × 10.
        Assert.That(exit.ClosedTrade, Is.Null, "deferred: the trade is built when read");
        Assert.That(exit.RealizedPnl, Is.EqualTo(200m));
        Assert.That(first.GrossPnl, Is.EqualTo(200m));
        Assert.That(first.NetPnl, Is.EqualTo(198m));
        Assert.That(first.ExitReason, Is.EqualTo("take-profit"));
        Assert.That(sut.ClosedTrades, Has.Count.EqualTo(2));
        Assert.That(sut.ClosedTrades[0], Is.SameAs(first), "a trade built by an earlier read is kept");
        Assert.That(sut.ClosedTrades[1], Is.SameAs(sut.ClosedTrades.Last()));
        Assert.That(sut.ClosedTrades[1].GrossPnl, Is.EqualTo(50m));
        Assert.That(sut.ClosedTrades[1].Side, Is.EqualTo(TradeSide.Short));
        Assert.That(() => sut.ClosedTrades[2], Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    /// <summary>Books round trip <paramref name="i"/>; returns the trade its closing fill returned.</summary>
    private static ClosedTrade? Book(Ledger sut, int i)
    {
        // Every other round trip in New York time (UTC−5 in January): a trade keeps the offset its times were given in.
        var t = i % 2 == 0 ? T0.AddMinutes(10 * i) : T0.AddMinutes(10 * i).ToOffset(TimeSpan.FromHours(-5));
        var side = i % 3 == 0 ? TradeSide.Short : TradeSide.Long;
        var price = 100m + (i % 37 * 0.25m);
        var fee = i % 2 == 0 ? 0m : 0.35m;
        var stop = i % 5 == 0 ? price - 2m : (decimal?)null;
        sut.RecordEntry("X", side, price, 10m, fee, t, stop, regime: i % 4 == 0 ? "trending" : null, tag: "t" + (i % 3));
        if (i % 4 == 1)
        {
            sut.RecordEntry("X", side, price + 0.1m, 3m, fee, t.AddMinutes(1));
        }

        if (i % 2 == 1)
        {
            sut.MarkPrice("X", price + 1.5m);
            sut.ObserveExcursion("X", (double)price + 2.5, (double)price - 1.25);
        }

        if (i % 3 == 1)
        {
            sut.RecordExit("X", price + 0.7m, 4m, fee, t.AddMinutes(2), "partial");
        }

        var open = sut.GetSignedQuantity("X");
        return sut.RecordExit("X", price + (i % 7 * 0.13m) - 0.4m, Math.Abs(open), fee, t.AddMinutes(3), i % 2 == 0 ? "signal" : null).ClosedTrade;
    }
    [Test]
    public void Symbols_EqualStringsFromDifferentInstances_AreOnePosition()
    {
        // The ledger keeps a small cache keyed by the symbol string's reference; an equal string built elsewhere must
        // still find (and close) the same position.
        var sut = CreateSut();
        var first = new string("ABC".AsSpan());
        var second = new string("ABC".AsSpan());
        Assert.That(ReferenceEquals(first, second), Is.False);

        sut.RecordEntry(first, TradeSide.Long, 10m, 5m, 0m, T0);
        sut.RecordEntry(second, TradeSide.Long, 12m, 5m, 0m, T0);
        var exit = sut.RecordExit(first, 13m, 10m, 0m, T0.AddMinutes(1));

        // Average cost (10 × 5 + 12 × 5) / 10 = 11; realized (13 − 11) × 10 = 20.
        Assert.That(exit.RealizedPnl, Is.EqualTo(20m));
        Assert.That(sut.GetSignedQuantity(second), Is.Zero);
        Assert.That(sut.TryGetPosition(second, out _), Is.False);
        Assert.That(sut.OpenPositionCount, Is.Zero);
        Assert.Throws<ArgumentException>(() => sut.RecordExit(second, 13m, 1m, 0m, T0.AddMinutes(2)));
    }

    [Test]
    public void Symbols_MoreThanTheCacheHolds_InTwoInstancesEach_MatchADictionaryOfExpectedQuantities()
    {
        // Reference: a plain dictionary of expected signed quantities. Seven symbols (more than the four cached), each
        // passed as two different string instances, opened, added to, partly and fully closed in a shuffled order.
        var sut = CreateSut();
        var random = new Random(5);
        var names = new[] { "A", "B", "C", "D", "E", "F", "G" };
        var expected = names.ToDictionary(n => n, _ => 0m);
        var instances = names.Select(n => new[] { new string(n.AsSpan()), new string(n.AsSpan()) }).ToArray();
        for (var step = 0; step < 2_000; step++)
        {
            var name = instances[random.Next(names.Length)][random.Next(2)];
            var open = expected[name];
            if (open == 0m || random.Next(3) == 0)
            {
                sut.RecordEntry(name, TradeSide.Long, 10m, 2m, 0m, T0);
                expected[name] = open + 2m;
            }
            else
            {
                var quantity = random.Next(2) == 0 ? open : 1m;
                sut.RecordExit(name, 11m, quantity, 0m, T0);
                expected[name] = open - quantity;
            }

            var other = instances[random.Next(names.Length)][random.Next(2)];
            Assert.That(sut.GetSignedQuantity(other), Is.EqualTo(expected[other]), $"step {step}, {other}");
        }

        Assert.That(sut.OpenPositionCount, Is.EqualTo(expected.Count(e => e.Value != 0m)));
        foreach (var (name, quantity) in expected)
        {
            Assert.That(sut.GetSignedQuantity(name), Is.EqualTo(quantity), name);
        }
    }

    [Test]
    public void Symbols_AlternatingBetweenTwo_KeepEachPositionApart()
    {
        var sut = CreateSut();
        sut.RecordEntry("A", TradeSide.Long, 10m, 1m, 0m, T0);
        sut.RecordEntry("B", TradeSide.Short, 20m, 2m, 0m, T0);
        sut.MarkPrice("A", 11m);
        sut.MarkPrice("B", 19m);
        sut.RecordExit("A", 12m, 1m, 0m, T0.AddMinutes(1));

        // A: +2 realized; B: short 2 at 20 marked at 19 = +2 unrealized.
        Assert.That(sut.RealizedPnl, Is.EqualTo(2m));
        Assert.That(sut.UnrealizedPnl, Is.EqualTo(2m));
        Assert.That(sut.GetSignedQuantity("A"), Is.Zero);
        Assert.That(sut.GetSignedQuantity("B"), Is.EqualTo(-2m));
        Assert.That(sut.Equity, Is.EqualTo(10_004m));
    }

    [Test]
    public void RecordEntry_WhiteSpaceSymbolLookedUpFirst_IsStillRejected()
    {
        // Read-only look-ups do not fill the validated-symbol cache: a symbol only looked up is validated when it is booked.
        var sut = CreateSut();
        const string blank = "   ";
        Assert.That(sut.TryGetPosition(blank, out _), Is.False);
        Assert.That(sut.GetSignedQuantity(blank), Is.Zero);

        Assert.Throws<ArgumentException>(() => sut.RecordEntry(blank, TradeSide.Long, 10m, 1m, 0m, T0));
        Assert.That(sut.OpenPositionCount, Is.Zero);
    }

    [Test]
    public void RecordEntry_NewPositionWithFee_LowersEquityAndCountsTowardsDrawdown()
    {
        // The peak update is skipped only for a plain zero fee (equity unchanged); a fee of 10 on 10,000 is a 0.1 % drawdown.
        var sut = CreateSut();
        sut.RecordEntry("A", TradeSide.Long, 100m, 10m, 10m, T0);

        Assert.That(sut.Equity, Is.EqualTo(9_990m));
        Assert.That(sut.PeakEquity, Is.EqualTo(10_000m));
        Assert.That(sut.MaxDrawdown, Is.EqualTo(0.001).Within(1e-15));
    }
    [Test]
    public void BalanceAndEquity_AfterEveryKindOfChange_AreTheFormulasToTheBit()
    {
        // The ledger keeps balance and equity as its last update computed them; after any sequence of entries, adds,
        // partial and full exits, marks, fees and zero fees (and after a restore) they must be exactly
        // initial + realized − fees and that + unrealized, scale included.
        var random = new Random(20261124);
        var sut = new Ledger(50_000m);
        string[] symbols = ["A", "B", "C"];
        for (var i = 0; i < 3_000; i++)
        {
            var symbol = symbols[random.Next(symbols.Length)];
            var price = Math.Round(10m + (decimal)random.NextDouble() * 90m, random.Next(0, 6));
            var fee = random.Next(3) == 0 ? 0m : Math.Round((decimal)random.NextDouble(), 2);
            var open = sut.GetSignedQuantity(symbol);
            switch (random.Next(4))
            {
                case 0 when open == 0m:
                    sut.RecordEntry(symbol, random.Next(2) == 0 ? TradeSide.Long : TradeSide.Short, price, random.Next(1, 20), fee, T0);
                    break;
                case 1 when open != 0m:
                    sut.RecordEntry(symbol, open > 0m ? TradeSide.Long : TradeSide.Short, price, random.Next(1, 5), fee, T0);
                    break;
                case 2 when open != 0m:
                    sut.RecordExit(symbol, price, Math.Min(Math.Abs(open), random.Next(1, 10)), fee, T0);
                    break;
                default:
                    sut.MarkPrice(symbol, price);
                    break;
            }

            AssertTotalsAreTheFormulas(sut, i);
        }

        var restored = Ledger.Restore(sut.Export(), sut.ClosedTrades);
        AssertTotalsAreTheFormulas(restored, -1);
        Assert.That(decimal.GetBits(restored.Equity), Is.EqualTo(decimal.GetBits(sut.Equity)));
    }

    private static void AssertTotalsAreTheFormulas(Ledger l, int step)
    {
        var balance = l.InitialCash + l.RealizedPnl - l.TotalFees;
        Assert.That(decimal.GetBits(l.Balance), Is.EqualTo(decimal.GetBits(balance)), $"balance after step {step}");
        Assert.That(decimal.GetBits(l.Equity), Is.EqualTo(decimal.GetBits(balance + l.UnrealizedPnl)), $"equity after step {step}");
    }
}
