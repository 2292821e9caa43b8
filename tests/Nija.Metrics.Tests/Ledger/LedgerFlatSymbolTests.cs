namespace Nija.Metrics.Tests;

/// <summary>
/// A symbol that goes flat keeps its state on the ledger's book for its next position (up to
/// <see cref="Ledger.MaxFlatEntries"/> flat symbols): none of that may show as a position, and the next position and the
/// closed round trips must be exactly what a fresh state would give.
/// </summary>
[TestFixture]
public sealed class LedgerFlatSymbolTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 14, 30, 0, TimeSpan.Zero);

    [Test]
    public void FlatSymbol_IsNoPosition_AndItsNextPositionStartsFresh()
    {
        var sut = new Ledger(10_000m);
        sut.RecordEntry("AAPL", TradeSide.Long, 100m, 10m, 1m, T0, plannedStop: 95m, regime: "trending", tag: "first");
        sut.MarkPrice("AAPL", 90m);
        sut.RecordExit("AAPL", 110m, 10m, 1m, T0.AddHours(1), "signal");

        // Flat: 10,000 − 1,000 − 1 + 1,100 − 1 = 10,098.
        Assert.That(sut.OpenPositionCount, Is.Zero);
        Assert.That(sut.OpenPositions, Is.Empty);
        Assert.That(sut.Export().OpenPositions, Is.Empty);
        Assert.That(sut.TryGetPosition("AAPL", out _), Is.False);
        Assert.That(sut.GetSignedQuantity("AAPL"), Is.EqualTo(0m));
        Assert.That(sut.MarkPrice("AAPL", 120m), Is.False);
        Assert.That(sut.ObserveExcursion("AAPL", 130d, 80d), Is.False);
        Assert.That(sut.Equity, Is.EqualTo(10_098m));
        Assert.That(() => sut.RecordExit("AAPL", 110m, 1m, 0m, T0.AddHours(2)), Throws.InstanceOf<ArgumentException>());
        Assert.That(sut.Cash, Is.EqualTo(10_098m), "the rejected exit changed nothing");

        // The next position: a short with none of the first one's stop, regime, tag, fees or extremes.
        var entry = sut.RecordEntry("AAPL", TradeSide.Short, 120m, 5m, 0m, T0.AddHours(3));
        Assert.That(entry.PositionId, Is.EqualTo(2));
        Assert.That(entry.IsNewPosition, Is.True);
        Assert.That(sut.OpenPositionCount, Is.EqualTo(1));
        Assert.That(sut.TryGetPosition("AAPL", out var open), Is.True);
        Assert.That(open, Is.EqualTo(new Position(2, "AAPL", TradeSide.Short, 5m, 120m, 120m, 0m, 0m, 0m, T0.AddHours(3), null)));
        Assert.That(sut.GetSignedQuantity("AAPL"), Is.EqualTo(-5m));

        sut.MarkPrice("AAPL", 125m);
        var exit = sut.RecordExit("AAPL", 100m, 5m, 0m, T0.AddHours(4), "reverse");

        // Short 5 from 120 to 100: +100; high 125 while open is the adverse side: MAE −4.1666…%, MFE (low 100) +16.666…%.
        var second = exit.ClosedTrade!;
        Assert.That(second.GrossPnl, Is.EqualTo(100m));
        Assert.That(second.Fees, Is.EqualTo(0m));
        Assert.That(second.PlannedStop, Is.Null);
        Assert.That(second.Regime, Is.Null);
        Assert.That(second.Tag, Is.Null);
        Assert.That(second.MaxAdverseExcursionPercent, Is.EqualTo(-(125d / 120d - 1d) * 100d).Within(1e-12));
        Assert.That(second.MaxFavorableExcursionPercent, Is.EqualTo((1d - 100d / 120d) * 100d).Within(1e-12));

        // The first round trip, read after its state was reused, is still its own.
        var first = sut.ClosedTrades[0];
        Assert.That((first.PositionId, first.Side, first.EntryPrice, first.ExitPrice, first.Quantity), Is.EqualTo((1L, TradeSide.Long, 100m, 110m, 10m)));
        Assert.That((first.GrossPnl, first.Fees, first.PlannedStop, first.Regime, first.Tag), Is.EqualTo((100m, 2m, (decimal?)95m, "trending", "first")));
        Assert.That(first.MaxAdverseExcursionPercent, Is.EqualTo(-10d).Within(1e-12));
        Assert.That(sut.Cash, Is.EqualTo(10_198m));
    }

    [Test]
    public void FlatSymbol_IsFoundThroughAnotherStringWithTheSameText()
    {
        var sut = new Ledger(10_000m);
        sut.RecordEntry("MSFT", TradeSide.Long, 10m, 1m, 0m, T0);
        sut.RecordExit("MSFT", 11m, 1m, 0m, T0);

        var sameText = string.Concat("MS", "FT");
        Assert.That(ReferenceEquals(sameText, "MSFT"), Is.False);
        sut.RecordEntry(sameText, TradeSide.Long, 12m, 2m, 0m, T0);

        Assert.That(sut.GetSignedQuantity("MSFT"), Is.EqualTo(2m));
        Assert.That(sut.RecordExit("MSFT", 13m, 2m, 0m, T0).RealizedPnl, Is.EqualTo(2m));
        Assert.That(sut.OpenPositionCount, Is.Zero);
    }

    [Test]
    public void ManySymbols_GoFlatAndReopen_TheBookKeepsAtMostTheCapOfFlatOnes()
    {
        const int symbols = Ledger.MaxFlatEntries + 36;
        var sut = new Ledger(10_000m);
        for (var i = 0; i < symbols; i++)
        {
            sut.RecordEntry($"S{i}", TradeSide.Long, 10m, 1m, 0m, T0);
            sut.RecordExit($"S{i}", 11m, 1m, 0m, T0);
        }

        Assert.That(sut.OpenPositionCount, Is.Zero);
        Assert.That(sut.BookedSymbolCount, Is.EqualTo(Ledger.MaxFlatEntries), "flat states past the cap leave the book");

        for (var i = 0; i < symbols; i++)
        {
            var entry = sut.RecordEntry($"S{i}", TradeSide.Short, 10m, 2m, 0m, T0);
            Assert.That(entry.PositionId, Is.EqualTo(symbols + i + 1));
        }

        Assert.That(sut.OpenPositionCount, Is.EqualTo(symbols));
        Assert.That(sut.BookedSymbolCount, Is.EqualTo(symbols));
        Assert.That(sut.OpenPositions.Select(p => p.PositionId), Is.EqualTo(Enumerable.Range(symbols + 1, symbols).Select(i => (long)i)));
        var restored = Ledger.Restore(sut.Export(), sut.ClosedTrades);
        Assert.That(restored.OpenPositions, Is.EqualTo(sut.OpenPositions));

        for (var i = 0; i < symbols; i++)
        {
            sut.RecordExit($"S{i}", 9m, 2m, 0m, T0);
        }

        // 100 × (11 − 10) on the longs, 100 × 2 × (10 − 9) on the shorts.
        Assert.That(sut.RealizedPnl, Is.EqualTo(300m));
        Assert.That(sut.Cash, Is.EqualTo(10_300m));
        Assert.That(sut.ClosedTrades, Has.Count.EqualTo(2 * symbols));
        Assert.That(sut.OpenPositionCount, Is.Zero);
        Assert.That(sut.BookedSymbolCount, Is.EqualTo(Ledger.MaxFlatEntries));
    }
}
