using System.Globalization;
using System.Text;

namespace Nija.Metrics;

/// <summary>
/// Writes an output file so that it is never seen half-written: the content goes to a partial file beside the target
/// (<c>path.&lt;random&gt;.partial</c>, its own for each call, so two writers never share one), which replaces the target
/// only when it is complete. A failure (a full disk, an exception from the writer) leaves any earlier file as it was and
/// removes the partial file. Every file the <c>nija</c> tool writes (JSON results, reports, tearsheets, CSV exports) goes
/// through here.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Opens a partial file for <paramref name="path"/> (for a symbolic link, for the file it points to), creating the folder if needed. Write to
    /// <see cref="PendingFile.Stream"/>, then call <see cref="PendingFile.Commit"/>; disposing it without committing
    /// removes the partial file and leaves <paramref name="path"/> as it was.
    /// </summary>
    /// <param name="path">The file to replace (or create).</param>
    /// <returns>The open partial file.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public static PendingFile Create(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        // A symbolic link is followed, as writing through it would: the file it points to is replaced, the link stays.
        var info = new FileInfo(full);
        if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
        {
            full = target.FullName;
        }

        var folder = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var temporary = string.Create(CultureInfo.InvariantCulture, $"{full}.{Guid.NewGuid():N}.partial");
        return new PendingFile(full, temporary, new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16));
    }

    /// <summary>Writes <paramref name="path"/> with what <paramref name="write"/> puts in the stream it is given, creating the folder if needed.</summary>
    /// <param name="path">The file.</param>
    /// <param name="write">Writes the content; it must not close or keep the stream.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="write"/> is null.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var file = Create(path);
        write(file.Stream);
        file.Commit();
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> as UTF-8 without a byte-order mark, creating the folder if needed.</summary>
    /// <param name="path">The file.</param>
    /// <param name="text">The content.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static void WriteText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        WriteText(path, writer => writer.Write(text));
    }

    /// <summary>Writes <paramref name="path"/> with what <paramref name="write"/> writes to a UTF-8 text writer (no byte-order mark), creating the folder if needed.</summary>
    /// <param name="path">The file.</param>
    /// <param name="write">Writes the text; it must not close or keep the writer.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="write"/> is null.</exception>
    public static void WriteText(string path, Action<TextWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var file = Create(path);
        using (var writer = new StreamWriter(file.Stream, Utf8NoBom, 1 << 16, leaveOpen: true))
        {
            write(writer);
        }

        file.Commit();
    }
}

/// <summary>A partial file opened by <see cref="AtomicFile.Create"/>: written through <see cref="Stream"/>, put in place by <see cref="Commit"/>.</summary>
public sealed class PendingFile : IDisposable
{
    private readonly string _path;
    private readonly string _temporary;
    private bool _done;

    internal PendingFile(string path, string temporary, FileStream stream)
    {
        _path = path;
        _temporary = temporary;
        Stream = stream;
    }

    /// <summary>The partial file's stream.</summary>
    public Stream Stream { get; }

    /// <summary>Closes the partial file and moves it over the target (replacing an earlier file, whose permissions it takes on Unix).</summary>
    /// <exception cref="InvalidOperationException">Already committed or disposed.</exception>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_done, this);
        try
        {
            Stream.Dispose();
            // The replaced file's permissions carry over (a report kept private stays private).
            if (!OperatingSystem.IsWindows() && File.Exists(_path))
            {
                File.SetUnixFileMode(_temporary, File.GetUnixFileMode(_path));
            }

            File.Move(_temporary, _path, overwrite: true);
        }
        catch
        {
            Dispose();
            throw;
        }

        _done = true;
    }

    /// <summary>Without a <see cref="Commit"/>: closes and removes the partial file, leaving the target as it was.</summary>
    public void Dispose()
    {
        if (_done)
        {
            return;
        }

        _done = true;
        Stream.Dispose();
        File.Delete(_temporary);
    }
}
