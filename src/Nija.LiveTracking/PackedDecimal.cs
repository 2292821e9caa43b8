using System.Runtime.CompilerServices;

namespace Nija.LiveTracking;

/// <summary>
/// A <see cref="decimal"/> in 8 bytes when its 96-bit coefficient fits in 58 bits (below 2.88 × 10¹⁷, e.g. every price,
/// quantity or fee with up to 17 significant digits): coefficient in bits 0–57, scale in bits 58–62, sign in bit 63.
/// <see cref="Unpack"/> gives back the same bits, so the same value, scale ("1.50" stays "1.50") and sign (−0 included).
/// </summary>
internal static class PackedDecimal
{
    private const int MidBits = 26;

    /// <summary>Packs <paramref name="value"/>, when its coefficient fits in 58 bits.</summary>
    /// <returns>False when it does not (nothing is packed).</returns>
    public static bool TryPack(decimal value, out ulong packed)
    {
        var bits = default(FourInts);
        decimal.GetBits(value, bits);
        var mid = unchecked((uint)bits[1]);
        if (bits[2] != 0 || mid >= 1u << MidBits)
        {
            packed = 0;
            return false;
        }

        var flags = bits[3];
        var scale = (ulong)((flags >> 16) & 0xFF);
        packed = unchecked((uint)bits[0]) | ((ulong)mid << 32) | (scale << 58) | (flags < 0 ? 1UL << 63 : 0UL);
        return true;
    }

    /// <summary>The decimal <see cref="TryPack"/> packed.</summary>
    public static decimal Unpack(ulong packed) => new(
        unchecked((int)(uint)packed),
        (int)((packed >> 32) & ((1u << MidBits) - 1)),
        0,
        (packed >> 63) != 0,
        (byte)((packed >> 58) & 0x1F));

    /// <summary>Room for <see cref="decimal.GetBits(decimal, Span{int})"/> without a stack allocation (which keeps the method from being inlined).</summary>
    [InlineArray(4)]
    private struct FourInts
    {
        private int _element;
    }
}
