using System.Globalization;

namespace Nija.LiveTracking.Tests;

[TestFixture]
public sealed class PackedDecimalTests
{
    [TestCase("100.50")]
    [TestCase("0.0010")]
    [TestCase("0.00")]
    [TestCase("-0.00")]
    [TestCase("-1234.5678")]
    [TestCase("0.0000000000000000000000000001")] // scale 28, the largest
    [TestCase("288230376151711743")] // 2^58 − 1, the largest coefficient that packs
    [TestCase("-2.88230376151711743")]
    public void TryPack_ValueUpTo58BitCoefficient_UnpacksToTheSameBits(string text)
    {
        var value = decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

        var packed = PackedDecimal.TryPack(value, out var bits);
        var back = PackedDecimal.Unpack(bits);

        Assert.That(packed, Is.True);
        Assert.That(decimal.GetBits(back), Is.EqualTo(decimal.GetBits(value)));
        Assert.That(back.ToString(CultureInfo.InvariantCulture), Is.EqualTo(value.ToString(CultureInfo.InvariantCulture)));
    }

    [TestCase("288230376151711744")] // 2^58
    [TestCase("0.3333333333333333333333333333")]
    [TestCase("79228162514264337593543950335")] // decimal.MaxValue
    [TestCase("18446744073709551616")] // 2^64: the high word is set
    public void TryPack_CoefficientOver58Bits_ReturnsFalse(string text)
    {
        var value = decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

        var packed = PackedDecimal.TryPack(value, out var bits);

        Assert.That(packed, Is.False);
        Assert.That(bits, Is.EqualTo(0UL));
    }
}
