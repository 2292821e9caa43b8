namespace Nija.Metrics.Tests;

/// <summary>A ledger created without drawdown tracking (what the backtest engine uses) keeps every other figure to the bit.</summary>
[TestFixture]
public sealed class LedgerWithoutDrawdownTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 14, 30, 0, TimeSpan.Zero);

    [Test]
    public void RandomFillsAndMarks_EveryFigureHasTheSameBitsAsWithTracking()
    {
        var random = new Random(8);
        var tracked = new Ledger(10_000m, deferClosedTrades: true);
        var untracked = new Ledger(10_000m, deferClosedTrades: true, trackDrawdown: false);
        string[] symbols = ["A", "B", "C"];
        for (var i = 0; i < 20_000; i++)
        {
            var symbol = symbols[random.Next(symbols.Length)];
            var price = Math.Round(50m + ((decimal)random.NextDouble() * 100m), random.Next(0, 6));
            var fee = random.Next(3) == 0 ? 0m : Math.Round((decimal)random.NextDouble(), 2);
            var time = T0.AddMinutes(i);
            var open = tracked.GetSignedQuantity(symbol);
            switch (random.Next(4))
            {
                case 0 when open != 0m:
                    var quantity = random.Next(2) == 0 ? Math.Abs(open) : Math.Round(Math.Abs(open) * (decimal)random.NextDouble(), 3);
                    if (quantity > 0m)
                    {
                        tracked.RecordExit(symbol, price, quantity, fee, time, "x");
                        untracked.RecordExit(symbol, price, quantity, fee, time, "x");
                    }

                    break;
                case 1:
                    tracked.MarkPrice(symbol, price);
                    untracked.MarkPrice(symbol, price);
                    break;
                default:
                    var side = open < 0m || (open == 0m && random.Next(2) == 0) ? TradeSide.Short : TradeSide.Long;
                    var size = Math.Round(1m + ((decimal)random.NextDouble() * 9m), random.Next(0, 4));
                    tracked.RecordEntry(symbol, side, price, size, fee, time);
                    untracked.RecordEntry(symbol, side, price, size, fee, time);
                    break;
            }

            if (i % 97 == 0)
            {
                AssertSameBits(tracked, untracked, i);
            }
        }

        AssertSameBits(tracked, untracked, -1);
        Assert.That(untracked.ClosedTrades, Is.EqualTo(tracked.ClosedTrades));
        Assert.That(untracked.OpenPositions, Is.EqualTo(tracked.OpenPositions));
        Assert.That(tracked.ClosedTrades, Has.Count.GreaterThan(1_000), "the walk closes many round trips");
    }

    [Test]
    public void DrawdownFigures_Throw_SayingWhy()
    {
        var sut = new Ledger(10_000m, deferClosedTrades: false, trackDrawdown: false);
        sut.RecordEntry("A", TradeSide.Long, 100m, 10m, 0m, T0);
        sut.MarkPrice("A", 90m);

        Assert.That(sut.Equity, Is.EqualTo(9_900m));
        Assert.That(() => sut.PeakEquity, Throws.InvalidOperationException.With.Message.Contains("without drawdown tracking"));
        Assert.That(() => sut.MaxDrawdown, Throws.InvalidOperationException);
        Assert.That(() => sut.Drawdown, Throws.InvalidOperationException);
        Assert.That(() => sut.DrawdownAmount, Throws.InvalidOperationException);
        Assert.That(() => sut.Export(), Throws.InvalidOperationException);
    }

    private static void AssertSameBits(Ledger expected, Ledger actual, int step)
    {
        foreach (var (name, a, b) in new[]
        {
            ("cash", expected.Cash, actual.Cash),
            ("balance", expected.Balance, actual.Balance),
            ("equity", expected.Equity, actual.Equity),
            ("realized", expected.RealizedPnl, actual.RealizedPnl),
            ("unrealized", expected.UnrealizedPnl, actual.UnrealizedPnl),
            ("fees", expected.TotalFees, actual.TotalFees),
        })
        {
            Assert.That(decimal.GetBits(b), Is.EqualTo(decimal.GetBits(a)), $"{name} at step {step}: {a} vs {b}");
        }
    }
}
