namespace Nija.Metrics.Tests;

[TestFixture]
public sealed class DecimalSignTests
{
    // Zeros of every kind (scaled, negative: 1.50 − 1.5 is a negative zero with scale 2), the smallest and largest
    // magnitudes, and ordinary values. Reference: the four words of GetBits.
    private static readonly decimal[] Values =
    [
        0m, 0.00m, 1.50m - 1.5m, new(0, 0, 0, true, 0), new(0, 0, 0, true, 5), new(0, 0, 0, false, 28),
        1m, -1m, 0.0000000000000000000000000001m, -0.0000000000000000000000000001m, 100.25m, -7.5m, decimal.MaxValue, decimal.MinValue,
    ];

    [Test]
    public void IsPlainZero_AgreesWithTheFourWordsOfGetBits_ForEveryKindOfZeroAndExtreme()
    {
        foreach (var value in Values)
        {
            var bits = decimal.GetBits(value);
            Assert.That(DecimalSign.IsPlainZero(value), Is.EqualTo((bits[0] | bits[1] | bits[2] | bits[3]) == 0), $"{value} {string.Join(',', bits)}");
        }
    }

    [Test]
    public void IsPlainZero_OnlyForTheZeroWithNoScaleAndNoSign()
    {
        Assert.That(DecimalSign.IsPlainZero(0m), Is.True);
        Assert.That(DecimalSign.IsPlainZero(0.00m), Is.False, "scale 2");
        Assert.That(DecimalSign.IsPlainZero(1.50m - 1.5m), Is.False, "negative zero with scale 2");
        Assert.That(DecimalSign.IsPlainZero(new decimal(0, 0, 0, true, 0)), Is.False, "negative zero");
    }
}
