namespace Nija.Metrics;

/// <summary>
/// Numbers strings so that stored values can refer to them without holding references: the same reference always gets
/// the same number (-1 for null). Mostly the same few references (a symbol, literal exit reasons) come again and again,
/// so look-ups are by reference. One thread numbers; others may read the strings numbered before they looked (the array
/// is published after it is filled).
/// </summary>
internal sealed class StringTable
{
    private readonly Dictionary<string, int> _ids = new(ReferenceEqualityComparer.Instance);
    private string[] _strings = [];

    /// <summary>The string numbered <paramref name="id"/>; null for -1.</summary>
    public string? this[int id] => id < 0 ? null : Volatile.Read(ref _strings)[id];

    /// <summary>The number of <paramref name="value"/> (-1 for null), numbering it if it is new.</summary>
    public int Id(string? value)
    {
        if (value is null)
        {
            return -1;
        }

        if (!_ids.TryGetValue(value, out var id))
        {
            id = _ids.Count;
            if (id == _strings.Length)
            {
                var grown = new string[Math.Max(4, id * 2)];
                _strings.AsSpan().CopyTo(grown);
                Volatile.Write(ref _strings, grown);
            }

            _strings[id] = value;
            _ids.Add(value, id);
        }

        return id;
    }

    /// <summary>As <see cref="Id(string?)"/>, through a caller's one-entry cache (the caller keeps one per field it numbers).</summary>
    public int Id(string? value, ref string? cachedValue, ref int cachedId)
    {
        if (ReferenceEquals(value, cachedValue) && value is not null)
        {
            return cachedId;
        }

        var id = Id(value);
        cachedValue = value;
        cachedId = id;
        return id;
    }
}
