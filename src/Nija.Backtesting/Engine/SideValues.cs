namespace Nija.Backtesting.Engine;

/// <summary>
/// Values appended in order and read back in the same order, in one pass: what a compact log keeps beside its fixed-size
/// entries for the few that need it. Storage grows in chunks (the first starts small and doubles) that are never copied
/// once full. Appending is single-threaded; reading starts after the last append.
/// </summary>
/// <typeparam name="T">A value type without references (chunks are allocated without zeroing).</typeparam>
internal sealed class SideValues<T>
    where T : unmanaged
{
    // 2,048 values: 16 KB of ids, 32 KB of fees, on the small-object heap (see FillLog).
    private const int ChunkShift = 11;
    private const int ChunkSize = 1 << ChunkShift;
    private const int FirstChunkSize = 16;

    private readonly List<T[]> _chunks = [];
    private int _count;

    /// <summary>The number of values.</summary>
    public int Count => _count;

    /// <summary>Appends <paramref name="value"/>.</summary>
    public void Add(T value)
    {
        var slot = _count & (ChunkSize - 1);
        if (slot == 0)
        {
            _chunks.Add(GC.AllocateUninitializedArray<T>(_count == 0 ? FirstChunkSize : ChunkSize));
        }
        else if (_count < ChunkSize && slot == _chunks[0].Length)
        {
            var grown = GC.AllocateUninitializedArray<T>(Math.Min(ChunkSize, slot * 2));
            _chunks[0].AsSpan().CopyTo(grown);
            _chunks[0] = grown;
        }

        _chunks[^1][slot] = value;
        _count++;
    }

    /// <summary>A reader positioned before the first value.</summary>
    public Reader Read() => new(this);

    /// <summary>Reads the values in the order they were appended.</summary>
    public struct Reader(SideValues<T> values)
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

            var value = values._chunks[_next >> ChunkShift][_next & (ChunkSize - 1)];
            _next++;
            return value;
        }
    }
}
