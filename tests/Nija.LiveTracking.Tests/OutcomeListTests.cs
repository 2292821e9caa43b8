using System.Globalization;
using Nija.LiveTracking.Journal;
using Nija.Metrics;

namespace Nija.LiveTracking.Tests;

[TestFixture]
public sealed class OutcomeListTests
{
    [Test]
    public void Get_OutcomesThatPackAndThatDoNot_ReturnsEachAsAdded()
    {
        var sut = new OutcomeList();
        var closed = Trade(7) with { Quantity = 3m, Fees = 0.02m, GrossPnl = 3m };
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

        var ledgerTrades = new List<ClosedTrade>();
        foreach (var outcome in outcomes)
        {
            if (outcome.Closed is { } trade)
            {
                ledgerTrades.Add(trade);
            }

            sut.Add(outcome, ledgerTrades.Count);
        }

        Assert.That(sut.Count, Is.EqualTo(5));
        for (var i = 0; i < outcomes.Length; i++)
        {
            var read = sut.Get(i, ledgerTrades);
            Assert.That(read, Is.EqualTo(outcomes[i]), i.ToString(CultureInfo.InvariantCulture));
            Assert.That(decimal.GetBits(read.Quantity), Is.EqualTo(decimal.GetBits(outcomes[i].Quantity)));
            Assert.That(decimal.GetBits(read.Amount), Is.EqualTo(decimal.GetBits(outcomes[i].Amount)));
        }

        Assert.That(sut.Get(3, ledgerTrades).Closed, Is.SameAs(closed));
        Assert.That(sut.Get(1, ledgerTrades).Amount.ToString(CultureInfo.InvariantCulture), Is.EqualTo("100.33333333333333333333333333"));
        Assert.That(sut.Get(0, ledgerTrades).Quantity.ToString(CultureInfo.InvariantCulture), Is.EqualTo("1.50"));
    }

    [Test]
    public void Add_ClosedTradeWhenTheLedgerHasNone_ThrowsAndAddsNothing()
    {
        var sut = new OutcomeList();

        Assert.That(
            () => sut.Add(new FillOutcome(1, 1, 0m, 5m, Trade(1), FillKind.Exit, false), 0),
            Throws.TypeOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("closedTradeCount"));
        Assert.That(sut.Count, Is.Zero);
    }

    [Test]
    public void Get_SequencesFurtherApartThanALong_ReturnsThemExactly()
    {
        // Sequences a tracker never writes; their distance does not fit in a long, so it must not be computed checked.
        var sut = new OutcomeList();
        sut.Add(new FillOutcome(-5, 1, 1m, 1m, null, FillKind.Entry, true), 0);
        sut.Add(new FillOutcome(long.MaxValue, 1, 1m, 1m, null, FillKind.Entry, false), 0);

        Assert.That(sut.Get(0, []).Sequence, Is.EqualTo(-5));
        Assert.That(sut.Get(1, []).Sequence, Is.EqualTo(long.MaxValue));
    }

    [Test]
    public void Get_OutOfRange_Throws()
    {
        var sut = new OutcomeList();
        sut.Add(new FillOutcome(1, 1, 1m, 1m, null, FillKind.Entry, true), 0);

        Assert.Throws<ArgumentOutOfRangeException>(() => sut.Get(1, []));
    }

    private static ClosedTrade Trade(long positionId) => new()
    {
        PositionId = positionId,
        Symbol = "AAPL",
        Side = TradeSide.Long,
        EntryTime = Some.Start,
        ExitTime = Some.Start,
        EntryPrice = 100m,
        ExitPrice = 101m,
        Quantity = 1m,
        Fees = 0m,
        GrossPnl = 1m,
    };
}
