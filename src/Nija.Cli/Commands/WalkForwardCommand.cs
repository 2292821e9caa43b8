using System.CommandLine;
using System.Globalization;
using Nija.Backtesting;
using Nija.Backtesting.Research;
using Nija.Metrics;
using Nija.Reporting.Text;
using Spectre.Console;

namespace Nija.Cli.Commands;

/// <summary><c>nija walk-forward</c>: optimise in-sample, trade out-of-sample, window after window; stitched result and efficiency.</summary>
internal static class WalkForwardCommand
{
    public static Command Create(CliEnvironment env)
    {
        var settings = new SweepSettings();
        var inSample = new Option<int>("--in-sample") { Description = "In-sample window length in bars (at least 2), e.g. --in-sample 500.", Required = true };
        var outOfSample = new Option<int>("--out-of-sample") { Description = "Out-of-sample window length in bars (at least 1), also the step between windows, e.g. --out-of-sample 100.", Required = true };
        var mode = new Option<string>("--mode") { Description = "rolling (fixed-length in-sample window) or anchored (in-sample windows all start at the first bar).", DefaultValueFactory = _ => "rolling" };
        var warmup = new Option<int>("--warmup") { Description = "Bars before each window fed to the strategy without trading, so indicators are warm.", DefaultValueFactory = _ => 0 };
        var output = new Option<string>("--output", "-o") { Description = "Where to write the JSON of the windows and the stitched run.", DefaultValueFactory = _ => Path.Combine("results", "walk-forward.json") };
        var format = new Option<string>("--format", "-f") { Description = "text (tables), json (the JSON on stdout too) or html (the tables also as a page next to --output).", DefaultValueFactory = _ => "text" };

        var command = new Command("walk-forward", "Walk-forward analysis: optimise on each in-sample window, trade the winner on the next out-of-sample window, stitch the out-of-sample runs.");
        settings.AddTo(command);
        foreach (var option in new Option[] { inSample, outOfSample, mode, warmup, output, format })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => NijaCommandLine.Guard(env, () =>
        {
            var fmt = OptionParsing.FormatName(parse.GetValue(format));
            var ranges = settings.Ranges(parse);
            var options = new WalkForwardOptions
            {
                InSampleBars = ResearchParsing.AtLeast("--in-sample", parse.GetValue(inSample), 2, "500"),
                OutOfSampleBars = ResearchParsing.AtLeast("--out-of-sample", parse.GetValue(outOfSample), 1, "100"),
                Mode = ResearchParsing.Mode(parse.GetValue(mode)),
                WarmupBars = ResearchParsing.AtLeast("--warmup", parse.GetValue(warmup), 0, "50"),
            };
            var bars = settings.Bars(parse, out var symbol);
            if (bars.Length <= options.InSampleBars)
            {
                throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--in-sample {options.InSampleBars}: the data has only {bars.Length} bars; the in-sample window must be shorter than the data."));
            }

            options.Sweep = settings.Sweep(parse, symbol, bars);
            var strategy = settings.Strategy(parse);
            var result = Run(env, bars, strategy, ranges, options);
            var document = ResearchJson.Of(result, strategy, symbol, options.Sweep.Objective.Name, options.InSampleBars, options.OutOfSampleBars, options.WarmupBars);
            var path = parse.GetValue(output)!;
            JsonFiles.Write(path, document, ResearchJsonContext.Default.WalkForwardDocument);
            if (fmt == "json")
            {
                env.EchoFile(path);
                return ExitCodes.Success;
            }

            var title = $"{strategy} on {symbol}: {result.Windows.Count} {(result.Mode == WalkForwardMode.Anchored ? "anchored" : "rolling")} windows by {options.Sweep.Objective.Name}";
            env.Console.Write(Windows(result, ranges, title));
            env.Console.Write(Stitched(result));
            env.Console.WriteLine($"Results written to {path}");
            if (fmt == "html")
            {
                ResearchHtml.Write(env, "Walk-forward: " + title, [Windows(result, ranges, title), Stitched(result)], path);
            }
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Table Windows(WalkForwardResult result, List<ParameterRange> ranges, string title)
    {
        var table = new Table { Title = new TableTitle(Markup.Escape(title)) };
        table.AddColumn("#");
        table.AddColumn("In-sample from");
        table.AddColumn("Out-of-sample");
        table.AddColumn("Parameters");
        table.AddColumn(new TableColumn("IS return").RightAligned());
        table.AddColumn(new TableColumn("OOS return").RightAligned());
        table.AddColumn(new TableColumn("OOS trades").RightAligned());
        table.AddColumn(new TableColumn("Efficiency").RightAligned());
        foreach (var w in result.Windows)
        {
            var parameters = w.Parameters is { } p
                ? string.Join(", ", ranges.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Name}={p[r.Name]:0.####}")))
                : "none accepted";
            table.AddRow(
                Format.Count(w.Index + 1),
                Format.Date(w.InSampleStartTime),
                $"{Format.Date(w.OutOfSampleStartTime)} → {Format.Date(w.OutOfSampleLastTime)}",
                Markup.Escape(parameters),
                w.InSample is { } s ? Format.Percent(s.TotalReturn) : "-",
                Format.Percent(w.OutOfSample.TotalReturn),
                Format.Count(w.OutOfSample.TradeCount),
                Format.Ratio(w.Efficiency));
        }

        return table;
    }

    private static Table Stitched(WalkForwardResult result)
    {
        var m = result.OutOfSample;
        var table = new Table { Title = new TableTitle("Stitched out-of-sample run") };
        table.AddColumn("Metric");
        table.AddColumn(new TableColumn("Value").RightAligned());
        table.AddRow("Net profit", Format.Money(m.NetProfit));
        table.AddRow("Total return", Format.Percent(m.TotalReturn));
        table.AddRow("Annual return (OOS)", Format.Percent(m.AnnualReturn));
        table.AddRow("Annual return (IS, mean)", Format.Percent(result.InSampleAnnualReturn));
        table.AddRow("Walk-forward efficiency", Format.Ratio(result.Efficiency));
        table.AddRow("Sharpe ratio", Format.Ratio(m.SharpeRatio));
        table.AddRow("Max drawdown", Format.Percent(m.MaxDrawdown));
        table.AddRow("Trades", Format.Count(m.TradeCount));
        table.AddRow("Win rate", Format.Percent(m.WinRate));
        return table;
    }

    private static WalkForwardResult Run(CliEnvironment env, Bar[] bars, string strategy, List<ParameterRange> ranges, WalkForwardOptions options)
    {
        if (!env.Interactive)
        {
            return WalkForwardAnalysis.Run(bars, strategy, ranges, options);
        }

        WalkForwardResult? result = null;
        env.Console.Progress().Start(ctx =>
        {
            var task = ctx.AddTask("Walking forward", maxValue: 1d);
            result = WalkForwardAnalysis.Run(bars, strategy, ranges, options, progress: new Progress<SweepProgress>(p => task.Value = Math.Max(task.Value, p.Fraction)));
            task.Value = 1d;
        });
        return result!;
    }
}
