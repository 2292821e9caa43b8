using System.Globalization;
using Nija.Backtesting;
using Nija.Backtesting.Data;
using Nija.Backtesting.Engine;
using Nija.Backtesting.Execution;
using Nija.Backtesting.Orders;
using Nija.Backtesting.Regimes;
using Nija.Backtesting.Strategies.BuiltIn;
using Nija.Demo;
using Nija.LiveTracking;
using Nija.LiveTracking.Exports;
using Nija.Metrics;
using Nija.Reporting.Html;
using Nija.Reporting.Text;

// Nija end-to-end demo: backtest -> live tracking with a circuit-breaker day -> backtest vs live -> files.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var folder = Path.GetFullPath(args.Length > 0 ? args[0] : "nija-demo");
if (Directory.Exists(folder))
{
    Directory.Delete(folder, recursive: true);
    Console.WriteLine($"Starting from a clean demo folder (removed the previous run's {folder}).");
}

Directory.CreateDirectory(folder);
var (history, live) = DemoData.Generate();
var csv = Path.Combine(folder, "DEMO.csv");
OhlcvCsvWriter.WriteFile(csv, history);
Console.WriteLine($"Generated {history.Length:N0} hourly bars of seeded sample data ({history[0].Timestamp:yyyy-MM-dd} .. {history[^1].Timestamp:yyyy-MM-dd}) -> {csv}");

// ---------------------------------------------------------------------------------------------
// 1. Backtest a moving-average strategy with commission and slippage.
// ---------------------------------------------------------------------------------------------
Step("1. Backtest: sma-cross(fast=24, slow=96) on DEMO, 5 bps commission, 2 bps slippage");
var conventions = new MetricConventions { PeriodsPerYear = 365 }; // a 24/7 market
BacktestOptions Options() => new()
{
    Symbol = DemoData.Symbol,
    InitialCash = 10_000m,
    Commission = CommissionModels.BasisPoints(5m),
    Slippage = SlippageModels.BasisPoints(2),
    LotSize = 0.01m,
    Regimes = new RegimeClassifierOptions(),
    Conventions = conventions,
};
var backtest = new UnifiedBacktestEngine().Run(new SmaCrossStrategy(24, 96), history, Options());
var bt = backtest.Report!;
Summary(bt);
Console.WriteLine($"   Engine speed: {backtest.Run.Bars:N0} bars in {backtest.Run.ElapsedSeconds * 1000:0.0} ms.");
var backtestJson = Path.Combine(folder, "backtest.json");
BacktestResultJson.WriteFile(backtest, backtestJson);

// ---------------------------------------------------------------------------------------------
// 2. Live session: the bot's fills go through ILiveExecutionTracker with a SQLite journal.
// ---------------------------------------------------------------------------------------------
Step("2. Live: 30 days of fills recorded through ILiveExecutionTracker (SQLite journal, 5% daily-loss breaker)");
var clock = new SimulatedClock(live[0].Timestamp);
var dataDir = Path.Combine(folder, "live_tracking");
var trackerOptions = new LiveTrackerOptions { DataDirectory = dataDir, InitialBalance = 10_000m };
var alerts = new List<string>();
var refused = 0;
using (var tracker = new LiveExecutionTracker(trackerOptions, timeProvider: clock, alertSinks: []))
{
    tracker.AlertRaised += (_, alert) =>
    {
        if (alert.Kind is not Nija.LiveTracking.Risk.RiskAlertKind.DailySummary)
        {
            alerts.Add($"   [{alert.Time:yyyy-MM-dd HH:mm}] {alert.Kind}: {alert.Describe()}");
        }
    };

    // What the bot's strategy does in the live month (the same strategy as the backtest).
    var bot = new UnifiedBacktestEngine().Run(new SmaCrossStrategy(24, 96), live, Options());
    var fillsByBar = bot.Fills.ToLookup(f => f.BarIndex);
    var shockDay = live[0].Timestamp.AddDays(12).Date;
    var skipping = false;
    var id = 0;
    foreach (var (bar, i) in live.Select((b, i) => (b, i)))
    {
        clock.Now = bar.Timestamp;
        tracker.MarkPrice(DemoData.Symbol, (decimal)bar.Close);
        foreach (var fill in fillsByBar[i])
        {
            // Live fills are a little worse than the backtest's: 3 bps more slippage.
            var slip = fill.Side == OrderSide.Buy ? 1.0003m : 0.9997m;
            if (fill.Intent == OrderIntent.Entry)
            {
                if (!tracker.CanOpenPosition())
                {
                    refused++;
                    skipping = true;
                    Console.WriteLine($"   [{bar.Timestamp:yyyy-MM-dd HH:mm}] bot: entry refused, {tracker.CheckRisk().Describe()}");
                    continue;
                }

                skipping = false;
                tracker.RecordEntry(new EntryFill
                {
                    ExecutionId = $"live-{++id}",
                    Symbol = DemoData.Symbol,
                    Side = fill.Side == OrderSide.Buy ? TradeSide.Long : TradeSide.Short,
                    Price = Math.Round(fill.Price * slip, 4),
                    Quantity = fill.Quantity,
                    Fees = fill.Fee,
                    ExecutionTime = bar.Timestamp,
                });
            }
            else if (!skipping)
            {
                tracker.RecordExit(new ExitFill
                {
                    ExecutionId = $"live-{++id}",
                    Symbol = DemoData.Symbol,
                    Price = Math.Round(fill.Price * slip, 4),
                    Quantity = fill.Quantity,
                    Fees = fill.Fee,
                    ExecutionTime = bar.Timestamp,
                    ExitReason = fill.Reason,
                });
            }
        }

        // A discretionary trade on a news stock goes wrong on day 12: the breaker must stop the bot that day.
        if (bar.Timestamp.Date == shockDay)
        {
            NewsShock(tracker, bar.Timestamp, ref id);
            if (bar.Timestamp.Hour == 15)
            {
                // The trader wants to "buy the dip": the bot checks the risk rules first, as it should before every order.
                var decision = tracker.CheckRisk();
                if (!decision.IsAllowed)
                {
                    refused++;
                    Console.WriteLine($"   [{bar.Timestamp:yyyy-MM-dd HH:mm}] bot: NEWS dip-buy refused before sending the order: {decision.Describe()}");
                }
            }
        }
    }

    var snapshot = tracker.GetSnapshot();
    Console.WriteLine($"   Recorded {snapshot.FillCount} fills; balance {snapshot.Balance:N2}, equity {snapshot.Equity:N2}; breaker {(snapshot.Risk.IsAllowed ? "ok" : "tripped")}.");
    Console.WriteLine($"   Risk events ({alerts.Count}):");
    alerts.ForEach(Console.WriteLine);
    Console.WriteLine($"   Entries refused by the breaker: {refused}.");
}

// Reading the journal back, read-only: what `nija live --data-dir` shows.
var view = LiveTrackRecord.Read(dataDir, timeProvider: clock);
var liveDoc = view.Snapshot.ToDocument(conventions);
Summary(liveDoc.Metrics);

// ---------------------------------------------------------------------------------------------
// 3. Backtest vs live.
// ---------------------------------------------------------------------------------------------
Step("3. Compare: is live trading consistent with the backtest?");
var comparison = PerformanceComparison.Compare(bt, liveDoc.Metrics, backtest.Trades, liveDoc.Trades);
Console.WriteLine(ReportTables.ToPlainText(ReportTables.Comparison(comparison), 110));

// ---------------------------------------------------------------------------------------------
// 4. Files: JSON result, CSV exports, HTML tearsheet.
// ---------------------------------------------------------------------------------------------
Step("4. Files");
var exports = Path.Combine(folder, "exports");
Directory.CreateDirectory(exports);
// AtomicFile: each file replaces the previous one only when it is complete (a crash never leaves half a CSV).
AtomicFile.WriteText(Path.Combine(exports, "trades.csv"), w => CsvExport.WriteTrades(w, view.Snapshot.ClosedTrades));
AtomicFile.WriteText(Path.Combine(exports, "daily_summaries.csv"), w => CsvExport.WriteDailySummaries(w, view.DailySummaries.Append(view.Snapshot.Today)));
PerformanceDocumentJson.WriteFile(liveDoc, Path.Combine(exports, "live.json"));
var tearsheet = Path.Combine(folder, "tearsheet.html");
HtmlTearsheet.WriteFile(
    new TearsheetInput { Title = "Nija demo: sma-cross on DEMO, backtest vs live", Primary = backtest.ToDocument(), Secondary = liveDoc, Comparison = comparison, GeneratedAt = clock.Now },
    tearsheet);
foreach (var file in new[] { backtestJson, Path.Combine(exports, "trades.csv"), Path.Combine(exports, "daily_summaries.csv"), Path.Combine(exports, "live.json"), tearsheet, Path.Combine(dataDir, "nija-journal.db") })
{
    Console.WriteLine($"   {file}");
}

Console.WriteLine();
Console.WriteLine("Next: open the tearsheet in a browser, or try the CLI on these files:");
Console.WriteLine($"   dotnet run --project src/Nija.Cli -- live --data-dir {dataDir}");
Console.WriteLine($"   dotnet run --project src/Nija.Cli -- compare --backtest {backtestJson} --live {dataDir}");
Console.WriteLine("DEMO DONE");
return 0;

static void Step(string title)
{
    Console.WriteLine();
    Console.WriteLine(title);
    Console.WriteLine(new string('-', title.Length));
}

static void Summary(PerformanceReport r) =>
    Console.WriteLine(
        $"   Trades {r.Trades.TotalTrades}, win rate {Format.Percent(r.Trades.WinRate)}, profit factor {Format.Ratio(r.Trades.ProfitFactor)}, " +
        $"return {Format.Percent(r.Returns.TotalReturn)}, Sharpe {Format.Ratio(r.Returns.SharpeRatio)}, max drawdown {Format.Percent(r.Drawdown.MaxDrawdown)}");

static void NewsShock(LiveExecutionTracker tracker, DateTimeOffset time, ref int id)
{
    // 09:00 buy NEWS with 60 % of equity; it falls 12 % by noon; the bot cuts it at 13:00.
    var prices = new Dictionary<int, decimal> { [10] = 95m, [11] = 90m, [12] = 88m };
    if (time.Hour == 9 && tracker.CanOpenPosition())
    {
        var quantity = decimal.Floor(tracker.GetSnapshot().Equity * 0.6m / 100m);
        tracker.RecordEntry(new EntryFill { ExecutionId = $"live-{++id}", Symbol = DemoData.ShockSymbol, Side = TradeSide.Long, Price = 100m, Quantity = quantity, Fees = 1m, ExecutionTime = time, Tag = "news" });
    }
    else if (prices.TryGetValue(time.Hour, out var price))
    {
        tracker.MarkPrice(DemoData.ShockSymbol, price);
    }
    else if (time.Hour == 13 && tracker.GetSnapshot().OpenPositions.Any(p => p.Symbol == DemoData.ShockSymbol))
    {
        var position = tracker.GetSnapshot().OpenPositions.First(p => p.Symbol == DemoData.ShockSymbol);
        tracker.RecordExit(new ExitFill { ExecutionId = $"live-{++id}", Symbol = DemoData.ShockSymbol, Price = 88m, Quantity = position.Quantity, Fees = 1m, ExecutionTime = time, ExitReason = "risk-off" });
    }
}
