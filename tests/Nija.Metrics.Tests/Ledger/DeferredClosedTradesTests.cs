namespace Nija.Metrics.Tests;

[TestFixture]
public sealed class DeferredClosedTradesTests
{
    [Test]
    public void FullChunk_IsLargeEnoughForTheLargeObjectHeap()
    {
        // 85,000 bytes is the runtime's threshold: smaller chunks are copied by every gen0 and gen1 collection of a run.
        Assert.That(DeferredClosedTrades.ChunkBytes, Is.GreaterThanOrEqualTo(85_000));
        Assert.That(GC.GetGeneration(new byte[DeferredClosedTrades.ChunkBytes]), Is.EqualTo(2), "allocated on the large-object heap");
    }
}
