using Nija.LiveTracking.Journal;
using Nija.Metrics;

namespace Nija.LiveTracking.Tests.Journal;

[TestFixture]
public sealed class ClosedTradeNumbersTests
{
    [Test]
    public void FormatThenParse_EveryField_RoundTripsExactly()
    {
        var trade = new ClosedTrade
        {
            PositionId = 42,
            Symbol = "BTC-USD",
            Side = TradeSide.Short,
            EntryTime = new DateTimeOffset(2026, 11, 24, 9, 30, 0, 123, TimeSpan.FromHours(-5)),
            ExitTime = new DateTimeOffset(2026, 11, 25, 1, 0, 0, TimeSpan.FromMinutes(330)),
            EntryPrice = 43_210.123456789m,
            ExitPrice = 42_000.10m,
            Quantity = 0.00012345m,
            Fees = 0.0100m,
            GrossPnl = -1.5m,
            PlannedStop = 44_000m,
            Regime = "trending; volatile",
            Tag = "a;b",
            ExitReason = "stop",
            MaxAdverseExcursionPercent = -0.1d / 3d,
            MaxFavorableExcursionPercent = 2.5e-17,
        };

        var numbers = ClosedTradeNumbers.Format(trade);
        var parsed = ClosedTradeNumbers.Parse(numbers, trade.Symbol, trade.Regime, trade.Tag, trade.ExitReason);

        Assert.That(parsed, Is.EqualTo(trade));
        Assert.That(parsed.EntryTime.Offset, Is.EqualTo(TimeSpan.FromHours(-5)));
        Assert.That(parsed.Fees.Scale, Is.EqualTo(4), "decimals keep their scale");
    }

    [Test]
    public void Parse_NullableFieldsEmpty_GivesNulls()
    {
        var trade = new ClosedTrade
        {
            PositionId = 1, Symbol = "AAPL", Side = TradeSide.Long, EntryTime = DateTimeOffset.UnixEpoch, ExitTime = DateTimeOffset.UnixEpoch,
            EntryPrice = 1m, ExitPrice = 2m, Quantity = 3m, Fees = 0m, GrossPnl = 3m,
        };

        var parsed = ClosedTradeNumbers.Parse(ClosedTradeNumbers.Format(trade), "AAPL", null, null, null);

        Assert.That(parsed, Is.EqualTo(trade));
        Assert.That(parsed.PlannedStop, Is.Null);
        Assert.That(parsed.MaxAdverseExcursionPercent, Is.Null);
    }

    [Test]
    public void Parse_WrongFieldCount_ThrowsFormatException() =>
        Assert.Throws<FormatException>(() => ClosedTradeNumbers.Parse("1;2;3", "AAPL", null, null, null));
}
