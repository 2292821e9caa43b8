using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Nija.Metrics;

/// <summary>Writes JSON files the way every Nija result file is written: streamed, and replaced only when complete.</summary>
public static class JsonFiles
{
    /// <summary>
    /// Serialises <paramref name="value"/> as UTF-8 JSON to <paramref name="path"/>, creating the folder if needed. The JSON
    /// is streamed (through <see cref="AtomicFile"/>) to a partial file beside it (<c>path.&lt;random&gt;.partial</c>, its own for each call, so two writers never
    /// share one), which replaces <paramref name="path"/> only when it is complete: a failure (a full disk, an exception
    /// from serialisation) leaves any earlier file as it was and removes the partial file.
    /// </summary>
    /// <typeparam name="T">The type written.</typeparam>
    /// <param name="path">The file.</param>
    /// <param name="value">What to write.</param>
    /// <param name="typeInfo">The source-generated metadata for <typeparamref name="T"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public static void Write<T>(string path, T value, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        AtomicFile.Write(path, stream => JsonSerializer.Serialize(stream, value, typeInfo));
    }
}
