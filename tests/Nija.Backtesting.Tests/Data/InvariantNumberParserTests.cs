using System.Globalization;
using Nija.Backtesting.Data;

namespace Nija.Backtesting.Tests.Data;

public sealed class InvariantNumberParserTests
{
    [TestCase("0", 0.0)]
    [TestCase("104.06", 104.06)]
    [TestCase("-3.5", -3.5)]
    [TestCase("+2", 2.0)]
    [TestCase(".5", 0.5)]
    [TestCase("5.", 5.0)]
    [TestCase("1e3", 1000.0)]
    [TestCase("2.5E-3", 0.0025)]
    [TestCase("12345678901234567890", 12345678901234567890.0)]
    [TestCase("0.1234567890123456789", 0.1234567890123456789)]
    public void TryParse_ValidNumber_ReturnsValue(string text, double expected)
    {
        Assert.That(InvariantNumberParser.TryParse(text, out var value), Is.True);
        Assert.That(value, Is.EqualTo(expected));
    }

    [TestCase("")]
    [TestCase("-")]
    [TestCase(".")]
    [TestCase("1.2.3")]
    [TestCase("1,5")]
    [TestCase("1O4.2")]
    public void TryParse_Invalid_ReturnsFalse(string text)
    {
        Assert.That(InvariantNumberParser.TryParse(text, out _), Is.False);
    }

    [Test]
    public void TryParse_RandomDecimals_MatchBclParsingBitForBit()
    {
        // Reference: double.Parse (correctly rounded since .NET Core 3.0).
        var random = new Random(99);
        for (var i = 0; i < 100_000; i++)
        {
            var digits = random.Next(1, 18);
            var mantissa = random.NextInt64(0, (long)Math.Pow(10, Math.Min(digits, 18)));
            var scale = random.Next(0, digits + 1);
            var text = mantissa.ToString(CultureInfo.InvariantCulture).PadLeft(scale + 1, '0');
            text = scale == 0 ? text : text.Insert(text.Length - scale, ".");

            Assert.That(InvariantNumberParser.TryParse(text, out var value), Is.True, text);
            Assert.That(value, Is.EqualTo(double.Parse(text, CultureInfo.InvariantCulture)), text);
        }
    }

    [Test]
    public void TryParse_SixteenToNineteenDigits_MatchBclParsingBitForBit()
    {
        // Reference: double.Parse. These take the 128-bit exact-division path (mantissa above 2^53), including
        // round-trip ("R") output of random doubles, which is what OhlcvCsvWriter writes.
        var random = new Random(7);
        for (var i = 0; i < 200_000; i++)
        {
            string text;
            if (i % 2 == 0)
            {
                var price = Math.Exp(random.NextDouble() * 20 - 8);
                text = price.ToString("R", CultureInfo.InvariantCulture);
                if (text.Contains('E', StringComparison.Ordinal))
                {
                    continue;
                }
            }
            else
            {
                var digits = random.Next(16, 20);
                var mantissa = (ulong)(random.NextDouble() * Math.Pow(10, digits - 1) * 9) + (ulong)Math.Pow(10, digits - 1);
                var scale = random.Next(1, digits + 1);
                text = mantissa.ToString(CultureInfo.InvariantCulture).PadLeft(scale + 1, '0');
                text = text.Insert(text.Length - scale, ".");
            }

            Assert.That(InvariantNumberParser.TryParse(text, out var value), Is.True, text);
            Assert.That(BitConverter.DoubleToInt64Bits(value), Is.EqualTo(BitConverter.DoubleToInt64Bits(double.Parse(text, CultureInfo.InvariantCulture))), text);
        }
    }

    [TestCase("0.30000000000000004", 0.30000000000000004)]
    [TestCase("9007199254740993.5", 9007199254740994.0)]
    [TestCase("1.0000000000000001110223024625156540", 1.0)]
    [TestCase("1.0000000000000001110223024625156541", 1.0000000000000002)]
    [TestCase("123.45678901234567", 123.45678901234567)]
    public void TryParse_LongMantissas_AreCorrectlyRounded(string text, double expected)
    {
        // Expected values: the nearest double, as double.Parse gives it; 9007199254740993.5 is 2^53 + 1.5, which
        // rounds to the even neighbour 2^53 + 2; the 36-digit cases (fallback) sit just below and just above
        // 1 + 2^-53 = 1.00000000000000011102230246251565404…, the midpoint between 1 and the next double.
        Assert.That(InvariantNumberParser.TryParse(text, out var value), Is.True);
        Assert.That(value, Is.EqualTo(expected));
    }
}
