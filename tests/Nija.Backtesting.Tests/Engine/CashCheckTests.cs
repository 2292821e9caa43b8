using Nija.Backtesting.Engine;
using Nija.Backtesting.Execution;
using Nija.Backtesting.Research;
using Nija.Backtesting.Strategies;
using Nija.Backtesting.Testing;

namespace Nija.Backtesting.Tests.Engine;

/// <summary>
/// An entry with an explicit quantity must be paid for from the cash available (the measure all-in sizing uses), unless
/// <see cref="BacktestOptions.AllowLeverage"/> lets the run borrow. Every number below is worked out by hand.
/// </summary>
[TestFixture]
public sealed class CashCheckTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    private static Bar[] Flat100() => BarSeriesBuilder.StartingAt(Start).Closes(100, 100, 100, 100).Build();

    private static BacktestResult Run(Scripted strategy, Action<BacktestOptions>? configure = null)
    {
        var options = new BacktestOptions { Symbol = "TEST" };
        configure?.Invoke(options);
        return new UnifiedBacktestEngine().Run(strategy, Flat100(), options);
    }

    [Test]
    public void Long_ExactlyTheCash_Fills_OneUnitMore_IsRejectedWithTheNumbers()
    {
        // 10,000 cash at 100: 100 units cost 10,000 (allowed: cost ≤ cash); 101 cost 10,100.
        var exact = Run(new Scripted().On(0, c => c.Buy(100m)));
        var over = Run(new Scripted().On(0, c => c.Buy(101m)));

        Assert.That(exact.Fills.Select(f => f.Quantity), Is.EqualTo(new[] { 100m, 100m }), "the entry, and its close at the end");
        Assert.That(exact.RejectedOrders, Is.Empty);
        Assert.That(over.Fills, Is.Empty);
        Assert.That(
            over.RejectedOrders.Single().Reason,
            Is.EqualTo("insufficient cash: 101 × 100 + commission 0 = 10100, but 10000 is available (set AllowLeverage to borrow)"));
        Assert.That(over.FinalCash, Is.EqualTo(10_000m));
    }

    [Test]
    public void Long_TheCommissionCounts()
    {
        // A fixed commission of 1: 100 units cost 10,001 > 10,000; 99 cost 9,901.
        var over = Run(new Scripted().On(0, c => c.Buy(100m)), o => o.Commission = CommissionModels.FixedPerFill(1m));
        var under = Run(new Scripted().On(0, c => c.Buy(99m)), o => o.Commission = CommissionModels.FixedPerFill(1m));

        Assert.That(over.RejectedOrders.Single().Reason, Does.StartWith("insufficient cash: 100 × 100 + commission 1 = 10001, but 10000 is available"));
        Assert.That(under.Fills[0].Quantity, Is.EqualTo(99m));
        Assert.That(under.FinalCash, Is.EqualTo(10_000m - 2m), "in and out at 100, two fees of 1");
    }

    [Test]
    public void Short_UsesTheCashNotTiedUpByTheOpenShort()
    {
        // Short 100 at 100 raises 10,000 (cash 20,000) and ties up 20,000 of it (twice its value at 100), so nothing is
        // available for one more unit: 20,000 − 100 × 100 − 100 × 100 = 0 < 100.
        var result = Run(new Scripted().On(0, c => c.Sell(100m)).On(1, c => c.Sell(1m)));

        Assert.That(result.Fills.Select(f => f.Quantity), Is.EqualTo(new[] { 100m, 100m }), "the short, and its close at the end");
        Assert.That(result.RejectedOrders.Single().Reason, Does.StartWith("insufficient cash: 1 × 100 + commission 0 = 100, but 0 is available"));
    }

    [Test]
    public void AddingToALong_SpendsWhatIsLeft_AndExitsAreNeverChecked()
    {
        // 60 at 100 leaves 4,000: 40 more fit exactly, then 1 more does not. Closing part of the position needs no cash.
        var result = Run(new Scripted()
            .On(0, c => c.Buy(60m))
            .On(1, c => c.Buy(40m))
            .On(2, c =>
            {
                c.Buy(1m);
                c.ClosePosition(quantity: 30m);
            }));

        Assert.That(result.Fills.Select(f => (f.Intent, f.Quantity)), Is.EqualTo(new[]
        {
            (Orders.OrderIntent.Entry, 60m), (Orders.OrderIntent.Entry, 40m), (Orders.OrderIntent.Exit, 30m), (Orders.OrderIntent.Exit, 70m),
        }));
        Assert.That(result.RejectedOrders.Single().Reason, Does.StartWith("insufficient cash: 1 × 100 + commission 0 = 100, but 0 is available"));
    }

    [Test]
    public void AllowLeverage_FillsAnyQuantity_AndCashGoesNegative()
    {
        // 150 units at 100 cost 15,000 of 10,000: cash −5,000 while open; flat at 100 the equity is back to 10,000.
        var result = Run(new Scripted().On(0, c => c.Buy(150m)), o => o.AllowLeverage = true);

        Assert.That(result.Fills[0].Quantity, Is.EqualTo(150m));
        Assert.That(result.RejectedOrders, Is.Empty);
        Assert.That(result.FinalEquity, Is.EqualTo(10_000m));
        Assert.That(result.Settings.AllowLeverage, Is.True);
    }

    [Test]
    public void Portfolio_ChecksTheFreeCash_LikeTheSingleSymbolEngine()
    {
        // Two symbols on 10,000: A buys 60 at 100 (6,000); B then asks for 41 at 100 (4,100) with 4,000 left: rejected.
        var bars = new Dictionary<string, ReadOnlyMemory<Bar>> { ["A"] = Flat100(), ["B"] = Flat100() };
        var result = new PortfolioBacktestEngine().Run(
            bars,
            symbol => symbol == "A" ? new Scripted().On(0, c => c.Buy(60m)) : new Scripted().On(1, c => c.Buy(41m)));

        Assert.That(result.Symbols.Single(s => s.Symbol == "B").RejectedOrders.Single().Reason, Does.StartWith("insufficient cash: 41 × 100 + commission 0 = 4100, but 4000 is available"));
        Assert.That(result.Trades.Select(t => (t.Symbol, t.Quantity)), Is.EqualTo(new[] { ("A", 60m) }));

        var leveraged = new PortfolioBacktestEngine().Run(
            bars,
            symbol => symbol == "A" ? new Scripted().On(0, c => c.Buy(60m)) : new Scripted().On(1, c => c.Buy(41m)),
            new PortfolioBacktestOptions { AllowLeverage = true });
        Assert.That(leveraged.Trades, Has.Count.EqualTo(2));
    }
}
