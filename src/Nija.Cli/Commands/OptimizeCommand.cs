using System.CommandLine;
using System.Globalization;
using Nija.Backtesting;
using Nija.Backtesting.Research;
using Nija.Metrics;
using Nija.Reporting.Text;
using Spectre.Console;

namespace Nija.Cli.Commands;

/// <summary><c>nija optimize</c>: a grid or random parameter sweep with the top-N table and the winner's deflated Sharpe ratio.</summary>
internal static class OptimizeCommand
{
    public static Command Create(CliEnvironment env)
    {
        var settings = new SweepSettings();
        var search = new Option<string>("--search") { Description = "grid (every combination) or random (--trials distinct combinations drawn with --seed).", DefaultValueFactory = _ => "grid" };
        var trials = new Option<int>("--trials") { Description = "With --search random: how many combinations to draw.", DefaultValueFactory = _ => 100 };
        var seed = new Option<int>("--seed") { Description = "With --search random: the seed (the same seed draws the same combinations).", DefaultValueFactory = _ => 1 };
        var top = new Option<int>("--top") { Description = "Rows of the printed table (the JSON holds every combination).", DefaultValueFactory = _ => 10 };
        var output = new Option<string>("--output", "-o") { Description = "Where to write the JSON of the full table.", DefaultValueFactory = _ => Path.Combine("results", "optimize.json") };
        var format = new Option<string>("--format", "-f") { Description = "text (tables), json (the JSON on stdout too) or html (the tables also as a page next to --output).", DefaultValueFactory = _ => "text" };

        var command = new Command("optimize", "Sweep a strategy's parameters (grid or random search) and rank the combinations; says how likely the winner is luck.");
        settings.AddTo(command);
        foreach (var option in new Option[] { search, trials, seed, top, output, format })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => NijaCommandLine.Guard(env, () =>
        {
            var fmt = OptionParsing.FormatName(parse.GetValue(format));
            var rows = ResearchParsing.AtLeast("--top", parse.GetValue(top), 1, "10");
            var ranges = settings.Ranges(parse);
            var bars = settings.Bars(parse, out var symbol);
            var options = settings.Sweep(parse, symbol, bars);
            options.Search = ResearchParsing.Search(parse.GetValue(search));
            options.RandomTrials = ResearchParsing.AtLeast("--trials", parse.GetValue(trials), 1, "200");
            options.Seed = parse.GetValue(seed);
            var strategy = settings.Strategy(parse);

            var result = Run(env, bars, strategy, ranges, options);
            var document = ResearchJson.Of(result, strategy, symbol, bars.Length);
            var path = parse.GetValue(output)!;
            JsonFiles.Write(path, document, ResearchJsonContext.Default.OptimizeDocument);
            if (fmt == "json")
            {
                env.EchoFile(path);
                return ExitCodes.Success;
            }

            var title = $"{strategy} on {symbol}: top {Math.Min(rows, result.Trials.Count)} of {result.Trials.Count} by {result.Objective}";
            env.Console.Write(Table(result, rows, title));
            env.Console.WriteLine(Verdict(result));
            env.Console.WriteLine($"Results written to {path}");
            if (fmt == "html")
            {
                ResearchHtml.Write(env, "Parameter sweep: " + title, [Table(result, rows, title), new Spectre.Console.Text(Verdict(result))], path);
            }
            return ExitCodes.Success;
        }));
        return command;
    }

    internal static Table Table(SweepResult result, int rows, string title)
    {
        var table = new Table { Title = new TableTitle(Markup.Escape(title)) };
        table.AddColumn("#");
        foreach (var name in result.ParameterNames)
        {
            table.AddColumn(new TableColumn(Markup.Escape(name)).RightAligned());
        }

        foreach (var header in new[] { $"Score ({result.Objective})", "Sharpe", "Net profit", "Return", "Max DD", "Trades", "Win rate" })
        {
            table.AddColumn(new TableColumn(Markup.Escape(header)).RightAligned());
        }

        table.AddColumn("Status");
        for (var i = 0; i < Math.Min(rows, result.Trials.Count); i++)
        {
            var t = result.Trials[i];
            var cells = new List<string> { Format.Count(i + 1) };
            foreach (var name in result.ParameterNames)
            {
                cells.Add(t.Parameters[name].ToString("0.####", CultureInfo.InvariantCulture));
            }

            var m = t.Metrics;
            cells.Add(Format.Ratio(t.Score));
            cells.Add(m is null ? "-" : Format.Ratio(m.SharpeRatio));
            cells.Add(m is null ? "-" : Format.Money(m.NetProfit));
            cells.Add(m is null ? "-" : Format.Percent(m.TotalReturn));
            cells.Add(m is null ? "-" : Format.Percent(m.MaxDrawdown));
            cells.Add(m is null ? "-" : Format.Count(m.TradeCount));
            cells.Add(m is null ? "-" : Format.Percent(m.WinRate));
            cells.Add(t.Error is { } e ? "refused: " + e : t.Accepted ? "ok" : "rejected");
            table.AddRow(cells.Select(Markup.Escape).ToArray());
        }

        return table;
    }

    /// <summary>The winner and how likely it is luck, in one or two sentences.</summary>
    internal static string Verdict(SweepResult result)
    {
        if (result.Best is not { } best)
        {
            return "No combination met the constraints (--min-trades, --max-drawdown): there is no winner.";
        }

        var parameters = string.Join(", ", result.ParameterNames.Select(n => string.Create(CultureInfo.InvariantCulture, $"{n}={best.Parameters[n]:0.####}")));
        var dsr = result.DeflatedSharpeRatio;
        if (!double.IsFinite(dsr))
        {
            return $"Best: {parameters}. Deflated Sharpe ratio: n/a (too few returns to judge whether the winner is luck).";
        }

        var judgement = dsr switch
        {
            >= 0.95 => "the edge is unlikely to be luck",
            >= 0.5 => "the edge may well be luck",
            _ => "selection alone explains the winner: treat it as luck",
        };
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Best: {parameters}. Deflated Sharpe ratio: {dsr:0.000}: a {dsr * 100d:0.0}% probability that its true Sharpe ratio beats the best of {result.TrialsRun} skill-less trials, about {(1d - dsr) * 100d:0.0}% that it is luck; {judgement}.");
    }

    private static SweepResult Run(CliEnvironment env, Bar[] bars, string strategy, List<ParameterRange> ranges, SweepOptions options)
    {
        if (!env.Interactive)
        {
            return ParameterSweep.Run(bars, strategy, ranges, options);
        }

        SweepResult? result = null;
        env.Console.Progress().Start(ctx =>
        {
            var task = ctx.AddTask("Optimising", maxValue: 1d);
            result = ParameterSweep.Run(bars, strategy, ranges, options, progress: new Progress<SweepProgress>(p => task.Value = Math.Max(task.Value, p.Fraction)));
            task.Value = 1d;
        });
        return result!;
    }
}
