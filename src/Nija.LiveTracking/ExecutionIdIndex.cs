namespace Nija.LiveTracking;

/// <summary>
/// The tracker's idempotency index: execution id → an <see cref="int"/>, with separate chaining like
/// <see cref="Dictionary{TKey, TValue}"/> but entries kept in fixed chunks (growing never copies them) and a power-of-two
/// bucket table, so a million ids cost about 34 bytes each instead of the ~100 a dictionary allocates while it grows.
/// Ordinal comparison; hash codes are <see cref="string.GetHashCode()"/> (randomized per process). Only the most recently
/// added id can be removed (a fill that was rejected after its id was reserved). Not thread-safe.
/// </summary>
internal sealed class ExecutionIdIndex
{
    private const int InitialBuckets = 16;

    private readonly ChunkedList<Entry> _entries = new();

    /// <summary>Entry index + 1 of each chain's head; 0 = empty chain. Length is a power of two, at least the count.</summary>
    private int[] _buckets = new int[InitialBuckets];

    public int Count => _entries.Count;

    /// <summary>The value of <paramref name="key"/> when it is present, else a new entry whose value is 0.</summary>
    /// <param name="key">The execution id.</param>
    /// <param name="exists">True when the id was already present.</param>
    /// <returns>A reference to the value, valid until the next addition or removal.</returns>
    public ref int GetValueRefOrAddDefault(string key, out bool exists)
    {
        var hash = key.GetHashCode(StringComparison.Ordinal);
        var found = Find(key, hash);
        if (found >= 0)
        {
            exists = true;
            return ref _entries[found].Value;
        }

        exists = false;
        return ref _entries[Add(key, hash, 0)].Value;
    }

    /// <summary>Adds <paramref name="key"/> with <paramref name="value"/> unless it is present.</summary>
    /// <returns>True when added; false when the id was already present (nothing changes).</returns>
    public bool TryAdd(string key, int value)
    {
        var hash = key.GetHashCode(StringComparison.Ordinal);
        if (Find(key, hash) >= 0)
        {
            return false;
        }

        Add(key, hash, value);
        return true;
    }

    /// <summary>The value of <paramref name="key"/>, when present.</summary>
    public bool TryGetValue(string key, out int value)
    {
        var found = Find(key, key.GetHashCode(StringComparison.Ordinal));
        value = found >= 0 ? _entries[found].Value : 0;
        return found >= 0;
    }

    /// <summary>Removes the most recently added id, which must be <paramref name="key"/>.</summary>
    /// <exception cref="InvalidOperationException"><paramref name="key"/> is not the most recently added id.</exception>
    public void RemoveLast(string key)
    {
        var last = _entries.Count - 1;
        if (last < 0 || !string.Equals(_entries[last].Key, key, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"'{key}' is not the most recently added execution id.");
        }

        // Entries are pushed at the head of their chain (also when the table is rebuilt, in entry order), so the last one
        // is the head of its chain.
        ref var bucket = ref _buckets[_entries[last].Hash & (_buckets.Length - 1)];
        bucket = _entries[last].Next;
        _entries.RemoveLast();
    }

    private int Find(string key, int hash)
    {
        var i = _buckets[hash & (_buckets.Length - 1)] - 1;
        while (i >= 0)
        {
            ref readonly var entry = ref _entries[i];
            if (entry.Hash == hash && string.Equals(entry.Key, key, StringComparison.Ordinal))
            {
                return i;
            }

            i = entry.Next - 1;
        }

        return -1;
    }

    private int Add(string key, int hash, int value)
    {
        var index = _entries.Count;
        if (index == _buckets.Length)
        {
            Grow();
        }

        ref var bucket = ref _buckets[hash & (_buckets.Length - 1)];
        _entries.Add(new Entry { Key = key, Hash = hash, Value = value, Next = bucket });
        bucket = index + 1;
        return index;
    }

    private void Grow()
    {
        var buckets = new int[_buckets.Length * 2];
        var mask = buckets.Length - 1;
        for (var i = 0; i < _entries.Count; i++)
        {
            ref var entry = ref _entries[i];
            ref var bucket = ref buckets[entry.Hash & mask];
            entry.Next = bucket;
            bucket = i + 1;
        }

        _buckets = buckets;
    }

    private struct Entry
    {
        public string Key;
        public int Hash;
        public int Value;

        /// <summary>The next entry's index + 1 in the same chain; 0 = end.</summary>
        public int Next;
    }
}
