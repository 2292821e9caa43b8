using System.Globalization;

namespace Nija.LiveTracking.Tests;

[TestFixture]
public sealed class ExecutionIdIndexTests
{
    [Test]
    public void TryAdd_SameIdTwice_KeepsTheFirstPosition()
    {
        var sut = new ExecutionIdIndex();
        sut.TryAdd("exec-0");

        var first = sut.TryAdd("exec-1");
        var second = sut.TryAdd("exec-1");

        Assert.That(first, Is.True);
        Assert.That(second, Is.False);
        Assert.That(sut.TryGetPosition("exec-1", out var position), Is.True);
        Assert.That(position, Is.EqualTo(1));
        Assert.That(sut.Count, Is.EqualTo(2));
    }

    [Test]
    public void GetOrAdd_TenThousandIdsAcrossGrowth_FindsEveryPosition()
    {
        var sut = new ExecutionIdIndex();

        for (var i = 0; i < 10_000; i++)
        {
            var added = sut.GetOrAdd(Id(i), out var exists);
            Assert.That(exists, Is.False);
            Assert.That(added, Is.EqualTo(i));
        }

        Assert.That(sut.Count, Is.EqualTo(10_000));
        for (var i = 0; i < 10_000; i++)
        {
            Assert.That(sut.TryGetPosition(Id(i), out var position), Is.True);
            Assert.That(position, Is.EqualTo(i));
        }

        var again = sut.GetOrAdd(Id(4_321), out var found);
        Assert.That(found, Is.True);
        Assert.That(again, Is.EqualTo(4_321));
        Assert.That(sut.TryGetPosition("e10000", out _), Is.False);
        Assert.That(sut.TryGetPosition("E1", out _), Is.False); // ordinal: case matters
        Assert.That(sut.Count, Is.EqualTo(10_000));
    }

    [Test]
    public void RemoveLast_RightAfterTheTableGrew_ForgetsOnlyThatId()
    {
        var sut = new ExecutionIdIndex();
        for (var i = 0; i < 13; i++)
        {
            sut.TryAdd(Id(i)); // 16 slots hold at most 12 ids: the 13th rebuilds the table with 32
        }

        sut.RemoveLast(Id(12));

        Assert.That(sut.Count, Is.EqualTo(12));
        Assert.That(sut.TryGetPosition(Id(12), out _), Is.False);
        for (var i = 0; i < 12; i++)
        {
            Assert.That(sut.TryGetPosition(Id(i), out var position), Is.True);
            Assert.That(position, Is.EqualTo(i));
        }

        Assert.That(sut.GetOrAdd(Id(12), out var exists), Is.EqualTo(12));
        Assert.That(exists, Is.False);
        Assert.That(sut.TryGetPosition(Id(12), out var readded), Is.True);
        Assert.That(readded, Is.EqualTo(12));
    }

    [Test]
    public void RemoveLast_ManyTimesOverFullTable_TombstonesNeverHideAnId()
    {
        // Every other addition is removed again (a rejected fill), so tombstones fill the table and force rebuilds of the
        // same size; ids added before and after each tombstone stay findable, at their positions.
        var sut = new ExecutionIdIndex();
        var kept = 0;
        for (var i = 0; i < 5_000; i++)
        {
            Assert.That(sut.GetOrAdd(Id(i), out _), Is.EqualTo(kept));
            if (i % 2 == 1)
            {
                sut.RemoveLast(Id(i));
            }
            else
            {
                kept++;
            }
        }

        Assert.That(sut.Count, Is.EqualTo(2_500));
        for (var i = 0; i < 5_000; i++)
        {
            var present = sut.TryGetPosition(Id(i), out var position);
            Assert.That(present, Is.EqualTo(i % 2 == 0), Id(i));
            if (present)
            {
                Assert.That(position, Is.EqualTo(i / 2));
            }
        }
    }

    [Test]
    public void RemoveLast_IdThatIsNotTheLastAdded_ThrowsAndChangesNothing()
    {
        var sut = new ExecutionIdIndex();
        sut.TryAdd("a");
        sut.TryAdd("b");

        Assert.Throws<InvalidOperationException>(() => sut.RemoveLast("a"));
        Assert.That(sut.Count, Is.EqualTo(2));
        Assert.That(sut.TryGetPosition("a", out var a) && sut.TryGetPosition("b", out var b) && a == 0 && b == 1, Is.True);
        Assert.Throws<InvalidOperationException>(() => new ExecutionIdIndex().RemoveLast("a"));
    }

    private static string Id(int i) => string.Create(CultureInfo.InvariantCulture, $"e{i}");
}
