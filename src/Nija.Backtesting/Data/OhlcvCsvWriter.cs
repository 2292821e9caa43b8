using System.Globalization;
using System.Text;
using Nija.Metrics;

namespace Nija.Backtesting.Data;

/// <summary>
/// Writes bars as CSV that <see cref="OhlcvCsvReader"/> reads back to equal bars.
/// </summary>
/// <remarks>
/// Header <c>Timestamp,Open,High,Low,Close,Volume</c>; timestamps in ISO 8601 with seconds, a fraction only when
/// non-zero, and <c>Z</c> for UTC or the bar's own offset (<c>2024-01-31T09:30:00Z</c>,
/// <c>2024-01-31T09:30:00.5+01:00</c>); numbers in the invariant culture's shortest round-trip form. Lines end
/// with <c>\n</c>. No allocation per bar.
/// </remarks>
public static class OhlcvCsvWriter
{
    /// <summary>The header line written first.</summary>
    public const string Header = "Timestamp,Open,High,Low,Close,Volume";

    private const string UtcFormat = "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF'Z'";
    private const string OffsetFormat = "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFzzz";

    /// <summary>Writes bars to a writer (which the caller keeps and disposes).</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="bars">The bars to write, in the order given.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public static void Write(TextWriter writer, ReadOnlySpan<Bar> bars)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Header);
        writer.Write('\n');
        Span<char> line = stackalloc char[256];
        foreach (ref readonly var bar in bars)
        {
            var n = Format(bar, line);
            writer.Write(line[..n]);
        }
    }

    /// <summary>Writes bars to a file (UTF-8 without byte order mark), replacing it if it exists once the new file is complete (<see cref="AtomicFile"/>).</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="bars">The bars to write, in the order given.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteFile(string path, ReadOnlySpan<Bar> bars)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        // A span cannot be captured by a callback: the file is opened, written and committed here.
        using var file = AtomicFile.Create(path);
        using (var writer = new StreamWriter(file.Stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024, leaveOpen: true))
        {
            Write(writer, bars);
        }

        file.Commit();
    }

    private static int Format(in Bar bar, Span<char> line)
    {
        var n = 0;
        var format = bar.Timestamp.Offset == TimeSpan.Zero ? UtcFormat : OffsetFormat;
        _ = bar.Timestamp.TryFormat(line, out var written, format, CultureInfo.InvariantCulture);
        n += written;
        n += Append(bar.Open, line[n..]);
        n += Append(bar.High, line[n..]);
        n += Append(bar.Low, line[n..]);
        n += Append(bar.Close, line[n..]);
        n += Append(bar.Volume, line[n..]);
        line[n++] = '\n';
        return n;
    }

    private static int Append(double value, Span<char> destination)
    {
        destination[0] = ',';
        _ = value.TryFormat(destination[1..], out var written, "R", CultureInfo.InvariantCulture);
        return written + 1;
    }
}
