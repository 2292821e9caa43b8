using System.Text.Json;

namespace Nija.Metrics;

/// <summary>Reads and writes <see cref="PerformanceDocument"/> files (UTF-8 JSON, camelCase, see docs/json.md).</summary>
public static class PerformanceDocumentJson
{
    /// <summary>Serialises a document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>Indented JSON.</returns>
    public static string Serialize(PerformanceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return JsonSerializer.Serialize(document, NijaMetricsJsonContext.Default.PerformanceDocument);
    }

    /// <summary>Writes <paramref name="document"/> to <paramref name="path"/> through <see cref="JsonFiles.Write{T}"/>: streamed, creating the folder, replacing an earlier file only when complete.</summary>
    /// <param name="document">The document.</param>
    /// <param name="path">The file.</param>
    public static void WriteFile(PerformanceDocument document, string path)
    {
        ArgumentNullException.ThrowIfNull(document);
        JsonFiles.Write(path, document, NijaMetricsJsonContext.Default.PerformanceDocument);
    }

    /// <summary>Parses a document (a backtest result file or a live export).</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">Where it came from, for error messages (e.g. a file name).</param>
    /// <returns>The document.</returns>
    /// <exception cref="FormatException">The text is not a Nija result document; the message names the source and the problem.</exception>
    public static PerformanceDocument Deserialize(string json, string source = "<json>")
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(() => JsonSerializer.Deserialize(json, NijaMetricsJsonContext.Default.PerformanceDocument), source);
    }

    /// <summary>Parses a document from UTF-8 JSON in <paramref name="utf8Json"/>, as it is read (no string of the whole file).</summary>
    /// <param name="utf8Json">The stream; read to its end and left open.</param>
    /// <param name="source">Where it came from, for error messages (e.g. a file name).</param>
    /// <returns>The document.</returns>
    /// <exception cref="FormatException">The content is not a Nija result document; the message names the source and the problem.</exception>
    public static PerformanceDocument Deserialize(Stream utf8Json, string source = "<json>")
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Parse(() => JsonSerializer.Deserialize(utf8Json, NijaMetricsJsonContext.Default.PerformanceDocument), source);
    }

    /// <summary>Runs <paramref name="deserialize"/> and checks what it gives; every failure becomes a <see cref="FormatException"/> naming <paramref name="source"/>.</summary>
    private static PerformanceDocument Parse(Func<PerformanceDocument?> deserialize, string source)
    {
        PerformanceDocument? document;
        try
        {
            document = deserialize();
        }
        catch (JsonException ex)
        {
            throw new FormatException($"{source}: not a Nija result document ({ex.Message}).", ex);
        }

        if (document is null || document.Metrics is null || document.Trades is null || document.EquityCurve is null)
        {
            throw new FormatException($"{source}: not a Nija result document (expected 'metrics', 'trades' and 'equityCurve').");
        }

        if (document.SchemaVersion > PerformanceDocument.CurrentSchemaVersion)
        {
            throw new FormatException($"{source}: schema version {document.SchemaVersion} is newer than this version of Nija understands ({PerformanceDocument.CurrentSchemaVersion}); upgrade Nija.");
        }

        return document;
    }

    /// <summary>Reads a document from a file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The document.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="FormatException">The file is not a Nija result document.</exception>
    public static PerformanceDocument ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Result file '{path}' does not exist.", path);
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Deserialize(stream, path);
    }
}
