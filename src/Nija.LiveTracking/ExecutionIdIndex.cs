namespace Nija.LiveTracking;

/// <summary>
/// The tracker's idempotency index: execution id → its position, the order in which ids were added (0, 1, 2, …). Open
/// addressing with linear probing over a power-of-two table of 8-byte slots (the id's hash code and its position + 1), at
/// most three quarters full: looking up a new id reads one slot and its neighbours (usually one cache line) and never the
/// ids themselves unless a hash code matches. The ids are kept in position order in fixed chunks (growing never copies
/// them), so a million ids cost about 8 bytes each plus the table (≈ 11–21 bytes per id). Ordinal comparison; hash codes
/// are <see cref="string.GetHashCode()"/> (randomized per process). Only the most recently added id can be removed (a
/// fill that was rejected after its id was reserved); its slot becomes a tombstone until the table is next rebuilt. Not
/// thread-safe.
/// </summary>
internal sealed class ExecutionIdIndex
{
    private const int InitialSlots = 16;

    /// <summary>In a slot, the position + 1 of a removed id (a tombstone: probing goes on past it).</summary>
    private const int Removed = -1;

    private readonly ChunkedList<string> _keys = new();

    /// <summary>The table; a slot's <see cref="Slot.Position"/> is 0 when empty, <see cref="Removed"/> for a tombstone.</summary>
    private Slot[] _slots = new Slot[InitialSlots];

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
        var hash = key.GetHashCode(StringComparison.Ordinal);
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
        var hash = key.GetHashCode(StringComparison.Ordinal);
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
        var found = Find(key, key.GetHashCode(StringComparison.Ordinal));
        position = found >= 0 ? found : 0;
        return found >= 0;
    }

    /// <summary>Removes the most recently added id, which must be <paramref name="key"/>.</summary>
    /// <exception cref="InvalidOperationException"><paramref name="key"/> is not the most recently added id.</exception>
    public void RemoveLast(string key)
    {
        var last = _keys.Count - 1;
        if (last < 0 || !string.Equals(_keys[last], key, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"'{key}' is not the most recently added execution id.");
        }

        var mask = _slots.Length - 1;
        var i = key.GetHashCode(StringComparison.Ordinal) & mask;
        while (_slots[i].Position != last + 1)
        {
            i = (i + 1) & mask;
        }

        // A tombstone, not an empty slot: ids added before it may have probed past this slot.
        _slots[i].Position = Removed;
        _keys.RemoveLast();
    }

    /// <summary>The position of <paramref name="key"/>, or the bitwise complement of the empty slot where it would go.</summary>
    private int Find(string key, int hash)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        var i = hash & mask;
        while (true)
        {
            var slot = slots[i];
            if (slot.Position == 0)
            {
                return ~i;
            }

            if (slot.Hash == hash && slot.Position > 0 && string.Equals(_keys[slot.Position - 1], key, StringComparison.Ordinal))
            {
                return slot.Position - 1;
            }

            i = (i + 1) & mask;
        }
    }

    private int Add(string key, int hash, int emptySlot)
    {
        var position = _keys.Count;
        if (_used + 1 > (_slots.Length >> 2) * 3)
        {
            Rebuild();
            emptySlot = ~Find(key, hash);
        }

        _slots[emptySlot] = new Slot { Hash = hash, Position = position + 1 };
        _used++;
        _keys.Add(key);
        return position;
    }

    /// <summary>Moves the ids into a table at most half full afterwards (the same size when tombstones took the room), dropping tombstones.</summary>
    private void Rebuild()
    {
        var live = _keys.Count;
        var size = _slots.Length;
        while (live + 1 > size >> 1)
        {
            size *= 2;
        }

        var slots = new Slot[size];
        var mask = slots.Length - 1;
        foreach (var slot in _slots)
        {
            if (slot.Position > 0)
            {
                var i = slot.Hash & mask;
                while (slots[i].Position != 0)
                {
                    i = (i + 1) & mask;
                }

                slots[i] = slot;
            }
        }

        _slots = slots;
        _used = live;
    }

    private struct Slot
    {
        public int Hash;

        /// <summary>The id's position + 1; 0 = empty; <see cref="Removed"/> = tombstone.</summary>
        public int Position;
    }
}
