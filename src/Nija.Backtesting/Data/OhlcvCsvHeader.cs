namespace Nija.Backtesting.Data;

/// <summary>The column layout of an OHLCV file, read from its header line.</summary>
internal sealed class OhlcvCsvHeader
{
    private static readonly string[] TimestampNames = ["date", "time", "timestamp", "datetime"];

    private OhlcvCsvHeader(OhlcvColumn[] roles, string[] names, int[] indexOf)
    {
        Roles = roles;
        Names = names;
        IndexOf = indexOf;
    }

    /// <summary>Gets the role of each column, by position.</summary>
    public OhlcvColumn[] Roles { get; }

    /// <summary>Gets each column's name as written (trimmed, without quotes).</summary>
    public string[] Names { get; }

    /// <summary>Gets the column index of each role (indexed by <see cref="OhlcvColumn"/>), -1 when absent.</summary>
    public int[] IndexOf { get; }

    public int ColumnCount => Roles.Length;

    /// <summary>Gets the name to show in messages for a role's column.</summary>
    public string DisplayName(OhlcvColumn role)
    {
        var name = Names[IndexOf[(int)role]];
        return name.Length == 0 ? "timestamp" : name;
    }

    public static OhlcvCsvHeader Parse(ReadOnlySpan<char> line, string sourceName)
    {
        if (line.Length > 0 && line[0] == '\uFEFF')
        {
            line = line[1..];
        }

        var ranges = new Range[1024];
        var count = CsvFields.Split(line, ranges);
        if (count < 0 || count > ranges.Length)
        {
            throw new MarketDataFormatException(sourceName, 1, null, "the header is not a valid CSV line; expected column names such as ',Open,High,Low,Close,Volume'.");
        }

        var roles = new OhlcvColumn[count];
        var names = new string[count];
        var indexOf = new int[Enum.GetValues<OhlcvColumn>().Length];
        Array.Fill(indexOf, -1);
        for (var i = 0; i < count; i++)
        {
            var name = line[ranges[i]].ToString();
            names[i] = name;
            var role = RoleOf(name, i);
            roles[i] = role;
            if (role == OhlcvColumn.Ignored)
            {
                continue;
            }

            var previous = indexOf[(int)role];
            if (previous >= 0)
            {
                throw new MarketDataFormatException(sourceName, 1, name,
                    $"column {i + 1} and column {previous + 1} ('{names[previous]}') both name the {Describe(role)}; expected each of timestamp, open, high, low, close and volume at most once.");
            }

            indexOf[(int)role] = i;
        }

        // No column is named as a timestamp: the first column is the timestamp whatever its name ("Gmt time", "open_time",
        // "Date/Time", ...), as an unnamed one is, unless it holds one of the prices.
        if (indexOf[(int)OhlcvColumn.Timestamp] < 0 && count > 0 && roles[0] == OhlcvColumn.Ignored)
        {
            roles[0] = OhlcvColumn.Timestamp;
            indexOf[(int)OhlcvColumn.Timestamp] = 0;
        }

        foreach (var required in (ReadOnlySpan<OhlcvColumn>)[OhlcvColumn.Timestamp, OhlcvColumn.Open, OhlcvColumn.High, OhlcvColumn.Low, OhlcvColumn.Close])
        {
            if (indexOf[(int)required] < 0)
            {
                throw new MarketDataFormatException(sourceName, 1, null,
                    $"the required {Describe(required)} column is missing (header '{line.ToString()}'); expected a timestamp column (named date, time, timestamp or datetime, else the first column whatever its name) and columns named open, high, low and close (any order and case), volume optional.");
            }
        }

        return new OhlcvCsvHeader(roles, names, indexOf);
    }

    private static OhlcvColumn RoleOf(string name, int index)
    {
        if (name.Length == 0)
        {
            return index == 0 ? OhlcvColumn.Timestamp : OhlcvColumn.Ignored;
        }

        foreach (var candidate in TimestampNames)
        {
            if (name.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return OhlcvColumn.Timestamp;
            }
        }

        return name.ToUpperInvariant() switch
        {
            "OPEN" => OhlcvColumn.Open,
            "HIGH" => OhlcvColumn.High,
            "LOW" => OhlcvColumn.Low,
            "CLOSE" => OhlcvColumn.Close,
            "VOLUME" => OhlcvColumn.Volume,
            _ => OhlcvColumn.Ignored,
        };
    }

    private static string Describe(OhlcvColumn role) => role switch
    {
        OhlcvColumn.Timestamp => "timestamp",
        OhlcvColumn.Open => "'open'",
        OhlcvColumn.High => "'high'",
        OhlcvColumn.Low => "'low'",
        OhlcvColumn.Close => "'close'",
        _ => "'volume'",
    };
}
