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
            log.Add(i, i + 1, i % 2 == 0 ? OrderSide.Buy : OrderSide.Sell, i % 2 == 0 ? OrderIntent.Entry : OrderIntent.Exit, i + 1, 100m + i, i / 100m, "r" + i);
        }

        return log;
    }

    [Test]
    public void Indexer_AcrossStorageChunks_ReturnsEachFillWithItsBarsTimestamp()
    {
        // 2,500 fills span three 1,024-fill chunks.
        var bars = Bars(2_500);

        var log = CreateSut(bars, 2_500);

        Assert.That(log, Has.Count.EqualTo(2_500));
        Assert.That(log[0], Is.EqualTo(new FillRecord(0, Start, 1, OrderSide.Buy, OrderIntent.Entry, 1m, 100m, 0m, "r0")));
        Assert.That(log[1_024], Is.EqualTo(new FillRecord(1_024, Start.AddMinutes(1_024), 1_025, OrderSide.Buy, OrderIntent.Entry, 1_025m, 1_124m, 10.24m, "r1024")));
        Assert.That(log[2_499], Is.EqualTo(new FillRecord(2_499, Start.AddMinutes(2_499), 2_500, OrderSide.Sell, OrderIntent.Exit, 2_500m, 2_599m, 24.99m, "r2499")));
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

        log.Add(2, 9, OrderSide.Sell, OrderIntent.Exit, 1m, 99m, 0m, "late");

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
}
