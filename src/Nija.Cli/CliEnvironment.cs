using Spectre.Console;

namespace Nija.Cli;

/// <summary>Where a command writes and what time it is: injected so tests run the tool in-process.</summary>
/// <param name="Out">Normal output.</param>
/// <param name="Error">Error messages.</param>
/// <param name="Time">The clock.</param>
/// <param name="Interactive">True when stdout is a terminal (progress bars are shown).</param>
internal sealed record CliEnvironment(TextWriter Out, TextWriter Error, TimeProvider Time, bool Interactive)
{
    public IAnsiConsole Console { get; } = CreateConsole(Out, Interactive);

    /// <summary>
    /// Copies a file just written to <see cref="Out"/>, followed by a line break: what <c>--format json</c> prints is the
    /// file itself, streamed, instead of the result serialised a second time (a million-bar backtest is ≈ 140 MB of JSON).
    /// </summary>
    /// <param name="path">The file.</param>
    public void EchoFile(string path)
    {
        using (var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16))
        {
            var buffer = new char[1 << 15];
            int read;
            while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                Out.Write(buffer, 0, read);
            }
        }

        Out.WriteLine();
    }

    private static IAnsiConsole CreateConsole(TextWriter output, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        if (!interactive)
        {
            // Redirected output (files, pipes, CI logs) gets a fixed width so tables do not wrap at 80 columns.
            console.Profile.Width = 140;
        }

        return console;
    }
}
