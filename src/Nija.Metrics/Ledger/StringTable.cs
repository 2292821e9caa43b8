namespace Nija.Metrics;

/// <summary>
/// Numbers strings so that stored values can refer to them without holding references: the same reference always gets
/// the same number (-1 for null). Mostly the same few references (a symbol, literal exit reasons) come again and again,
/// so look-ups are by reference. Not thread-safe for writing.
/// </summary>
internal sealed class StringTable
{
    private readonly List<string> _strings = [];
    private readonly Dictionary<string, int> _ids = new(ReferenceEqualityComparer.Instance);

    /// <summary>The string numbered <paramref name="id"/>; null for -1.</summary>
    public string? this[int id] => id < 0 ? null : _strings[id];

    /// <summary>The number of <paramref name="value"/> (-1 for null), numbering it if it is new.</summary>
    public int Id(string? value)
    {
        if (value is null)
        {
            return -1;
        }

        if (!_ids.TryGetValue(value, out var id))
        {
            id = _strings.Count;
            _strings.Add(value);
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
