using System.Globalization;

namespace Nija.LiveTracking.Tests;

[TestFixture]
public sealed class ExecutionIdIndexTests
{
    [Test]
    public void TryAdd_SameIdTwice_KeepsTheFirstValue()
    {
        var sut = new ExecutionIdIndex();

        var first = sut.TryAdd("exec-1", 5);
        var second = sut.TryAdd("exec-1", 9);

        Assert.That(first, Is.True);
        Assert.That(second, Is.False);
        Assert.That(sut.TryGetValue("exec-1", out var value), Is.True);
        Assert.That(value, Is.EqualTo(5));
        Assert.That(sut.Count, Is.EqualTo(1));
    }

    [Test]
    public void GetValueRefOrAddDefault_TenThousandIdsAcrossGrowth_FindsEveryValue()
    {
        var sut = new ExecutionIdIndex();

        for (var i = 0; i < 10_000; i++)
        {
            ref var slot = ref sut.GetValueRefOrAddDefault(Id(i), out var exists);
            Assert.That(exists, Is.False);
            Assert.That(slot, Is.EqualTo(0));
            slot = (i * 7) - 3;
        }

        Assert.That(sut.Count, Is.EqualTo(10_000));
        for (var i = 0; i < 10_000; i++)
        {
            Assert.That(sut.TryGetValue(Id(i), out var value), Is.True);
            Assert.That(value, Is.EqualTo((i * 7) - 3));
        }

        ref var again = ref sut.GetValueRefOrAddDefault(Id(4_321), out var found);
        Assert.That(found, Is.True);
        Assert.That(again, Is.EqualTo(30_244)); // 4,321 × 7 − 3
        Assert.That(sut.TryGetValue("e10000", out _), Is.False);
        Assert.That(sut.TryGetValue("E1", out _), Is.False); // ordinal: case matters
        Assert.That(sut.Count, Is.EqualTo(10_000));
    }

    [Test]
    public void RemoveLast_RightAfterTheTableGrew_ForgetsOnlyThatId()
    {
        var sut = new ExecutionIdIndex();
        for (var i = 0; i < 17; i++)
        {
            sut.TryAdd(Id(i), i); // the 17th id grows the table from 16 to 32 chains
        }

        sut.RemoveLast(Id(16));

        Assert.That(sut.Count, Is.EqualTo(16));
        Assert.That(sut.TryGetValue(Id(16), out _), Is.False);
        for (var i = 0; i < 16; i++)
        {
            Assert.That(sut.TryGetValue(Id(i), out var value), Is.True);
            Assert.That(value, Is.EqualTo(i));
        }

        Assert.That(sut.TryAdd(Id(16), 99), Is.True);
        Assert.That(sut.TryGetValue(Id(16), out var readded), Is.True);
        Assert.That(readded, Is.EqualTo(99));
    }

    [Test]
    public void RemoveLast_IdThatIsNotTheLastAdded_ThrowsAndChangesNothing()
    {
        var sut = new ExecutionIdIndex();
        sut.TryAdd("a", 1);
        sut.TryAdd("b", 2);

        Assert.Throws<InvalidOperationException>(() => sut.RemoveLast("a"));
        Assert.That(sut.Count, Is.EqualTo(2));
        Assert.That(sut.TryGetValue("a", out var a) && sut.TryGetValue("b", out var b) && a == 1 && b == 2, Is.True);
        Assert.Throws<InvalidOperationException>(() => new ExecutionIdIndex().RemoveLast("a"));
    }

    private static string Id(int i) => string.Create(CultureInfo.InvariantCulture, $"e{i}");
}
