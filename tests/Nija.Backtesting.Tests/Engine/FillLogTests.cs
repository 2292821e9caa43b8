using Nija.Backtesting.Engine;
using Nija.Backtesting.Orders;
using Nija.Backtesting.Testing;

namespace Nija.Backtesting.Tests.Engine;

[TestFixture]
public sealed class FillLogTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    private static Bar[] Bars(int count) => BarSeriesBuilder.StartingAt(Start, TimeSpan.FromMinutes(1)).Flat(100, count).Build();

    private static FillLog CreateSut(Bar[] bars, int fills)
    {
        var log = new FillLog(bars);
        for (var i = 0; i < fills; i++)
        {
            // Fill i: on bar i, order i + 1, quantity i + 1, price 100 + i, fee i / 100, reason "r{i}"; odd fills are exits.
            log.Add(i, i + 1, i % 2 == 0 ? OrderSide.Buy : OrderSide.Sell, i % 2 == 0 ? OrderIntent.Entry : OrderIntent.Exit, i + 1, 100d + i, i / 100m, "r" + i);
        }

        return log;
    }

    [Test]
    public void Indexer_AcrossStorageChunks_ReturnsEachFillWithItsBarsTimestamp()
    {
        // 5,000 fills span five 1,024-fill chunks (the first grown from 16).
        var bars = Bars(5_000);

        var log = CreateSut(bars, 5_000);

        Assert.That(log, Has.Count.EqualTo(5_000));
        Assert.That(log[0], Is.EqualTo(new FillRecord(0, Start, 1, OrderSide.Buy, OrderIntent.Entry, 1m, 100m, 0m, "r0")));
        Assert.That(log[16], Is.EqualTo(new FillRecord(16, Start.AddMinutes(16), 17, OrderSide.Buy, OrderIntent.Entry, 17m, 116m, 0.16m, "r16")));
        Assert.That(log[2_047], Is.EqualTo(new FillRecord(2_047, Start.AddMinutes(2_047), 2_048, OrderSide.Sell, OrderIntent.Exit, 2_048m, 2_147m, 20.47m, "r2047")));
        Assert.That(log[2_048], Is.EqualTo(new FillRecord(2_048, Start.AddMinutes(2_048), 2_049, OrderSide.Buy, OrderIntent.Entry, 2_049m, 2_148m, 20.48m, "r2048")));
        Assert.That(log[4_999], Is.EqualTo(new FillRecord(4_999, Start.AddMinutes(4_999), 5_000, OrderSide.Sell, OrderIntent.Exit, 5_000m, 5_099m, 49.99m, "r4999")));
    }

    [Test]
    public void Enumeration_YieldsTheFillsInTheOrderTheyWereAdded()
    {
        var log = CreateSut(Bars(1_500), 1_500);

        var orderIds = log.Select(f => f.OrderId).ToArray();

        Assert.That(orderIds, Is.EqualTo(Enumerable.Range(1, 1_500).Select(i => (long)i).ToArray()));
    }

    [Test]
    public void Indexer_ReadTwice_ReturnsTheSameRecord()
    {
        var log = CreateSut(Bars(3), 3);
        var first = log[2];

        var second = log[2];

        Assert.That(second, Is.SameAs(first));
    }

    [Test]
    public void Add_AfterARead_TheNewFillIsVisible()
    {
        var bars = Bars(3);
        var log = CreateSut(bars, 2);
        _ = log[1];

        log.Add(2, 9, OrderSide.Sell, OrderIntent.Exit, 1m, 99d, 0m, "late");

        Assert.That(log, Has.Count.EqualTo(3));
        Assert.That(log[2].Reason, Is.EqualTo("late"));
        Assert.That(log.Last().OrderId, Is.EqualTo(9));
    }

    [Test]
    public void Indexer_OutOfRange_Throws()
    {
        var log = CreateSut(Bars(2), 2);

        Assert.That(() => log[2], Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => log[-1], Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void Reasons_SharedAndNull_AreKeptPerFill()
    {
        var log = new FillLog(Bars(4));
        const string signal = "signal";
        var built = new string("signal".AsSpan());
        log.Add(0, 1, OrderSide.Buy, OrderIntent.Entry, 1m, 100d, 0m, null);
        log.Add(1, 2, OrderSide.Sell, OrderIntent.Exit, 1m, 101d, 0m, signal);
        log.Add(2, 3, OrderSide.Buy, OrderIntent.Entry, 1m, 102d, 0m, built);
        log.Add(3, 4, OrderSide.Sell, OrderIntent.Exit, 1m, 103d, 0m, signal);

        Assert.That(log.Select(f => f.Reason), Is.EqualTo(new[] { null, "signal", "signal", "signal" }));
        Assert.That(log[1].Reason, Is.SameAs(signal));
        Assert.That(log[2].Reason, Is.SameAs(built));
    }

    [Test]
    public void Add_EverySideAndIntent_AndAPriceSourceWithAllItsDigits_ReadBackExactly()
    {
        // The price is kept as the double it was converted from: reading it converts again, which must give the same
        // decimal, scale included, as converting at booking time. Buy exits and sell entries (shorts) check the packed bits.
        var log = new FillLog(Bars(4));
        const double source = 101.23456789012345;
        log.Add(0, 1, OrderSide.Sell, OrderIntent.Entry, 2m, source, 0.5m, null);
        log.Add(1, 2, OrderSide.Buy, OrderIntent.Exit, 2m, 1e-16, 0m, "stop-loss");
        log.Add(2, 3, OrderSide.Buy, OrderIntent.Entry, 3m, 99.5, 0m, "tag");
        log.Add(3, 4, OrderSide.Sell, OrderIntent.Exit, 3m, 100.25, 0m, null);

        Assert.That(decimal.GetBits(log[0].Price), Is.EqualTo(decimal.GetBits((decimal)source)));
        Assert.That(log[0].Price.ToString(System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo("101.234567890123"));
        Assert.That(log[1].Price, Is.EqualTo(0.0000000000000001m));
        Assert.That(log.Select(f => (f.Side, f.Intent)), Is.EqualTo(new[]
        {
            (OrderSide.Sell, OrderIntent.Entry),
            (OrderSide.Buy, OrderIntent.Exit),
            (OrderSide.Buy, OrderIntent.Entry),
            (OrderSide.Sell, OrderIntent.Exit),
        }));
        Assert.That(log.Select(f => f.Reason), Is.EqualTo(new[] { null, "stop-loss", "tag", null }));
        Assert.That(log[0].Fee, Is.EqualTo(0.5m));
    }

    [Test]
    public void Add_OrderIdsInAnyOrderAndZero_ReadBackExactly()
    {
        // Ids one above the last non-zero id are flagged, the others kept aside: every kind, in every order.
        long[] ids = [0, 1, 2, 0, 3, 7, 8, 5, 0, 0, 6, long.MaxValue, 1];
        var log = new FillLog(Bars(ids.Length));
        for (var i = 0; i < ids.Length; i++)
        {
            log.Add(i, ids[i], OrderSide.Buy, OrderIntent.Entry, 1m, 100d, 0m, null);
        }

        Assert.That(log.Select(f => f.OrderId), Is.EqualTo(ids));
    }

    [Test]
    public void Add_FeesOfEveryKindOfZeroAndOthers_ReadBackBitForBit()
    {
        // Only a plain zero (all bits zero) is flagged instead of kept: 0.00 and a negative zero keep their scale and sign.
        decimal[] fees = [0m, 0.00m, new decimal(0, 0, 0, isNegative: true, scale: 0), 1.5m, 0m, 0.0000000000000000000000000001m, 79_228_162_514_264_337_593_543_950_335m];
        var log = new FillLog(Bars(fees.Length));
        for (var i = 0; i < fees.Length; i++)
        {
            log.Add(i, i + 1, OrderSide.Sell, OrderIntent.Exit, 1m, 100d, fees[i], "r");
        }

        Assert.That(log.Select(f => decimal.GetBits(f.Fee)), Is.EqualTo(fees.Select(decimal.GetBits)));
    }

    [Test]
    public void Add_ManyKeptIdsAndFees_AcrossSideChunks_ReadBackInOrder()
    {
        // 20,000 fills whose ids step by 2 and whose fees are not zero: every id and fee goes to the side lists (2,048 a chunk).
        const int count = 20_000;
        var log = new FillLog(Bars(count));
        for (var i = 0; i < count; i++)
        {
            log.Add(i, 2L * (i + 1), OrderSide.Buy, OrderIntent.Entry, i + 1, 100d, (i + 1) / 100m, null);
        }

        Assert.That(log.Select(f => f.OrderId), Is.EqualTo(Enumerable.Range(1, count).Select(i => 2L * i)));
        Assert.That(log.Select(f => f.Fee), Is.EqualTo(Enumerable.Range(1, count).Select(i => i / 100m)));
        Assert.That(log[count - 1].Quantity, Is.EqualTo((decimal)count));
    }

    [Test]
    public void FullChunk_StaysOnTheSmallObjectHeap()
    {
        // 85,000 bytes is the runtime's threshold: larger chunks take fresh memory on every run until a full collection.
        Assert.That(FillLog.ChunkBytes, Is.EqualTo(32 * 1_024).And.LessThan(85_000));
        Assert.That(GC.GetGeneration(new byte[FillLog.ChunkBytes]), Is.Zero, "allocated in generation 0");
    }
}
