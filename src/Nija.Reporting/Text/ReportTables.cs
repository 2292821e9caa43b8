using Nija.Metrics;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Nija.Reporting.Text;

/// <summary>Spectre.Console tables for terminals: the performance summary, trade breakdowns, monthly returns and comparisons.</summary>
public static class ReportTables
{
    /// <summary>The headline metrics of a report, two columns (metric, value).</summary>
    /// <param name="report">The report.</param>
    /// <param name="title">The table title.</param>
    /// <returns>The table.</returns>
    public static Table Summary(PerformanceReport report, string title)
    {
        ArgumentNullException.ThrowIfNull(report);
        var t = report.Trades;
        var r = report.Returns;
        var d = report.Drawdown;
        var table = NewTable(title, "Metric", "Value");
        Row(table, "Period", $"{Format.Date(report.StartTime)} → {Format.Date(report.EndTime)}");
        Row(table, "Initial equity", Format.Money(report.InitialEquity));
        Row(table, "Final equity", Format.Money(report.FinalEquity));
        Row(table, "Net profit", Format.Money(t.NetProfit));
        Row(table, "Total return", Format.Percent(r.TotalReturn));
        Row(table, "CAGR", Format.Percent(r.Cagr));
        Row(table, "Sharpe ratio", Format.Ratio(r.SharpeRatio));
        Row(table, "Sortino ratio", Format.Ratio(r.SortinoRatio));
        Row(table, "Calmar ratio", Format.Ratio(r.CalmarRatio));
        Row(table, "Volatility (ann.)", Format.Percent(r.AnnualVolatility));
        Row(table, "Max drawdown", $"{Format.Percent(d.MaxDrawdown)} ({Format.Money(d.MaxDrawdownCash)})");
        Row(table, "Drawdown peak → trough → recovery", $"{Format.Date(d.PeakTime)} → {Format.Date(d.TroughTime)} → {Format.Date(d.RecoveryTime)}");
        Row(table, "Longest drawdown", Format.Duration(d.LongestDrawdownDuration));
        Row(table, "Trades", Format.Count(t.TotalTrades));
        Row(table, "Win rate", Format.Percent(t.WinRate));
        Row(table, "Profit factor", Format.Ratio(t.ProfitFactor));
        Row(table, "Expectancy", $"{Format.Money(t.Expectancy)} ({Format.PercentValue(t.ExpectancyPercent)})");
        Row(table, "Expectancy (R)", t.ExpectancyR is { } er ? Format.Ratio(er) : "n/a");
        Row(table, "Risk : reward", Format.Ratio(t.RiskReward));
        Row(table, "Max consecutive wins / losses", $"{t.MaxConsecutiveWins} / {t.MaxConsecutiveLosses}");
        Row(table, "Total fees", Format.Money(t.TotalFees));
        Row(table, "Exposure", Format.Percent(report.Exposure));
        Row(table, "Conventions", $"{report.Conventions.PeriodsPerYear:0} periods/yr, risk-free {Format.Percent(report.Conventions.RiskFreeRate)}, {report.Conventions.TimeZoneId}");
        return table;
    }

    /// <summary>Long vs short trade statistics side by side.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The table.</returns>
    public static Table LongShort(PerformanceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var table = NewTable("Long / short", "Metric", "All", "Long", "Short");
        TradeStatistics[] s = [report.Trades, report.LongTrades, report.ShortTrades];
        Row(table, ["Trades", .. s.Select(x => Format.Count(x.TotalTrades))]);
        Row(table, ["Win rate", .. s.Select(x => Format.Percent(x.WinRate))]);
        Row(table, ["Profit factor", .. s.Select(x => Format.Ratio(x.ProfitFactor))]);
        Row(table, ["Net profit", .. s.Select(x => Format.Money(x.NetProfit))]);
        Row(table, ["Avg win", .. s.Select(x => Format.Money(x.Wins.Average))]);
        Row(table, ["Avg loss", .. s.Select(x => Format.Money(x.Losses.Average))]);
        Row(table, ["Avg holding", .. s.Select(x => Format.Duration(x.HoldingTime.Average))]);
        return table;
    }

    /// <summary>The regime breakdown (one row per regime label).</summary>
    /// <param name="report">The report.</param>
    /// <returns>The table.</returns>
    public static Table Regimes(PerformanceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var table = NewTable("Regimes", "Regime", "Trades", "Win rate", "Profit factor", "Avg P&L", "Total P&L");
        foreach (var g in report.Regimes)
        {
            Row(table, g.Regime, Format.Count(g.Trades), Format.Percent(g.WinRate), Format.Ratio(g.ProfitFactor), Format.Money(g.AveragePnl), Format.Money(g.TotalPnl));
        }

        return table;
    }

    /// <summary>Monthly returns as a year × month grid, with the year's return in the last column.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The table.</returns>
    public static Table MonthlyReturns(PerformanceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var table = NewTable("Monthly returns", ["Year", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Year"]);
        // Fourteen columns of "-15.17%" with the usual padding need about 140 characters, and at 120 a wrapped cell split
        // a figure over two lines ("-11.7" above "0%"): the figures, right-aligned, keep one space before the next rule.
        foreach (var column in table.Columns.Skip(1))
        {
            column.Padding(0, 0, 1, 0);
        }

        var years = report.MonthlyReturns.Select(m => m.Year).Distinct().Order();
        foreach (var year in years)
        {
            var cells = new string[14];
            cells[0] = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
            for (var m = 1; m <= 12; m++)
            {
                var match = report.MonthlyReturns.Where(x => x.Year == year && x.Month == m).ToList();
                cells[m] = match.Count == 0 ? "" : Format.Percent(match[0].Return);
            }

            var yearly = report.YearlyReturns.Where(x => x.Year == year).ToList();
            cells[13] = yearly.Count == 0 ? "" : Format.Percent(yearly[0].Return);
            Row(table, cells);
        }

        return table;
    }

    /// <summary>Backtest vs live: each metric side by side with differences and verdicts, then the statistical tests.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <returns>The tables, in display order.</returns>
    public static IReadOnlyList<IRenderable> Comparison(PerformanceComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var table = NewTable("Backtest vs live", "Metric", "Backtest", "Live", "Δ", "Δ %", "Tolerance", "Verdict");
        foreach (var m in comparison.Metrics)
        {
            var (label, format) = MetricDisplay(m.Name);
            Row(table, label, format(m.Backtest), format(m.Live), format(m.AbsoluteDifference), Format.Percent(m.RelativeDifference), Format.Percent(m.Tolerance), Verdict(m.Verdict));
        }

        var tests = NewTable("Are live trade returns consistent with the backtest?", "Test", "Statistic", "p-value", "Result");
        var w = comparison.TradeReturnsWelch;
        var ks = comparison.TradeReturnsKolmogorovSmirnov;
        var alpha = comparison.SignificanceLevel;
        Row(tests, "Welch's t-test (means)", $"t = {Format.Ratio(w.T)}, df = {Format.Ratio(w.DegreesOfFreedom)}", Format.Ratio(w.PValue), PValueText(w.PValue, alpha));
        Row(tests, "Kolmogorov–Smirnov (distributions)", $"D = {Format.Ratio(ks.D)}", Format.Ratio(ks.PValue), PValueText(ks.PValue, alpha));
        var ci = comparison.BacktestExpectancyInterval;
        Row(
            tests,
            $"Bootstrap {Format.Percent(ci.Confidence)} CI of backtest expectancy",
            $"[{Format.Money(ci.Lower)}, {Format.Money(ci.Upper)}]",
            "",
            comparison.LiveExpectancyWithinInterval ? $"live {Format.Money(comparison.LiveExpectancy)} inside" : $"live {Format.Money(comparison.LiveExpectancy)} outside");
        var verdict = new Markup($"Overall verdict: [bold]{Markup.Escape(Verdict(comparison.Verdict))}[/]");
        return [table, tests, verdict];
    }

    /// <summary>Renders tables to plain text (no colours), <paramref name="width"/> columns wide.</summary>
    /// <param name="renderables">What to render, in order, separated by blank lines.</param>
    /// <param name="width">Console width in characters.</param>
    /// <returns>The text.</returns>
    public static string ToPlainText(IEnumerable<IRenderable> renderables, int width = 120)
    {
        ArgumentNullException.ThrowIfNull(renderables);
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = width;
        var first = true;
        foreach (var r in renderables)
        {
            if (!first)
            {
                console.WriteLine();
            }

            console.Write(r);
            first = false;
        }

        return writer.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static (string Label, Func<double, string> Format) MetricDisplay(string name) => name switch
    {
        "winRate" => ("Win rate", Format.Percent),
        "profitFactor" => ("Profit factor", Format.Ratio),
        "expectancy" => ("Expectancy / trade", Format.Money),
        "expectancyPercent" => ("Expectancy / trade %", Format.PercentValue),
        "sharpeRatio" => ("Sharpe ratio", Format.Ratio),
        "sortinoRatio" => ("Sortino ratio", Format.Ratio),
        "maxDrawdown" => ("Max drawdown", Format.Percent),
        "cagr" => ("CAGR", Format.Percent),
        "annualVolatility" => ("Volatility (ann.)", Format.Percent),
        "tradesPerDay" => ("Trades per day", Format.Ratio),
        _ => (name, Format.Ratio),
    };

    private static string Verdict(ComparisonVerdict verdict) => verdict switch
    {
        ComparisonVerdict.WithinTolerance => "within tolerance",
        ComparisonVerdict.Worse => "WORSE",
        ComparisonVerdict.Better => "better",
        _ => "inconclusive",
    };

    private static string PValueText(double p, double alpha) =>
        double.IsNaN(p) ? "not enough trades" : p < alpha ? $"different (p < {Format.Ratio(alpha)})" : "consistent";

    private static Table NewTable(string title, params string[] columns)
    {
        var table = new Table { Title = new TableTitle(Markup.Escape(title)), Border = TableBorder.Rounded };
        for (var i = 0; i < columns.Length; i++)
        {
            var column = new TableColumn(Markup.Escape(columns[i]));
            if (i > 0)
            {
                column.RightAligned();
            }

            table.AddColumn(column);
        }

        return table;
    }

    private static void Row(Table table, params string[] cells) => table.AddRow([.. cells.Select(c => new Spectre.Console.Text(c))]);
}
