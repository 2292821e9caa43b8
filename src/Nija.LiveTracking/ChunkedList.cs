using System.Runtime.CompilerServices;

namespace Nija.LiveTracking;

/// <summary>
/// An append-only list stored in fixed chunks: growing never copies the items already stored (a <see cref="List{T}"/> of
/// large structs copies everything on each doubling). A full chunk holds 4,096 items or more, as many as make it larger
/// than 85,000 bytes (16,384 references, 32,768 ints), so it is allocated on the large object heap and never copied by the
/// garbage collector (a chunk in the small object heap would be copied twice, on its way to generation 2); the first chunk
/// starts small and doubles up to the chunk size, so a small list stays small. Not thread-safe.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
internal sealed class ChunkedList<T>
{
    private const int FirstChunkSize = 16;

    /// <summary>Items per full chunk = 2^Shift: at least 4,096, and enough to pass the large object heap's 85,000 bytes.</summary>
    private static readonly int Shift = ShiftFor(Unsafe.SizeOf<T>());
    private static readonly int ChunkSize = 1 << Shift;
    private static readonly int Mask = ChunkSize - 1;

    private T[][] _chunks = new T[4][];
    private int _count;

    public int Count => _count;

    public ref T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(unchecked((uint)index), (uint)_count, nameof(index));
            return ref _chunks[index >> Shift][index & Mask];
        }
    }

    public void Add(in T item) => AddSlot() = item;

    /// <summary>Adds a default item and returns a reference to it (to fill in place, without a copy of the whole item).</summary>
    /// <returns>The new last item, valid until the list changes.</returns>
    public ref T AddSlot()
    {
        var chunkIndex = _count >> Shift;
        var offset = _count & Mask;
        if (chunkIndex == _chunks.Length)
        {
            Array.Resize(ref _chunks, _chunks.Length * 2);
        }

        var chunk = _chunks[chunkIndex];
        if (chunk is null)
        {
            chunk = _chunks[chunkIndex] = new T[chunkIndex == 0 ? FirstChunkSize : ChunkSize];
        }
        else if (offset == chunk.Length)
        {
            // Only the first chunk grows (by doubling, up to the chunk size); later chunks are allocated full-size.
            Array.Resize(ref chunk, chunk.Length * 2);
            _chunks[chunkIndex] = chunk;
        }

        _count++;
        return ref chunk[offset];
    }

    /// <summary>Removes the last item.</summary>
    /// <exception cref="InvalidOperationException">The list is empty.</exception>
    public void RemoveLast()
    {
        if (_count == 0)
        {
            throw new InvalidOperationException("The list is empty.");
        }

        _count--;
        _chunks[_count >> Shift][_count & Mask] = default!;
    }

    private static int ShiftFor(int itemBytes)
    {
        var shift = 12;
        while ((long)itemBytes << shift < 85_000)
        {
            shift++;
        }

        return shift;
    }

    public List<T> ToList()
    {
        var list = new List<T>(_count);
        for (var i = 0; i < _count; i++)
        {
            list.Add(_chunks[i >> Shift][i & Mask]);
        }

        return list;
    }
}
