namespace Nija.Metrics.Tests;

[TestFixture]
public sealed class ClosedTradeStoreTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 14, 30, 0, TimeSpan.Zero);

    [Test]
    public void FullChunk_StaysOnTheSmallObjectHeap()
    {
        // 85,000 bytes is the runtime's threshold: larger chunks take fresh memory on every run until a full collection.
        Assert.That(ClosedTradeStore.ChunkBytes, Is.EqualTo(128 * 256).And.LessThan(85_000));
        Assert.That(GC.GetGeneration(new byte[ClosedTradeStore.ChunkBytes]), Is.Zero, "allocated in generation 0");
    }

    [Test]
    public void AddBuiltTrade_ReadsBackEqualWithEveryOptionalFieldAsGiven()
    {
        // Trades restored from a saved state carry their excursions (the prices they came from are gone): each of the two
        // may be there or not, and a planned stop, regime, tag and exit reason may each be missing.
        var trades = new[]
        {
            Trade(1) with { MaxAdverseExcursionPercent = -1.25, MaxFavorableExcursionPercent = 3.5, PlannedStop = 95.50m, Regime = "trending", Tag = "a", ExitReason = "tp" },
            Trade(2) with { MaxAdverseExcursionPercent = -0.5 },
            Trade(3) with { MaxFavorableExcursionPercent = 0d },
            Trade(4) with { EntryTime = T0.ToOffset(TimeSpan.FromMinutes(-330)), ExitTime = T0.AddDays(2).ToOffset(TimeSpan.FromHours(9)), Side = TradeSide.Short },
        };
        var sut = new ClosedTradeStore();

        foreach (var trade in trades)
        {
            sut.Add(trade);
        }

        Assert.That(sut, Is.EqualTo(trades));
        Assert.That(sut[3].EntryTime.Offset, Is.EqualTo(TimeSpan.FromMinutes(-330)));
        Assert.That(decimal.GetBits(sut[0].PlannedStop!.Value), Is.EqualTo(decimal.GetBits(95.50m)), "the scale is kept");
        Assert.That(sut[1].MaxFavorableExcursionPercent, Is.Null);
        Assert.That(sut[2].MaxAdverseExcursionPercent, Is.Null);
        Assert.That(sut[2].MaxFavorableExcursionPercent, Is.Zero);
    }

    [Test]
    public void Read_TwiceByIndexAndByEnumeration_ReturnsTheSameInstance()
    {
        var sut = new ClosedTradeStore();
        for (var i = 1; i <= 1_100; i++)
        {
            sut.Add(Trade(i));
        }

        var byIndex = sut[1_050];
        var enumerated = sut.ToList();

        Assert.That(enumerated[1_050], Is.SameAs(byIndex));
        Assert.That(sut[7], Is.SameAs(enumerated[7]));
        Assert.That(enumerated.Select(t => t.PositionId), Is.EqualTo(Enumerable.Range(1, 1_100).Select(i => (long)i)));
    }

    [Test]
    public void Snapshot_KeepsItsLengthWhileTheStoreGrows()
    {
        var sut = new ClosedTradeStore();
        sut.Add(Trade(1));
        sut.Add(Trade(2));

        var snapshot = sut.Snapshot();
        sut.Add(Trade(3));

        Assert.That(snapshot, Has.Count.EqualTo(2));
        Assert.That(snapshot.Select(t => t.PositionId), Is.EqualTo(new[] { 1L, 2L }));
        Assert.That(snapshot[1], Is.SameAs(sut[1]));
        Assert.That(() => snapshot[2], Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(sut, Has.Count.EqualTo(3));
    }

    [Test]
    public void Snapshot_ReadOnAnotherThreadWhileOneThreadAppends_SeesEveryTradeWhole()
    {
        // One writer appends 5,000 trades (through the growing first chunk and nineteen more) while a reader keeps taking
        // snapshots and reading all of each: every trade read must be complete and in its place, whatever the interleaving.
        const int Total = 5_000;
        var sut = new ClosedTradeStore();
        var symbols = Enumerable.Range(0, 40).Select(i => "S" + i).ToArray();
        var done = 0;
        var reads = 0L;
        var reader = Task.Run(() =>
        {
            var last = 0;
            while (Volatile.Read(ref done) == 0 || last < Total)
            {
                var snapshot = sut.Snapshot();
                last = snapshot.Count;
                var i = 0;
                foreach (var t in snapshot)
                {
                    if (t.PositionId != i + 1 || t.Symbol != symbols[i % symbols.Length] || t.GrossPnl != i || t.ExitReason != "r" + (i % 3)
                        || t.Fees != FeeOf(i) || t.PlannedStop != StopOf(i))
                    {
                        throw new InvalidOperationException($"trade {i} read as {t}");
                    }

                    i++;
                }

                Interlocked.Add(ref reads, i);
                if (i != last)
                {
                    throw new InvalidOperationException($"a snapshot of {last} enumerated {i}");
                }
            }
        });

        var reasons = new[] { "r0", "r1", "r2" };
        for (var i = 0; i < Total; i++)
        {
            sut.Add(Trade(i + 1) with { Symbol = symbols[i % symbols.Length], GrossPnl = i, ExitReason = reasons[i % 3], Fees = FeeOf(i), PlannedStop = StopOf(i) });
        }

        Volatile.Write(ref done, 1);
        Assert.That(reader.Wait(TimeSpan.FromMinutes(2)), Is.True);
        Assert.That(Interlocked.Read(ref reads), Is.GreaterThanOrEqualTo(Total), "the last snapshot holds them all");

        // Fees and planned stops live in side arrays made when a chunk's first one arrives: from trade 1,500 on only.
        static decimal FeeOf(int i) => i >= 1_500 && i % 7 == 0 ? i / 100m : 0m;
        static decimal? StopOf(int i) => i >= 1_500 && i % 5 == 0 ? 90m + i : null;
    }

    [Test]
    public void Add_FeesOfEveryKindOfZeroAndPlannedStops_AcrossChunks_ReadBackBitForBit()
    {
        // A plain-zero fee and a missing stop are flags; any other fee (0.00, a negative zero) and any stop go to side
        // arrays of their chunk. 3,000 trades: the growing first chunk, chunks with neither, chunks with both.
        decimal[] fees = [0m, 0.00m, new decimal(0, 0, 0, isNegative: true, scale: 0), 1.5m, 0.0000000000000000000000000001m];
        var expected = new List<ClosedTrade>();
        var sut = new ClosedTradeStore();
        for (var i = 0; i < 3_000; i++)
        {
            var inSideChunks = i < 20 || i >= 2_048;
            var trade = Trade(i + 1) with
            {
                Fees = inSideChunks ? fees[i % fees.Length] : 0m,
                PlannedStop = inSideChunks && i % 3 == 0 ? 95.50m - (i / 1000m) : null,
            };
            expected.Add(trade);
            sut.Add(trade);
        }

        Assert.That(sut, Is.EqualTo(expected));
        Assert.That(sut.Select(t => decimal.GetBits(t.Fees)), Is.EqualTo(expected.Select(t => decimal.GetBits(t.Fees))));
        Assert.That(
            sut.Select(t => t.PlannedStop is { } p ? decimal.GetBits(p) : null),
            Is.EqualTo(expected.Select(t => t.PlannedStop is { } p ? decimal.GetBits(p) : null)));
    }

    private static ClosedTrade Trade(long id) => new()
    {
        PositionId = id,
        Symbol = "AAPL",
        Side = TradeSide.Long,
        EntryTime = T0,
        ExitTime = T0.AddHours(1),
        EntryPrice = 100.10m,
        ExitPrice = 101.200m,
        Quantity = 3m,
        Fees = 0.02m,
        GrossPnl = 3.30m,
    };
}
