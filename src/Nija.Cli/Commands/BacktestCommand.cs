using System.CommandLine;
using System.Globalization;
using Nija.Backtesting;
using Nija.Backtesting.Data;
using Nija.Backtesting.Engine;
using Nija.Backtesting.Execution;
using Nija.Backtesting.Orders;
using Nija.Backtesting.Regimes;
using Nija.Backtesting.Strategies;
using Nija.Metrics;
using Nija.Reporting.Text;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Nija.Cli.Commands;

/// <summary><c>nija backtest</c>: runs a registered strategy over a CSV file and writes the result.</summary>
internal static class BacktestCommand
{
    public static Command Create(CliEnvironment env)
    {
        var data = new Option<string[]>("--data", "-d") { Description = "OHLCV CSV file (header with open/high/low/close[/volume] and a timestamp column). Repeat it, or give a folder of CSV files, for a multi-symbol portfolio on one cash balance.", Required = true };
        var maxPositions = new Option<int?>("--max-positions") { Description = "Portfolio runs: at most this many open positions at once (default: the number of symbols)." };
        var symbol = new Option<string?>("--symbol", "-s") { Description = "Instrument name on trades (default: the file name)." };
        var strategy = new Option<string>("--strategy") { Description = "Registered strategy: sma-cross, rsi-reversion, donchian-breakout.", DefaultValueFactory = _ => "sma-cross" };
        var parameters = new Option<string[]>("--param", "-p") { Description = "Strategy parameter as name=value (repeatable), e.g. --param fast=10 --param slow=30.", AllowMultipleArgumentsPerToken = false };
        var balance = new Option<decimal>("--initial-balance") { Description = "Starting cash.", DefaultValueFactory = _ => 10_000m };
        var days = new Option<int?>("--days") { Description = "Keep only the last N calendar days of data." };
        var commissionBps = new Option<decimal>("--commission-bps") { Description = "Commission in basis points of traded value per fill.", DefaultValueFactory = _ => 0m };
        var commissionFixed = new Option<decimal>("--commission-fixed") { Description = "Fixed commission per fill.", DefaultValueFactory = _ => 0m };
        var slippageBps = new Option<double>("--slippage-bps") { Description = "Slippage in basis points against the trader on market and stop fills.", DefaultValueFactory = _ => 0d };
        var lotSize = new Option<decimal>("--lot-size") { Description = "Quantities are rounded down to a multiple of this (1 = whole units; 0.00000001 for BTC).", DefaultValueFactory = _ => 1m };
        var fill = new Option<string>("--fill") { Description = "When market orders fill: next-open (default) or close.", DefaultValueFactory = _ => "next-open" };
        fill.AcceptOnlyFromAmong("next-open", "close");
        var maxDailyLoss = new Option<decimal?>("--max-daily-loss") { Description = "Enable the daily-loss circuit breaker at this percent (e.g. 5)." };
        var maxDrawdown = new Option<decimal?>("--max-drawdown") { Description = "Drawdown alert threshold in percent when the breaker is enabled (default 12)." };
        var allowNegativeEquity = new Option<bool>("--allow-negative-equity") { Description = "Keep trading when the equity falls to zero or below (by default the run closes the position at that close and rejects every later entry)." };
        var periodsPerYear = new Option<double?>("--periods-per-year") { Description = "Annualisation for Sharpe etc. (default: 365 if the data has weekend bars, else 252)." };
        var output = new Option<string>("--output", "-o") { Description = "Where to write the JSON result (an .html tearsheet is written next to it with --format html).", DefaultValueFactory = _ => Path.Combine("results", "backtest.json") };
        var format = new Option<string>("--format", "-f") { Description = "text (summary tables), json (the result JSON on stdout too) or html (also write the tearsheet).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "html");

        var command = new Command("backtest", "Run a strategy over historical bars with commission, slippage and risk limits; print a summary and write the result.")
        {
            data, maxPositions, symbol, strategy, parameters, balance, days, commissionBps, commissionFixed, slippageBps, lotSize, fill, maxDailyLoss, maxDrawdown, allowNegativeEquity, periodsPerYear, output, format,
        };

        command.SetAction(parse => NijaCommandLine.Guard(env, () =>
        {
            var files = ExpandDataFiles(parse.GetValue(data) ?? []);
            var registry = StrategyRegistry.CreateDefault();
            var strategyName = parse.GetValue(strategy)!;
            var strategyParameters = OptionParsing.Parameters(parse.GetValue(parameters));
            // Created before any file is read, so a bad strategy or --param is reported first (also for portfolios).
            var instance = registry.Create(strategyName, strategyParameters);
            if (files.Count > 1)
            {
                return PortfolioBacktest.Run(env, files, name => registry.Create(strategyName, strategyParameters), new PortfolioSettings(
                    parse.GetValue(balance),
                    Commission(parse.GetValue(commissionBps), parse.GetValue(commissionFixed)),
                    parse.GetValue(slippageBps),
                    parse.GetValue(lotSize),
                    parse.GetValue(fill) == "close" ? FillTiming.Close : FillTiming.NextOpen,
                    parse.GetValue(maxPositions),
                    parse.GetValue(maxDailyLoss),
                    parse.GetValue(maxDrawdown),
                    !parse.GetValue(allowNegativeEquity),
                    parse.GetValue(periodsPerYear),
                    parse.GetValue(days),
                    parse.GetValue(output)!,
                    OptionParsing.FormatName(parse.GetValue(format))));
            }

            if (parse.GetValue(maxPositions) is not null)
            {
                throw new UsageException($"--max-positions applies to portfolio runs (two or more --data files); this run has one file, {files[0]}.");
            }

            // Kept a BarSeries (checked once when read, immutable): the run skips its validation pass and computes its equity
            // curve from the series, and nothing copies the bars (a million bars are 56 MB).
            var series = OhlcvCsvReader.ReadFile(files[0], parse.GetValue(symbol));
            if (parse.GetValue(days) is { } n)
            {
                series = BarFilters.LastDays(series, n);
            }

            var bars = series.AsSpan();
            if (bars.Length == 0)
            {
                throw new UsageException($"{files[0]}: no bars to backtest{(parse.GetValue(days) is { } d ? $" in the last {d} days" : "")}.");
            }

            var options = new BacktestOptions
            {
                Symbol = series.Symbol,
                InitialCash = parse.GetValue(balance),
                Commission = Commission(parse.GetValue(commissionBps), parse.GetValue(commissionFixed)),
                Slippage = SlippageModels.BasisPoints(parse.GetValue(slippageBps)),
                LotSize = parse.GetValue(lotSize),
                FillTiming = parse.GetValue(fill) == "close" ? FillTiming.Close : FillTiming.NextOpen,
                Regimes = new RegimeClassifierOptions(),
                StopWhenOutOfMoney = !parse.GetValue(allowNegativeEquity),
                Conventions = new MetricConventions { PeriodsPerYear = parse.GetValue(periodsPerYear) ?? GuessPeriodsPerYear(bars) },
            };
            if (parse.GetValue(maxDailyLoss) is { } loss)
            {
                options.RiskRules = new RiskRulesOptions { MaxDailyLossPercent = loss, MaxDrawdownPercent = parse.GetValue(maxDrawdown) ?? 12m };
            }

            var result = Run(env, instance, series, options);
            var path = parse.GetValue(output)!;
            var fmt = OptionParsing.FormatName(parse.GetValue(format));
            // Streamed to the file (a million bars make about 140 MB of JSON, twice that as a string), replacing an earlier
            // file only when complete.
            BacktestResultJson.WriteFile(result, path);
            if (fmt == "json")
            {
                env.EchoFile(path);
                return ExitCodes.Success;
            }

            Print(env, result);
            env.Console.WriteLine($"Result written to {path}");
            if (fmt == "html")
            {
                var html = Path.ChangeExtension(path, ".html");
                Tearsheets.Write(env, "Backtest: " + result.Settings.Strategy + " on " + result.Settings.Symbol, result.ToDocument(), null, null, html);
                env.Console.WriteLine($"Tearsheet written to {html}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    internal static void Print(CliEnvironment env, BacktestResult result)
    {
        var report = result.Report!;
        var items = new List<IRenderable>
        {
            ReportTables.Summary(report, $"{result.Settings.Strategy} on {result.Settings.Symbol}"),
            ReportTables.LongShort(report),
        };
        if (report.Regimes.Count > 0)
        {
            items.Add(ReportTables.Regimes(report));
        }

        foreach (var item in items)
        {
            env.Console.Write(item);
        }

        if (result.RiskEvents.Count > 0 || result.RejectedOrders.Count > 0)
        {
            env.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Risk: {result.RiskEvents.Count(e => (e.Events & RiskEvents.BreakerTripped) != 0)} breaker trip(s), {result.RejectedOrders.Count} rejected order(s)."));
        }

        ReportRejections(env, result.RejectedOrders);
        ReportOutOfMoney(env, result.Trades);
        ReportUnfilled(env, result.UnfilledOrders.Count);
        env.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Run: {Format.Count(result.Run.Bars)} bars in {result.Run.ElapsedSeconds:0.000} s ({Format.Count((long)result.Run.BarsPerSecond)} bars/s)."));
    }

    /// <summary>
    /// When orders were rejected, one line counting them by why, most frequent first: the part of each reason before its
    /// numbers (e.g. <c>Rejected orders: 3 × insufficient cash, 1 × out of money.</c>); the result file has every one.
    /// </summary>
    internal static void ReportRejections(CliEnvironment env, IEnumerable<RejectedOrder> rejected)
    {
        var kinds = rejected
            .GroupBy(r => r.Reason.Split(':', 2)[0], StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} × {g.Key}"))
            .ToList();
        if (kinds.Count > 0)
        {
            env.Console.WriteLine($"Rejected orders: {string.Join(", ", kinds)}.");
        }
    }

    /// <summary>When a run stopped because the account ran out of money, one line saying at which close (both engines).</summary>
    internal static void ReportOutOfMoney(CliEnvironment env, IEnumerable<ClosedTrade> trades)
    {
        if (trades.FirstOrDefault(t => t.ExitReason == ExitReasons.OutOfMoney) is { } stopped)
        {
            env.Console.WriteLine($"Out of money: the equity fell to zero or below at the close of {Format.DateTime(stopped.ExitTime)}; open positions were closed there and later entries were rejected.");
        }
    }

    private static List<string> ExpandDataFiles(string[] given)
    {
        var files = new List<string>();
        foreach (var item in given)
        {
            if (Directory.Exists(item))
            {
                var csvs = Directory.GetFiles(item, "*.csv").Order(StringComparer.Ordinal).ToList();
                if (csvs.Count == 0)
                {
                    throw new UsageException($"--data: the folder '{item}' holds no .csv files.");
                }

                files.AddRange(csvs);
            }
            else
            {
                files.Add(item);
            }
        }

        if (files.Count == 0)
        {
            throw new UsageException("--data: give a CSV file (or several, or a folder of them).");
        }

        return files;
    }

    private static BacktestResult Run(CliEnvironment env, IStrategy strategy, BarSeries series, BacktestOptions options)
    {
        var engine = new UnifiedBacktestEngine();
        if (!env.Interactive)
        {
            return engine.Run(strategy, series, options);
        }

        BacktestResult? result = null;
        env.Console.Progress().Start(ctx =>
        {
            var task = ctx.AddTask("Backtesting", maxValue: 1d);
            result = engine.Run(strategy, series, options, new Progress<double>(p => task.Value = p));
            task.Value = 1d;
        });
        return result!;
    }

    /// <summary>One line when orders were still pending as the data ended (they are in the result's unfilledOrders).</summary>
    internal static void ReportUnfilled(CliEnvironment env, int count)
    {
        if (count > 0)
        {
            env.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Unfilled: {Format.Count(count)} order(s) still pending when the data ended, never filled."));
        }
    }

    internal static ICommissionModel Commission(decimal bps, decimal fixedFee)
    {
        if (bps < 0m || fixedFee < 0m)
        {
            throw new UsageException("--commission-bps and --commission-fixed must be zero or positive.");
        }

        return (bps, fixedFee) switch
        {
            (0m, 0m) => CommissionModels.None,
            (_, 0m) => CommissionModels.BasisPoints(bps),
            (0m, _) => CommissionModels.FixedPerFill(fixedFee),
            _ => CommissionModels.Combine(CommissionModels.BasisPoints(bps), CommissionModels.FixedPerFill(fixedFee)),
        };
    }

    /// <summary>Annualisation when the user gives none: 365 when the data has weekend bars (a 24/7 market), else 252.</summary>
    /// <summary>
    /// How many bars the data has a year, for metrics over per-bar returns (sweeps, walk-forward, portfolio trial
    /// metrics): <see cref="GuessPeriodsPerYear"/> for daily (or slower) bars; for intraday bars the bars per year the
    /// data itself shows, (bars − 1) / years spanned (hourly bars around the clock give 8,766; one-minute, 525,960).
    /// </summary>
    /// <remarks>
    /// The daily figure does not suit intraday returns: a sweep over one-minute bars annualised them as if each were a
    /// day, which understated Sharpe and Sortino about 46-fold and made CAGR and Calmar meaningless.
    /// </remarks>
    internal static double GuessBarsPerYear(ReadOnlySpan<Bar> bars)
    {
        if (bars.Length < 2)
        {
            return GuessPeriodsPerYear(bars);
        }

        // Intraday when the data has clearly more bars than calendar days with bars.
        var days = 1;
        var day = DateOnly.FromDateTime(bars[0].Timestamp.UtcDateTime);
        foreach (var b in bars)
        {
            var d = DateOnly.FromDateTime(b.Timestamp.UtcDateTime);
            if (d != day)
            {
                days++;
                day = d;
            }
        }

        if (bars.Length < days * 3 / 2)
        {
            return GuessPeriodsPerYear(bars);
        }

        var years = (bars[^1].Timestamp - bars[0].Timestamp).TotalDays / 365.25;
        return Math.Round((bars.Length - 1) / years);
    }

    internal static double GuessPeriodsPerYear(ReadOnlySpan<Bar> bars)
    {
        foreach (var b in bars)
        {
            if (b.Timestamp.UtcDateTime.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                return 365;
            }
        }

        return 252;
    }
}
