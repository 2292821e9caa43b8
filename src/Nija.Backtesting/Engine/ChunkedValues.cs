namespace Nija.Backtesting.Engine;

/// <summary>
/// An append-only list of plain values in chunks that are never copied once full (the first starts small and doubles up to
/// the chunk size, so a short run stays small): the storage of a run's fill log, equity changes and their side values.
/// Chunks are allocated without zeroing (every slot is written before it is counted). Appending is single-threaded; reading
/// starts after the last append.
/// </summary>
/// <typeparam name="T">A value type without references.</typeparam>
/// <param name="chunkShift">log2 of the chunk size; keep chunks under the large-object heap's 85,000 bytes, so the memory
/// of a finished run is reused after the next gen0 collection (see <see cref="FillLog"/>).</param>
internal sealed class ChunkedValues<T>(int chunkShift)
    where T : unmanaged
{
    private const int FirstChunkSize = 16;

    private readonly int _mask = (1 << chunkShift) - 1;
    private readonly List<T[]> _chunks = [];
    private int _count;

    /// <summary>The number of values.</summary>
    public int Count => _count;

    /// <summary>The value at <paramref name="index"/> (below <see cref="Count"/>; not checked).</summary>
    public ref T this[int index] => ref _chunks[index >> chunkShift][index & _mask];

    /// <summary>Counts a new value and returns its slot, which the caller writes at once.</summary>
    public ref T Append()
    {
        var slot = _count & _mask;
        if (slot == 0)
        {
            _chunks.Add(GC.AllocateUninitializedArray<T>(_count == 0 ? FirstChunkSize : _mask + 1));
        }
        else if (_count <= _mask && slot == _chunks[0].Length)
        {
            var grown = GC.AllocateUninitializedArray<T>(Math.Min(_mask + 1, slot * 2));
            _chunks[0].AsSpan().CopyTo(grown);
            _chunks[0] = grown;
        }

        ref var value = ref _chunks[^1][slot];
        _count++;
        return ref value;
    }

    /// <summary>Appends <paramref name="value"/>.</summary>
    public void Add(T value) => Append() = value;

    /// <summary>A reader positioned before the first value.</summary>
    public Reader Read() => new(this);

    /// <summary>Reads the values in the order they were appended.</summary>
    public struct Reader(ChunkedValues<T> values)
    {
        private int _next;

        /// <summary>The next value.</summary>
        /// <exception cref="InvalidOperationException">Every value was read.</exception>
        public T Next()
        {
            if (_next >= values._count)
            {
                throw new InvalidOperationException("The log's side values are exhausted: its entries and side values disagree.");
            }

            return values[_next++];
        }
    }
}
