using System.Globalization;
using System.Text;

namespace Nija.Backtesting.Data;

/// <summary>
/// Reads OHLCV bars from CSV text with a header line (format: docs/data.md).
/// </summary>
/// <remarks>
/// <para>
/// Columns may come in any order; names are matched case-insensitively: <c>open</c>, <c>high</c>, <c>low</c>,
/// <c>close</c> (required), <c>volume</c> (optional, 0 when the column is absent), and the timestamp (an unnamed
/// first column, or one named <c>date</c>, <c>time</c>, <c>timestamp</c> or <c>datetime</c>). Other columns are
/// ignored. Numbers use the invariant culture (<c>.</c> decimal point, no thousands separators).
/// </para>
/// <para>
/// Timestamps: <c>yyyy-MM-dd</c>; ISO 8601 date and time with <c>T</c> or a space, optional seconds and fraction,
/// optional <c>Z</c> or offset (no offset means UTC; an offset is kept as given); or all digits, read as Unix
/// seconds when below 100,000,000,000 and as Unix milliseconds otherwise.
/// </para>
/// <para>
/// Nothing is silently fixed: a malformed number or timestamp, a wrong number of fields, a non-finite or
/// non-positive price, a negative volume, <c>High &lt; Low</c>, an open or close outside <c>[Low, High]</c>, a
/// duplicate or earlier timestamp, a missing required column, or a file without bars throws a
/// <see cref="MarketDataFormatException"/> naming the source, line and column. Blank lines are skipped.
/// </para>
/// <para>Lines are parsed as spans over a pooled buffer: about a million rows per few hundred milliseconds.</para>
/// </remarks>
public static class OhlcvCsvReader
{
    private const int InitialCapacity = 1024;

    /// <summary>Reads a CSV file of bars.</summary>
    /// <param name="path">The file's path; error messages name it as given.</param>
    /// <param name="symbol">The series' symbol; defaults to the file name without its extension.</param>
    /// <returns>The bars, oldest first.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="IOException">The file cannot be opened or read (including <see cref="FileNotFoundException"/>).</exception>
    /// <exception cref="MarketDataFormatException">The content is not valid OHLCV data.</exception>
    public static BarSeries ReadFile(string path, string? symbol = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
        var name = string.IsNullOrWhiteSpace(symbol) ? Path.GetFileNameWithoutExtension(path) : symbol;
        return Read(reader, string.IsNullOrWhiteSpace(name) ? path : name, path, stream.Length);
    }

    /// <summary>Reads CSV text of bars from a reader (which the caller keeps and disposes).</summary>
    /// <param name="reader">The CSV text, starting with the header line.</param>
    /// <param name="symbol">The series' symbol; not empty.</param>
    /// <param name="sourceName">The name used in error messages, typically the file name.</param>
    /// <returns>The bars, oldest first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="symbol"/> is null, empty or white space.</exception>
    /// <exception cref="MarketDataFormatException">The content is not valid OHLCV data.</exception>
    public static BarSeries Read(TextReader reader, string symbol, string sourceName = "<stream>")
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        ArgumentNullException.ThrowIfNull(sourceName);
        return Read(reader, symbol, sourceName, totalLength: 0);
    }

    /// <summary>Reads bars; <paramref name="totalLength"/> (characters or bytes, 0 if unknown) sizes the result array up front.</summary>
    private static BarSeries Read(TextReader reader, string symbol, string sourceName, long totalLength)
    {
        using var lines = new CsvLineSource(reader);
        if (!lines.TryReadLine(out var headerLine) || headerLine.IsWhiteSpace())
        {
            throw new MarketDataFormatException(sourceName, 1, null, "the file is empty; expected a header line such as ',Open,High,Low,Close,Volume' followed by bars.");
        }

        var header = OhlcvCsvHeader.Parse(headerLine, sourceName);
        var ranges = new Range[header.ColumnCount];
        var bars = new Bar[InitialCapacity];
        var count = 0;
        long previousLine = 0;
        while (lines.TryReadLine(out var line))
        {
            if (line.IsWhiteSpace())
            {
                continue;
            }

            var bar = ParseRow(line, ranges, header, sourceName, lines.LineNumber);
            if (count > 0 && bar.Timestamp <= bars[count - 1].Timestamp)
            {
                var raw = Show(line[ranges[header.IndexOf[(int)OhlcvColumn.Timestamp]]]);
                var problem = bar.Timestamp == bars[count - 1].Timestamp
                    ? $"{raw} repeats the timestamp of line {previousLine}; expected strictly increasing timestamps."
                    : $"{raw} is earlier than the timestamp {bars[count - 1].Timestamp:O} on line {previousLine}; expected timestamps in increasing order.";
                throw new MarketDataFormatException(sourceName, lines.LineNumber, header.DisplayName(OhlcvColumn.Timestamp), problem);
            }

            if (count == bars.Length)
            {
                Array.Resize(ref bars, bars.Length * 2);
            }

            bars[count++] = bar;
            previousLine = lines.LineNumber;
            if (count == 1 && totalLength > 0)
            {
                // Size the array from the first line's length (+10%) so a large file is not copied on every doubling.
                var estimate = totalLength / (line.Length + 1) * 11 / 10;
                if (estimate > bars.Length && estimate < Array.MaxLength)
                {
                    Array.Resize(ref bars, (int)estimate);
                }
            }
        }

        if (count == 0)
        {
            throw new MarketDataFormatException(sourceName, lines.LineNumber, null, "the file has a header but no bars; expected at least one data line.");
        }

        Array.Resize(ref bars, count);
        return BarSeries.FromValidated(symbol, bars);
    }

    private static Bar ParseRow(ReadOnlySpan<char> line, Span<Range> ranges, OhlcvCsvHeader header, string sourceName, long lineNumber)
    {
        var fields = CsvFields.Split(line, ranges);
        if (fields != header.ColumnCount)
        {
            var problem = fields < 0
                ? "a quoted field is not closed or is followed by other text; expected comma-separated values."
                : $"found {(fields > ranges.Length ? "more than " + ranges.Length.ToString(CultureInfo.InvariantCulture) : fields.ToString(CultureInfo.InvariantCulture))} fields; expected {header.ColumnCount} as in the header.";
            throw new MarketDataFormatException(sourceName, lineNumber, null, problem);
        }

        var timestampText = line[ranges[header.IndexOf[(int)OhlcvColumn.Timestamp]]];
        if (!TimestampParser.TryParse(timestampText, out var timestamp))
        {
            throw new MarketDataFormatException(sourceName, lineNumber, header.DisplayName(OhlcvColumn.Timestamp),
                $"{Show(timestampText)} is not a timestamp; {TimestampParser.ExpectedForms}.");
        }

        var open = Price(line, ranges, header, OhlcvColumn.Open, sourceName, lineNumber);
        var high = Price(line, ranges, header, OhlcvColumn.High, sourceName, lineNumber);
        var low = Price(line, ranges, header, OhlcvColumn.Low, sourceName, lineNumber);
        var close = Price(line, ranges, header, OhlcvColumn.Close, sourceName, lineNumber);
        var volume = 0.0;
        if (header.IndexOf[(int)OhlcvColumn.Volume] >= 0)
        {
            volume = Number(line, ranges, header, OhlcvColumn.Volume, sourceName, lineNumber);
            if (volume < 0)
            {
                throw new MarketDataFormatException(sourceName, lineNumber, header.DisplayName(OhlcvColumn.Volume),
                    $"{Show(Field(line, ranges, header, OhlcvColumn.Volume))} is a negative volume; expected a number >= 0.");
            }
        }

        if (high < low)
        {
            throw new MarketDataFormatException(sourceName, lineNumber, header.DisplayName(OhlcvColumn.High),
                $"high {Format(high)} is below low {Format(low)}; expected High >= Low.");
        }

        CheckInRange(open, OhlcvColumn.Open, high, low, header, sourceName, lineNumber);
        CheckInRange(close, OhlcvColumn.Close, high, low, header, sourceName, lineNumber);
        return new Bar(timestamp, open, high, low, close, volume);
    }

    private static void CheckInRange(double price, OhlcvColumn role, double high, double low, OhlcvCsvHeader header, string sourceName, long lineNumber)
    {
        if (price < low || price > high)
        {
            throw new MarketDataFormatException(sourceName, lineNumber, header.DisplayName(role),
                $"{Format(price)} is outside the bar's range [low {Format(low)}, high {Format(high)}]; expected Low <= Open, Close <= High.");
        }
    }

    private static double Price(ReadOnlySpan<char> line, ReadOnlySpan<Range> ranges, OhlcvCsvHeader header, OhlcvColumn role, string sourceName, long lineNumber)
    {
        var value = Number(line, ranges, header, role, sourceName, lineNumber);
        if (value <= 0)
        {
            throw new MarketDataFormatException(sourceName, lineNumber, header.DisplayName(role),
                $"{Show(Field(line, ranges, header, role))} is not a positive price; expected a number > 0.");
        }

        if (!Execution.MoneyPrice.IsBookable(value))
        {
            throw new MarketDataFormatException(sourceName, lineNumber, header.DisplayName(role),
                $"{Show(Field(line, ranges, header, role))} is a price a decimal cannot book; expected a number {Execution.MoneyPrice.Range}.");
        }

        return value;
    }

    private static double Number(ReadOnlySpan<char> line, ReadOnlySpan<Range> ranges, OhlcvCsvHeader header, OhlcvColumn role, string sourceName, long lineNumber)
    {
        var text = Field(line, ranges, header, role);
        if (!InvariantNumberParser.TryParse(text, out var value))
        {
            throw new MarketDataFormatException(sourceName, lineNumber, header.DisplayName(role),
                text.IsEmpty ? "the value is missing; expected a number." : $"{Show(text)} is not a number.");
        }

        if (!double.IsFinite(value))
        {
            throw new MarketDataFormatException(sourceName, lineNumber, header.DisplayName(role),
                $"{Show(text)} is not a finite number.");
        }

        return value;
    }

    private static ReadOnlySpan<char> Field(ReadOnlySpan<char> line, ReadOnlySpan<Range> ranges, OhlcvCsvHeader header, OhlcvColumn role) =>
        line[ranges[header.IndexOf[(int)role]]];

    private static string Show(ReadOnlySpan<char> text) =>
        text.Length <= 40 ? $"'{text}'" : $"'{text[..40]}...'";

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
