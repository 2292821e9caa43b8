using Nija.Backtesting.Engine;
using Nija.Backtesting.Orders;
using Nija.Metrics;

namespace Nija.Backtesting.Tests.Engine;

[TestFixture]
public sealed class RejectionLogTests
{
    private static readonly DateTimeOffset Time = new(2026, 3, 2, 14, 30, 0, TimeSpan.Zero);

    private static readonly RiskDecision Halted = new(
        false, RiskHaltReason.DailyLossLimit, new DateOnly(2026, 3, 2), 10_000m, 9_400m, 6m, 5m, Time.AddHours(-1));

    [Test]
    public void Records_PlainAndBreakerRejections_KeepTheirOrderAndWords()
    {
        var sut = new RejectionLog();
        sut.Add(1, Time, OrderSide.Buy, OrderIntent.Entry, "insufficient cash for one lot");
        sut.AddHalted(2, Time.AddMinutes(1), OrderSide.Sell, OrderIntent.Entry, Halted);

        Assert.That(sut, Has.Count.EqualTo(2));
        Assert.That(sut[0], Is.EqualTo(new RejectedOrder(1, Time, OrderSide.Buy, OrderIntent.Entry, "insufficient cash for one lot")));
        Assert.That(sut[1], Is.EqualTo(new RejectedOrder(
            2,
            Time.AddMinutes(1),
            OrderSide.Sell,
            OrderIntent.Entry,
            "daily-loss circuit breaker tripped: Halted (DailyLossLimit): day 2026-03-02 loss 6% of 10000.00 reached the limit of 5% at 2026-03-02T13:30:00.0000000+00:00.")));
    }

    [Test]
    public void Records_ReadTwice_AreTheSameInstances_AndAnAddAfterAReadIsSeen()
    {
        var sut = new RejectionLog();
        sut.Add(1, Time, OrderSide.Buy, OrderIntent.Exit, "no open position to exit");
        var first = sut[0];

        Assert.That(sut[0], Is.SameAs(first));
        sut.AddHalted(2, Time, OrderSide.Buy, OrderIntent.Entry, Halted);
        Assert.That(sut.Select(r => r.OrderId), Is.EqualTo(new long[] { 1, 2 }));
    }

    [Test]
    public void Indexer_OutOfRange_Throws()
    {
        var sut = new RejectionLog();
        sut.Add(1, Time, OrderSide.Buy, OrderIntent.Entry, "x");

        Assert.Throws<ArgumentOutOfRangeException>(() => _ = sut[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = sut[-1]);
    }
}
