namespace Nija.LiveTracking;

/// <summary>
/// The tracker's idempotency index: execution id → its position, the order in which ids were added (0, 1, 2, …). Open
/// addressing with linear probing over a power-of-two table of one-byte tags (empty, removed, or 8 bits of the id's hash
/// code) with the positions beside them, at most four fifths full. Looking up a new id reads a few adjacent tags — one
/// cache line, and the whole tag table of 100,000 ids is 128 KB, so it stays in the core's cache — and never the ids
/// themselves unless a tag matches (1 in 254 per occupied slot looked at). The ids and their full hash codes are kept in
/// position order in fixed chunks (growing never copies them; rebuilding the table reads the hash codes, not the ids).
/// About 12 bytes per id plus the table (5 bytes per slot). Ordinal comparison; hash codes are
/// <see cref="string.GetHashCode()"/> (randomized per process). Only the most recently added id can be removed (a fill
/// that was rejected after its id was reserved); its slot becomes a tombstone until the table is next rebuilt. Not
/// thread-safe.
/// </summary>
internal sealed class ExecutionIdIndex
{
    private const int InitialSlots = 16;
    private const byte Empty = 0;

    /// <summary>The tag of a removed id's slot (a tombstone: probing goes on past it).</summary>
    private const byte Removed = 1;

    /// <summary>The ids in position order (wrapped in a struct: a list of a value type gets its own compiled code, not the shared code of reference types, which looks up the chunk size at run time).</summary>
    private readonly ChunkedList<Key> _keys = new();
    private readonly ChunkedList<int> _hashes = new();

    /// <summary>Per slot: <see cref="Empty"/>, <see cref="Removed"/>, or the tag (2–255) of the id whose position is in <see cref="_positions"/>.</summary>
    private byte[] _tags = new byte[InitialSlots];
    private int[] _positions = new int[InitialSlots];

    /// <summary>Slots in use, tombstones included.</summary>
    private int _used;

    /// <summary>Number of ids (positions 0 to <see cref="Count"/> − 1).</summary>
    public int Count => _keys.Count;

    /// <summary>The position of <paramref name="key"/> when it is present, else adds it at position <see cref="Count"/>.</summary>
    /// <param name="key">The execution id.</param>
    /// <param name="exists">True when the id was already present.</param>
    /// <returns>The id's position.</returns>
    public int GetOrAdd(string key, out bool exists)
    {
        var hash = key.GetHashCode();
        var found = Find(key, hash);
        if (found >= 0)
        {
            exists = true;
            return found;
        }

        exists = false;
        return Add(key, hash, ~found);
    }

    /// <summary>Adds <paramref name="key"/> at position <see cref="Count"/> unless it is present.</summary>
    /// <returns>True when added; false when the id was already present (nothing changes).</returns>
    public bool TryAdd(string key)
    {
        var hash = key.GetHashCode();
        var found = Find(key, hash);
        if (found >= 0)
        {
            return false;
        }

        Add(key, hash, ~found);
        return true;
    }

    /// <summary>The position of <paramref name="key"/>, when present.</summary>
    public bool TryGetPosition(string key, out int position)
    {
        var found = Find(key, key.GetHashCode());
        position = found >= 0 ? found : 0;
        return found >= 0;
    }

    /// <summary>Removes the most recently added id, which must be <paramref name="key"/>.</summary>
    /// <exception cref="InvalidOperationException"><paramref name="key"/> is not the most recently added id.</exception>
    public void RemoveLast(string key)
    {
        var last = _keys.Count - 1;
        if (last < 0 || !string.Equals(_keys[last].Id, key, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"'{key}' is not the most recently added execution id.");
        }

        var mask = _tags.Length - 1;
        var i = _hashes[last] & mask;
        while (_tags[i] < 2 || _positions[i] != last)
        {
            i = (i + 1) & mask;
        }

        // A tombstone, not an empty slot: ids added before it may have probed past this slot.
        _tags[i] = Removed;
        _keys.RemoveLast();
        _hashes.RemoveLast();
    }

    /// <summary>The tag stored for <paramref name="hash"/>: its top 8 bits, 0 and 1 (empty, removed) moved to 2 and 3.</summary>
    private static byte Tag(int hash)
    {
        var tag = unchecked((byte)((uint)hash >> 24));
        return tag < 2 ? (byte)(tag + 2) : tag;
    }

    /// <summary>The position of <paramref name="key"/>, or the bitwise complement of the empty slot where it would go.</summary>
    private int Find(string key, int hash)
    {
        var tags = _tags;
        var mask = tags.Length - 1;
        var tag = Tag(hash);
        var i = hash & mask;
        while (true)
        {
            var t = tags[i];
            if (t == Empty)
            {
                return ~i;
            }

            if (t == tag)
            {
                var position = _positions[i];
                if (_hashes[position] == hash && string.Equals(_keys[position].Id, key, StringComparison.Ordinal))
                {
                    return position;
                }
            }

            i = (i + 1) & mask;
        }
    }

    private int Add(string key, int hash, int emptySlot)
    {
        var position = _keys.Count;
        if (_used + 1 > _tags.Length / 5 * 4)
        {
            Rebuild(position + 1);
            emptySlot = ~Find(key, hash);
        }

        _tags[emptySlot] = Tag(hash);
        _positions[emptySlot] = position;
        _used++;
        _keys.AddSlot().Id = key;
        _hashes.Add(hash);
        return position;
    }

    /// <summary>
    /// Puts the ids into a new table at most half full with <paramref name="live"/> ids (twice as large, or the same size
    /// when tombstones took the room), dropping tombstones.
    /// </summary>
    private void Rebuild(int live)
    {
        var size = _tags.Length;
        while (live > size / 2)
        {
            size *= 2;
        }

        var tags = new byte[size];
        var positions = new int[size];
        var mask = size - 1;
        for (var p = 0; p < _hashes.Count; p++)
        {
            var hash = _hashes[p];
            var i = hash & mask;
            while (tags[i] != Empty)
            {
                i = (i + 1) & mask;
            }

            tags[i] = Tag(hash);
            positions[i] = p;
        }

        _tags = tags;
        _positions = positions;
        _used = _hashes.Count;
    }

    private struct Key
    {
        public string Id;
    }
}
