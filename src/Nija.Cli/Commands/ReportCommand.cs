using System.CommandLine;
using Nija.Metrics;
using Nija.Reporting.Text;
using Spectre.Console.Rendering;

namespace Nija.Cli.Commands;

/// <summary><c>nija report</c>: the full performance report of a backtest result and/or a live track record.</summary>
internal static class ReportCommand
{
    public static Command Create(CliEnvironment env)
    {
        var backtest = new Option<string?>("--backtest", "-b") { Description = "A backtest result file (from 'nija backtest --output')." };
        var live = new Option<string?>("--live", "-l") { Description = "A live tracker data directory, a live JSON export, or postgresql:<connection string>[;Bot=<id>][;Schema=<schema>] (a fleet journal; without Bot the whole account)." };
        var format = new Option<string>("--format", "-f") { Description = "text, json or html.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "html");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file (default: stdout for text/json, results/report.html for html)." };
        var command = new Command("report", "Print or write the full performance report (metrics, drawdowns, monthly returns, regimes, long/short).")
        {
            backtest, live, format, output,
        };

        command.SetAction(parse => NijaCommandLine.Guard(env, () =>
        {
            var backtestPath = parse.GetValue(backtest);
            var livePath = parse.GetValue(live);
            if (backtestPath is null && livePath is null)
            {
                throw new UsageException("report: give --backtest FILE, --live PATH, or both.");
            }

            if (backtestPath is not null && livePath is not null && OptionParsing.FormatName(parse.GetValue(format)) == "json")
            {
                // The JSON is one track record's document; writing the backtest alone dropped the live one without a word.
                throw new UsageException("report --format json writes one track record: give --backtest or --live, not both (nija compare --format json compares them).");
            }

            var bt = backtestPath is null ? null : TrackRecords.ReadResultFile(backtestPath, "--backtest");
            var lv = livePath is null ? null : TrackRecords.ReadLive(livePath, bt?.Metrics.Conventions ?? MetricConventions.Default);
            var primary = bt ?? lv!;
            var secondary = bt is null ? null : lv;
            var fmt = OptionParsing.FormatName(parse.GetValue(format));
            var path = parse.GetValue(output);
            switch (fmt)
            {
                case "json":
                    Emit(env, path, PerformanceDocumentJson.Serialize(primary));
                    break;
                case "html":
                    path ??= Path.Combine("results", "report.html");
                    var comparison = secondary is null ? null : PerformanceComparison.Compare(primary.Metrics, secondary.Metrics, primary.Trades, secondary.Trades);
                    Tearsheets.Write(env, secondary is null ? $"{Kind(primary)} report" : "Backtest vs live report", primary, secondary, comparison, path);
                    env.Out.WriteLine($"Report written to {path}");
                    break;
                default:
                    var items = new List<IRenderable>();
                    AddReport(items, primary);
                    if (secondary is not null)
                    {
                        AddReport(items, secondary);
                    }

                    Emit(env, path, ReportTables.ToPlainText(items));
                    break;
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    internal static void Emit(CliEnvironment env, string? path, string text)
    {
        if (path is null)
        {
            env.Out.Write(text);
            if (!text.EndsWith('\n'))
            {
                env.Out.WriteLine();
            }

            return;
        }

        AtomicFile.WriteText(path, text);
        env.Out.WriteLine($"Report written to {path}");
    }

    private static void AddReport(List<IRenderable> items, PerformanceDocument document)
    {
        var r = document.Metrics;
        items.Add(ReportTables.Summary(r, $"{Kind(document)} performance"));
        items.Add(ReportTables.LongShort(r));
        if (r.MonthlyReturns.Count > 0)
        {
            items.Add(ReportTables.MonthlyReturns(r));
        }

        if (r.Regimes.Count > 0)
        {
            items.Add(ReportTables.Regimes(r));
        }
    }

    private static string Kind(PerformanceDocument d) => d.Kind == "live" ? "Live" : "Backtest";
}
