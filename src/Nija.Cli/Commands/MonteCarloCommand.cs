using System.CommandLine;
using System.Globalization;
using Nija.Backtesting.Research;
using Nija.Metrics;
using Nija.Reporting.Text;
using Spectre.Console;

namespace Nija.Cli.Commands;

/// <summary><c>nija monte-carlo</c>: resamples a backtest's trades into many paths; percentile tables and the probability of ruin.</summary>
internal static class MonteCarloCommand
{
    public static Command Create(CliEnvironment env)
    {
        var backtest = new Option<string>("--backtest", "-b") { Description = "A backtest result JSON (from 'nija backtest --output').", DefaultValueFactory = _ => Path.Combine("results", "backtest.json") };
        var paths = new Option<int>("--paths") { Description = "Simulated paths (at least 1).", DefaultValueFactory = _ => 10_000 };
        var method = new Option<string>("--method") { Description = "bootstrap (draw trades with replacement) or shuffle (reorder the same trades).", DefaultValueFactory = _ => "bootstrap" };
        var seed = new Option<int>("--seed") { Description = "Master seed: the same seed gives the same result.", DefaultValueFactory = _ => 42 };
        var ruin = new Option<double>("--ruin-drawdown") { Description = "A path is ruined when it falls this percent below a previous peak (above 0, at most 100).", DefaultValueFactory = _ => 30d };
        var output = new Option<string>("--output", "-o") { Description = "Where to write the JSON of the distributions.", DefaultValueFactory = _ => Path.Combine("results", "monte-carlo.json") };
        var format = new Option<string>("--format", "-f") { Description = "text (tables), json (the JSON on stdout too) or html (the tables also as a page next to --output).", DefaultValueFactory = _ => "text" };

        var command = new Command("monte-carlo", "Monte Carlo robustness of a backtest's trades: percentiles of final return and drawdown, confidence intervals and the probability of ruin.")
        {
            backtest, paths, method, seed, ruin, output, format,
        };

        command.SetAction(parse => NijaCommandLine.Guard(env, () =>
        {
            var fmt = OptionParsing.FormatName(parse.GetValue(format));
            var options = new MonteCarloOptions
            {
                Paths = ResearchParsing.AtLeast("--paths", parse.GetValue(paths), 1, "10000"),
                Method = ResearchParsing.Method(parse.GetValue(method)),
                Seed = parse.GetValue(seed),
                RuinDrawdown = ResearchParsing.PercentFraction("--ruin-drawdown", parse.GetValue(ruin), "30"),
            };
            var source = parse.GetValue(backtest)!;
            var document = TrackRecords.ReadResultFile(source, "--backtest");
            if (document.Trades.Count == 0)
            {
                throw new UsageException($"--backtest: '{source}' has no closed trades to resample.");
            }

            var result = MonteCarloSimulation.Run(document.Trades, options);
            var simulation = ResearchJson.Of(result, source, options.Seed, options.RuinDrawdown);
            var path = parse.GetValue(output)!;
            JsonFiles.Write(path, simulation, ResearchJsonContext.Default.MonteCarloDocument);
            if (fmt == "json")
            {
                env.EchoFile(path);
                return ExitCodes.Success;
            }

            var title = string.Create(CultureInfo.InvariantCulture, $"{Format.Count(result.Paths)} {(result.Method == MonteCarloMethod.Shuffle ? "shuffled" : "bootstrapped")} paths of {Format.Count(result.TradesPerPath)} trades");
            env.Console.Write(Percentiles(result, title));
            env.Console.Write(Intervals(result));
            env.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Probability of ruin (a drawdown of {options.RuinDrawdown * 100d:0.##}% or more): {Format.Percent(result.ProbabilityOfRuin)}."));
            env.Console.WriteLine($"Results written to {path}");
            if (fmt == "html")
            {
                var ruin = string.Create(CultureInfo.InvariantCulture, $"Probability of ruin (a drawdown of {options.RuinDrawdown * 100d:0.##}% or more): {Format.Percent(result.ProbabilityOfRuin)}.");
                ResearchHtml.Write(env, "Monte Carlo: " + title, [Percentiles(result, title), Intervals(result), new Spectre.Console.Text(ruin)], path);
            }
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Table Percentiles(MonteCarloResult result, string title)
    {
        var table = new Table { Title = new TableTitle(Markup.Escape(title)) };
        table.AddColumn("Statistic");
        foreach (var p in new[] { "P5", "P25", "Median", "P75", "P95" })
        {
            table.AddColumn(new TableColumn(p).RightAligned());
        }

        Row(table, "Final return", result.FinalReturn, Format.Percent);
        Row(table, "Max drawdown", result.MaxDrawdown, Format.Percent);
        Row(table, "Longest drawdown (trades)", result.LongestDrawdownTrades, v => v.ToString("0.#", CultureInfo.InvariantCulture));
        return table;
    }

    private static Table Intervals(MonteCarloResult result)
    {
        var table = new Table { Title = new TableTitle("95% intervals of per-path statistics") };
        table.AddColumn("Statistic");
        table.AddColumn(new TableColumn("Lower").RightAligned());
        table.AddColumn(new TableColumn("Median").RightAligned());
        table.AddColumn(new TableColumn("Upper").RightAligned());
        Row(table, "Sharpe per trade", result.SharpePerTrade, Format.Ratio);
        Row(table, "Profit factor", result.ProfitFactor, Format.Ratio);
        Row(table, "Win rate", result.WinRate, Format.Percent);
        Row(table, "Expectancy (per trade)", result.Expectancy, Format.Percent);
        return table;
    }

    private static void Row(Table table, string label, PercentileSummary p, Func<double, string> format) =>
        table.AddRow(label, format(p.P5), format(p.P25), format(p.P50), format(p.P75), format(p.P95));

    private static void Row(Table table, string label, MonteCarloInterval i, Func<double, string> format) =>
        table.AddRow(label, format(i.Lower), format(i.Median), format(i.Upper));
}
