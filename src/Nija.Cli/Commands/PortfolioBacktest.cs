using Nija.Backtesting;
using Nija.Backtesting.Data;
using Nija.Backtesting.Execution;
using Nija.Backtesting.Research;
using Nija.Backtesting.Strategies;
using Nija.Metrics;
using Nija.Reporting.Text;
using Spectre.Console;

namespace Nija.Cli.Commands;

/// <summary>The settings of a multi-symbol <c>nija backtest</c>.</summary>
internal sealed record PortfolioSettings(
    decimal InitialCash,
    ICommissionModel Commission,
    double SlippageBps,
    decimal LotSize,
    FillTiming Fill,
    int? MaxPositions,
    decimal? MaxDailyLoss,
    decimal? MaxDrawdown,
    bool StopWhenOutOfMoney,
    double? PeriodsPerYear,
    int? Days,
    string Output,
    string Format);

/// <summary><c>nija backtest</c> with several <c>--data</c> files (or a folder): one portfolio on one cash balance.</summary>
internal static class PortfolioBacktest
{
    public static int Run(CliEnvironment env, IReadOnlyList<string> files, Func<string, IStrategy> factory, PortfolioSettings s)
    {
        var all = new List<BarSeries>(files.Count);
        foreach (var file in files)
        {
            var series = OhlcvCsvReader.ReadFile(file);
            if (all.Exists(other => other.Symbol == series.Symbol))
            {
                throw new UsageException($"--data: two files give the symbol '{series.Symbol}'; rename one of them.");
            }

            all.Add(series);
        }

        // --days N: the portfolio's last N days, ending at its latest bar (each symbol's own last N days would mix periods).
        var cutoff = s.Days is { } days && all.Exists(x => x.Count > 0)
            ? all.Where(x => x.Count > 0).Max(x => x.Bars[^1].Timestamp) - TimeSpan.FromDays(days)
            : (DateTimeOffset?)null;
        var bars = new Dictionary<string, ReadOnlyMemory<Bar>>(StringComparer.Ordinal);
        foreach (var series in all)
        {
            var selected = cutoff is { } c ? BarFilters.After(series.AsSpan(), c) : series.Bars.ToArray();
            if (selected.Length == 0)
            {
                env.Error.WriteLine($"nija: {series.Symbol} has no bars in the last {s.Days} days of the portfolio; left out.");
                continue;
            }

            bars[series.Symbol] = selected;
        }

        if (bars.Count == 0)
        {
            throw new UsageException($"--days {s.Days}: no symbol has bars in that window.");
        }

        // The report annualises daily returns: 365 when any symbol trades at weekends, else 252 (or --periods-per-year).
        // The portfolio's own metrics annualise its per-timestamp returns: for intraday bars, the bars per year.
        var daily = bars.Values.Max(b => BacktestCommand.GuessPeriodsPerYear(b.Span));
        var periodsPerYear = s.PeriodsPerYear ?? daily;
        var barsPerYear = bars.Values.Max(b => BacktestCommand.GuessBarsPerYear(b.Span));
        var options = new PortfolioBacktestOptions
        {
            InitialCash = s.InitialCash,
            Commission = s.Commission,
            SlippageFactory = () => SlippageModels.BasisPoints(s.SlippageBps),
            LotSize = s.LotSize,
            FillTiming = s.Fill,
            MaxOpenPositions = s.MaxPositions,
            PeriodsPerYear = barsPerYear == daily ? periodsPerYear : barsPerYear,
            Regimes = new Nija.Backtesting.Regimes.RegimeClassifierOptions(),
            StopWhenOutOfMoney = s.StopWhenOutOfMoney,
        };
        if (s.MaxDailyLoss is { } loss)
        {
            options.RiskRules = new RiskRulesOptions { MaxDailyLossPercent = loss, MaxDrawdownPercent = s.MaxDrawdown ?? 12m };
        }

        var result = new PortfolioBacktestEngine().Run(bars, factory, options);
        var report = PerformanceCalculator.Calculate(result.Trades, result.Equity, new MetricConventions { PeriodsPerYear = periodsPerYear });
        var document = new PerformanceDocument
        {
            Kind = "backtest",
            Metrics = report,
            Trades = result.Trades,
            EquityCurve = result.Equity.ToList(),
            MonthlyReturns = report.MonthlyReturns,
        };
        PerformanceDocumentJson.WriteFile(document, s.Output);
        if (s.Format == "json")
        {
            env.EchoFile(s.Output);
            return ExitCodes.Success;
        }

        env.Console.Write(ReportTables.Summary(report, $"Portfolio of {bars.Count} symbols ({string.Join(", ", bars.Keys)})"));
        var perSymbol = new Table { Title = new TableTitle("Per symbol"), Border = TableBorder.Rounded };
        perSymbol.AddColumns("Symbol", "Trades", "Win rate", "Profit factor", "Expectancy", "Net P&L", "Rejected orders");
        foreach (var x in result.Symbols)
        {
            perSymbol.AddRow(Markup.Escape(x.Symbol), Format.Count(x.Trades.Count), Format.Percent(x.WinRate), Format.Ratio(x.ProfitFactor), Format.Money(x.Expectancy), Format.Money(x.NetPnl), Format.Count(x.RejectedOrders.Count));
        }

        env.Console.Write(perSymbol);
        if (result.RiskEvents.Count > 0)
        {
            env.Console.WriteLine($"Risk: {result.RiskEvents.Count(e => (e.Events & RiskEvents.BreakerTripped) != 0)} breaker trip(s).");
        }

        BacktestCommand.ReportRejections(env, result.Symbols.SelectMany(x => x.RejectedOrders));
        BacktestCommand.ReportUnfilled(env, result.Symbols.Sum(x => x.UnfilledOrders.Count));
        BacktestCommand.ReportOutOfMoney(env, result.Trades);
        env.Console.WriteLine($"Result written to {s.Output}");
        if (s.Format == "html")
        {
            var html = Path.ChangeExtension(s.Output, ".html");
            Tearsheets.Write(env, $"Portfolio backtest: {string.Join(", ", bars.Keys)}", document, null, null, html);
            env.Console.WriteLine($"Tearsheet written to {html}");
        }

        return ExitCodes.Success;
    }
}
