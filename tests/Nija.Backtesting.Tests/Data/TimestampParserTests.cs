using Nija.Backtesting.Data;

namespace Nija.Backtesting.Tests.Data;

public sealed class TimestampParserTests
{
    [TestCase("99999999999", "5138-11-16T09:46:39Z", TestName = "TryParse_JustBelowThreshold_IsSeconds")]
    [TestCase("100000000000", "1973-03-03T09:46:40Z", TestName = "TryParse_AtThreshold_IsMilliseconds")]
    [TestCase("0", "1970-01-01T00:00:00Z", TestName = "TryParse_Zero_IsEpoch")]
    [TestCase("20240102", "1970-08-23T06:15:02Z", TestName = "TryParse_CompactDate_IsUnixSecondsNotADate")]
    [TestCase("2024-02-29", "2024-02-29T00:00:00Z", TestName = "TryParse_LeapDay_IsAccepted")]
    [TestCase("2024-01-02T03:04:05.1234567+14:00", "2024-01-02T03:04:05.1234567+14:00", TestName = "TryParse_SevenDigitFraction_IsExact")]
    [TestCase("2024-01-02T03:04:05-07", "2024-01-02T03:04:05-07:00", TestName = "TryParse_HourOnlyOffset_IsAccepted")]
    [TestCase("2024-01-02T03:04:05.123456789Z", "2024-01-02T03:04:05.1234567Z", TestName = "TryParse_NanosecondFraction_DropsWhatATickCannotHold")]
    public void TryParse_ValidText_ReturnsInstant(string text, string expected)
    {
        Assert.That(TimestampParser.TryParse(text, out var value), Is.True);
        Assert.That(value, Is.EqualTo(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase("")]
    [TestCase("2023-02-29")]
    [TestCase("2024-1-02")]
    [TestCase("02/01/2024")]
    [TestCase("2024-01-02 24:00:00")]
    [TestCase("2024-01-02 10:60")]
    [TestCase("2024-01-02T10:00:00.")]
    [TestCase("2024-01-02T10:00:00+15:00")]
    [TestCase("2024-01-02T10:00:00 UTC")]
    [TestCase("1234567890123456")]
    [TestCase("-1704187815")]
    [TestCase("0001-01-01T00:00:00+01:00")]
    public void TryParse_InvalidText_ReturnsFalse(string text)
    {
        Assert.That(TimestampParser.TryParse(text, out _), Is.False);
    }
}
