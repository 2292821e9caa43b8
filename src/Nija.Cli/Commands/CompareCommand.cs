using System.CommandLine;
using System.Text.Json;
using Nija.Metrics;
using Nija.Reporting.Text;

namespace Nija.Cli.Commands;

/// <summary><c>nija compare</c>: is live trading matching the backtest? Exit code 0 when it is, 3 when worse, 4 when inconclusive.</summary>
internal static class CompareCommand
{
    public static Command Create(CliEnvironment env)
    {
        var backtest = new Option<string>("--backtest", "-b") { Description = "The backtest result file.", Required = true };
        var live = new Option<string>("--live", "-l") { Description = "A live tracker data directory, a live JSON export, or postgresql:<connection string>[;Bot=<id>][;Schema=<schema>] (a fleet journal; without Bot the whole account).", Required = true };
        var format = new Option<string>("--format", "-f") { Description = "text, json or html.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "html");
        var output = new Option<string?>("--output", "-o") { Description = "Write the comparison to this file (default: stdout; results/compare.html for html)." };
        var tolerance = new Option<double>("--tolerance") { Description = "Relative tolerance per metric (0.25 = live may be 25% worse).", DefaultValueFactory = _ => 0.25 };
        var minTrades = new Option<int>("--min-live-trades") { Description = "Live closed trades needed for a verdict; with fewer the comparison is inconclusive (exit 4).", DefaultValueFactory = _ => 10 };
        var command = new Command("compare", "Compare live performance with the backtest: metrics side by side, statistical tests and a verdict. Exit code 0 within tolerance, 3 worse, 4 inconclusive.")
        {
            backtest, live, format, output, tolerance, minTrades,
        };

        command.SetAction(parse => NijaCommandLine.Guard(env, () =>
        {
            var bt = TrackRecords.ReadResultFile(parse.GetValue(backtest)!, "--backtest");
            var lv = TrackRecords.ReadLive(parse.GetValue(live)!, bt.Metrics.Conventions);
            // Swapped files would turn every verdict around: a losing bot would read as better than its backtest.
            if (bt.Kind == "live")
            {
                throw new UsageException($"--backtest: '{parse.GetValue(backtest)}' is a live record (kind 'live'); pass it as --live and the backtest result as --backtest.");
            }

            if (lv.Kind == "backtest")
            {
                throw new UsageException($"--live: '{parse.GetValue(live)}' is a backtest result (kind 'backtest'); pass it as --backtest and the live record as --live.");
            }

            var tol = parse.GetValue(tolerance);
            if (!(tol > 0 && double.IsFinite(tol)))
            {
                throw new UsageException($"--tolerance {tol}: expected a positive fraction such as 0.25.");
            }

            var minimum = parse.GetValue(minTrades);
            if (minimum < 0)
            {
                throw new UsageException($"--min-live-trades {minimum}: expected a number of trades, 0 or more.");
            }

            var comparison = PerformanceComparison.Compare(bt.Metrics, lv.Metrics, bt.Trades, lv.Trades, new ComparisonOptions { RelativeTolerance = tol, MinimumLiveTrades = minimum });
            var path = parse.GetValue(output);
            switch (OptionParsing.FormatName(parse.GetValue(format)))
            {
                case "json":
                    ReportCommand.Emit(env, path, JsonSerializer.Serialize(comparison, NijaMetricsJsonContext.Default.PerformanceComparison));
                    break;
                case "html":
                    path ??= Path.Combine("results", "compare.html");
                    Tearsheets.Write(env, "Backtest vs live", bt, lv, comparison, path);
                    env.Out.WriteLine($"Comparison written to {path}");
                    break;
                default:
                    ReportCommand.Emit(env, path, ReportTables.ToPlainText(ReportTables.Comparison(comparison)));
                    break;
            }

            return comparison.Verdict switch
            {
                ComparisonVerdict.Worse => ExitCodes.LiveOutsideTolerance,
                ComparisonVerdict.Inconclusive => ExitCodes.Inconclusive,
                _ => ExitCodes.Success,
            };
        }));
        return command;
    }
}
