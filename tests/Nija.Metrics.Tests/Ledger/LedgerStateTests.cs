namespace Nija.Metrics.Tests;

/// <summary><see cref="Ledger.Export"/> and <see cref="Ledger.Restore"/> (the <see cref="LedgerState"/> round trip).</summary>
[TestFixture]
public sealed class LedgerStateTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    [Test]
    public void ExportThenRestore_ContinuesExactlyLikeTheOriginal()
    {
        // Arrange: a long with two entries, a partial exit and a mark; a short; one closed round trip.
        var original = CreateSut();
        var restored = Ledger.Restore(original.Export(), original.ClosedTrades);

        // Act: the same later fills on both.
        var results = new[] { original, restored }.Select(l =>
        {
            l.MarkPrice("AAPL", 111m);
            var exit = l.RecordExit("AAPL", 109m, 15m, 1.5m, T0.AddHours(3), "tp");
            var entry = l.RecordEntry("ETH", TradeSide.Long, 2_000m, 0.5m, 0.2m, T0.AddHours(3));
            return (exit, entry, l.Balance, l.Equity, l.Cash, l.PeakEquity, l.MaxDrawdown, Trades: l.ClosedTrades.ToList(), Open: l.OpenPositions);
        }).ToList();

        // Assert
        Assert.That(results[1].exit, Is.EqualTo(results[0].exit));
        Assert.That(results[1].entry, Is.EqualTo(results[0].entry));
        Assert.That(results[1].Balance, Is.EqualTo(results[0].Balance));
        Assert.That(results[1].Equity, Is.EqualTo(results[0].Equity));
        Assert.That(results[1].Cash, Is.EqualTo(results[0].Cash));
        Assert.That(results[1].PeakEquity, Is.EqualTo(results[0].PeakEquity));
        Assert.That(results[1].MaxDrawdown, Is.EqualTo(results[0].MaxDrawdown));
        Assert.That(results[1].Trades, Is.EqualTo(results[0].Trades));
        Assert.That(results[1].Open, Is.EqualTo(results[0].Open));
        // By hand: volume-weighted entry (10 × 100 + 10 × 104) / 20 = 102, highest price seen 114 (the mark before export).
        Assert.That(results[1].exit.ClosedTrade!.MaxFavorableExcursionPercent, Is.EqualTo(((114d / 102d) - 1d) * 100d).Within(1e-9));
    }

    [Test]
    public void Export_AfterFills_HoldsBalancesAndPositions()
    {
        var sut = CreateSut();

        var state = sut.Export();

        // By hand: AAPL long 10 @ 100 + 10 @ 104 (avg 102), 5 sold @ 110 → realized 40; TSLA short 2 @ 250 open;
        // MSFT 1 @ 50 bought and sold @ 55 → realized 5; fees 1 + 1 + 0.5 + 0.4 + 0.1 + 0.1 = 3.1.
        Assert.That(state.InitialCash, Is.EqualTo(10_000m));
        Assert.That(state.RealizedPnl, Is.EqualTo(45m));
        Assert.That(state.TotalFees, Is.EqualTo(3.1m));
        Assert.That(state.NextPositionId, Is.EqualTo(4));
        Assert.That(state.OpenPositions.Select(p => (p.PositionId, p.Symbol, p.Quantity, p.AverageEntryPrice)), Is.EqualTo(new[] { (1L, "AAPL", 15m, 102m), (2L, "TSLA", 2m, 250m) }));
        Assert.That(state.OpenPositions[0].LastPrice, Is.EqualTo(114m), "the mark");
        Assert.That(state.OpenPositions[0].HasMarks, Is.True);
        Assert.That(state.UnrealizedPnl, Is.EqualTo(((114m - 102m) * 15m) + ((250m - 240m) * 2m)));
    }

    [Test]
    public void Restore_DuplicateSymbol_Throws()
    {
        var state = CreateSut().Export();
        var broken = state with { OpenPositions = [state.OpenPositions[0], state.OpenPositions[0] with { PositionId = 3 }] };

        var ex = Assert.Throws<ArgumentException>(() => Ledger.Restore(broken, []));

        Assert.That(ex!.Message, Does.Contain("unique symbol"));
    }

    [TestCase(0, 4, 1)]
    [TestCase(10_000, 0, 1)]
    [TestCase(10_000, 4, 0)]
    public void Restore_OutOfRange_Throws(int initialCash, long nextPositionId, int quantity)
    {
        var state = CreateSut().Export();
        var broken = state with
        {
            InitialCash = initialCash,
            NextPositionId = nextPositionId,
            OpenPositions = [state.OpenPositions[0] with { Quantity = quantity }],
        };

        Assert.Throws<ArgumentException>(() => Ledger.Restore(broken, []));
    }

    private static Ledger CreateSut()
    {
        var ledger = new Ledger(10_000m);
        ledger.RecordEntry("AAPL", TradeSide.Long, 100m, 10m, 1m, T0);
        ledger.RecordEntry("AAPL", TradeSide.Long, 104m, 10m, 1m, T0.AddMinutes(1));
        ledger.RecordExit("AAPL", 110m, 5m, 0.5m, T0.AddMinutes(2));
        ledger.RecordEntry("TSLA", TradeSide.Short, 250m, 2m, 0.4m, T0.AddMinutes(3));
        ledger.MarkPrice("TSLA", 240m);
        ledger.RecordEntry("MSFT", TradeSide.Long, 50m, 1m, 0.1m, T0.AddMinutes(4));
        ledger.RecordExit("MSFT", 55m, 1m, 0.1m, T0.AddMinutes(5));
        ledger.MarkPrice("AAPL", 114m);
        return ledger;
    }
}
