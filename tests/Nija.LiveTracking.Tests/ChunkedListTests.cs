namespace Nija.LiveTracking.Tests;

[TestFixture]
public sealed class ChunkedListTests
{
    [Test]
    public void Add_AcrossManyChunks_KeepsOrderAndValues()
    {
        var sut = new ChunkedList<long>();

        for (var i = 0L; i < 40_000; i++)
        {
            sut.Add(i * 3);
        }

        Assert.That(sut.Count, Is.EqualTo(40_000));
        Assert.That(sut[0], Is.EqualTo(0));
        Assert.That(sut[16], Is.EqualTo(48)); // the first chunk grows from 16 items by doubling
        Assert.That(sut[4_096], Is.EqualTo(12_288));
        Assert.That(sut[16_383], Is.EqualTo(49_149)); // last item of the first chunk: 16,384 longs = 131,072 bytes
        Assert.That(sut[16_384], Is.EqualTo(49_152)); // first item of the second chunk
        Assert.That(sut[32_768], Is.EqualTo(98_304)); // first item of the third chunk
        Assert.That(sut[39_999], Is.EqualTo(119_997));
        Assert.That(sut.ToList(), Is.EqualTo(Enumerable.Range(0, 40_000).Select(i => i * 3L)));
    }

    [Test]
    public void AddSlot_FilledInPlace_IsTheNewLastItem()
    {
        var sut = new ChunkedList<(long A, string B)>();
        for (var i = 0; i < 4_097; i++)
        {
            ref var slot = ref sut.AddSlot();
            Assert.That(slot, Is.EqualTo(default((long, string))));
            slot.A = i;
            slot.B = "x";
        }

        Assert.That(sut.Count, Is.EqualTo(4_097));
        Assert.That(sut[4_096], Is.EqualTo((4_096L, "x")));
        Assert.That(sut[17], Is.EqualTo((17L, "x")));
    }

    [Test]
    public void Indexer_OutOfRange_Throws()
    {
        var sut = new ChunkedList<int>();
        sut.Add(1);

        Assert.Throws<ArgumentOutOfRangeException>(() => _ = sut[1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = sut[-1]);
    }

    [Test]
    public void RemoveLast_AcrossAChunkBoundary_DropsOnlyTheLastItem()
    {
        var sut = new ChunkedList<string>();
        for (var i = 0; i < 4_097; i++)
        {
            sut.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        sut.RemoveLast(); // the only item of the second chunk
        sut.RemoveLast();
        sut.Add("x");

        Assert.That(sut.Count, Is.EqualTo(4_096));
        Assert.That(sut[4_094], Is.EqualTo("4094"));
        Assert.That(sut[4_095], Is.EqualTo("x"));
        Assert.Throws<InvalidOperationException>(() => new ChunkedList<int>().RemoveLast());
    }
}
