using System.Globalization;
using Nija.LiveTracking.Journal;
using Nija.Metrics;

namespace Nija.LiveTracking.Tests;

[TestFixture]
public sealed class OutcomeListTests
{
    [Test]
    public void Indexer_OutcomesThatPackAndThatDoNot_ReturnsEachAsAdded()
    {
        var sut = new OutcomeList();
        var closed = new ClosedTrade
        {
            PositionId = 7,
            Symbol = "AAPL",
            Side = TradeSide.Long,
            EntryTime = Some.Start,
            ExitTime = Some.Start,
            EntryPrice = 100m,
            ExitPrice = 101m,
            Quantity = 3m,
            Fees = 0.02m,
            GrossPnl = 3m,
        };
        var average = 301m / 3m; // 100.33333333333333333333333333: 29 digits, more than a packed decimal holds
        var outcomes = new[]
        {
            new FillOutcome(5, 7, 1.50m, 100.00m, null, FillKind.Entry, true),
            new FillOutcome(6, 7, 3m, average, null, FillKind.Entry, false),
            new FillOutcome(7, 7, 0m, -0.00m, null, FillKind.Exit, false),
            // A gap of more than int.MaxValue sequences (a hand-made journal): the sequence is kept aside.
            new FillOutcome(5 + (long)int.MaxValue + 10, 7, 0.000m, 3m, closed, FillKind.Exit, false),
            new FillOutcome(9, 8, 1m, 0.3333333333333333333333333333m, null, FillKind.Entry, true),
        };

        foreach (var outcome in outcomes)
        {
            sut.Add(outcome);
        }

        Assert.That(sut.Count, Is.EqualTo(5));
        for (var i = 0; i < outcomes.Length; i++)
        {
            Assert.That(sut[i], Is.EqualTo(outcomes[i]), i.ToString(CultureInfo.InvariantCulture));
            Assert.That(decimal.GetBits(sut[i].Quantity), Is.EqualTo(decimal.GetBits(outcomes[i].Quantity)));
            Assert.That(decimal.GetBits(sut[i].Amount), Is.EqualTo(decimal.GetBits(outcomes[i].Amount)));
        }

        Assert.That(sut[3].Closed, Is.SameAs(closed));
        Assert.That(sut[1].Amount.ToString(CultureInfo.InvariantCulture), Is.EqualTo("100.33333333333333333333333333"));
        Assert.That(sut[0].Quantity.ToString(CultureInfo.InvariantCulture), Is.EqualTo("1.50"));
    }

    [Test]
    public void Indexer_OutOfRange_Throws()
    {
        var sut = new OutcomeList();
        sut.Add(new FillOutcome(1, 1, 1m, 1m, null, FillKind.Entry, true));

        Assert.Throws<ArgumentOutOfRangeException>(() => _ = sut[1]);
    }
}
