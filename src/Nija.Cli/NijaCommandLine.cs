using System.CommandLine;
using System.Globalization;
using Nija.Backtesting.Data;
using Nija.Cli.Commands;

namespace Nija.Cli;

/// <summary>Builds and runs the <c>nija</c> command tree; the entry point tests call in-process.</summary>
public static class NijaCommandLine
{
    /// <summary>Parses <paramref name="args"/>, runs the chosen command and returns its exit code (see <see cref="ExitCodes"/>).</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Where normal output goes.</param>
    /// <param name="error">Where error messages go.</param>
    /// <param name="time">The clock (the system clock when null).</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider? time = null) =>
        Run(args, output, error, time, interactive: false);

    internal static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider? time, bool interactive)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        // Output is culture-invariant: a German-locale machine parses and prints the same numbers.
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            var env = new CliEnvironment(output, error, time ?? TimeProvider.System, interactive);
            var root = new RootCommand("nija: backtest trading strategies, track live execution with risk limits, and report investor-grade performance.")
            {
                BacktestCommand.Create(env),
                LiveCommand.Create(env),
                ReportCommand.Create(env),
                CompareCommand.Create(env),
                OptimizeCommand.Create(env),
                WalkForwardCommand.Create(env),
                MonteCarloCommand.Create(env),
            };

            var parseResult = root.Parse(args);
            if (parseResult.Errors.Count > 0)
            {
                foreach (var e in parseResult.Errors)
                {
                    error.WriteLine($"nija: {e.Message}");
                }

                error.WriteLine("Run 'nija --help' or 'nija <command> --help' for usage.");
                return ExitCodes.UsageError;
            }

            return parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    /// <summary>Runs a command body, turning user errors into one line on stderr and an exit code (never a stack trace).</summary>
    internal static int Guard(CliEnvironment env, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (UsageException ex)
        {
            return Fail(env, ex.Message, ExitCodes.UsageError);
        }
        catch (FileNotFoundException ex)
        {
            return Fail(env, ex.Message, ExitCodes.UsageError);
        }
        catch (DirectoryNotFoundException ex)
        {
            return Fail(env, ex.Message, ExitCodes.UsageError);
        }
        catch (MarketDataFormatException ex)
        {
            return Fail(env, ex.Message, ExitCodes.RuntimeFailure);
        }
        catch (FormatException ex)
        {
            return Fail(env, ex.Message, ExitCodes.RuntimeFailure);
        }
        catch (ArgumentException ex)
        {
            return Fail(env, UserMessage(ex), ExitCodes.UsageError);
        }
        catch (Nija.LiveTracking.Journal.TradeJournalException ex)
        {
            return Fail(env, ex.Message, ExitCodes.RuntimeFailure);
        }
        catch (IOException ex)
        {
            return Fail(env, ex.Message, ExitCodes.RuntimeFailure);
        }
        catch (UnauthorizedAccessException ex)
        {
            return Fail(env, ex.Message, ExitCodes.RuntimeFailure);
        }
        catch (OperationCanceledException)
        {
            return Fail(env, "cancelled.", ExitCodes.RuntimeFailure);
        }
        catch (InvalidOperationException ex)
        {
            return Fail(env, ex.Message, ExitCodes.RuntimeFailure);
        }
        catch (OverflowException ex)
        {
            // Money is decimal, and a decimal holds 7.9e28 at most: an absurd balance or quantity overflows in the run.
            return Fail(env, "a money amount went beyond what a decimal holds (about 7.9e28): " + ex.Message, ExitCodes.RuntimeFailure);
        }
    }

    /// <summary>
    /// An argument error as one line for a person at a terminal: without the " (Parameter 'name')" suffix .NET appends (the
    /// library's parameter, not the option the user typed) and with an out-of-range value as "(got …)" at the end of the
    /// line instead of a second "Actual value was …" line, and only when the message does not already show it.
    /// </summary>
    /// <param name="ex">The exception.</param>
    /// <returns>The message.</returns>
    internal static string UserMessage(ArgumentException ex)
    {
        var text = ex.Message;
        string? actual = null;
        if (ex is ArgumentOutOfRangeException { ActualValue: { } value })
        {
            actual = Convert.ToString(value, CultureInfo.InvariantCulture);
            var line = text.LastIndexOf(Environment.NewLine + "Actual value was ", StringComparison.Ordinal);
            if (line >= 0)
            {
                text = text[..line];
            }
        }

        if (ex.ParamName is { Length: > 0 } name && text.EndsWith($" (Parameter '{name}')", StringComparison.Ordinal))
        {
            text = text[..^$" (Parameter '{name}')".Length];
        }

        text = text.ReplaceLineEndings(" ").Trim();
        return string.IsNullOrEmpty(actual) || text.Contains(actual, StringComparison.Ordinal) ? text : $"{text} (got {actual})";
    }

    private static int Fail(CliEnvironment env, string message, int code)
    {
        env.Error.WriteLine($"nija: {message}");
        return code;
    }
}
