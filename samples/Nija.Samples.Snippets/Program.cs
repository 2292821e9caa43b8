using Microsoft.Extensions.Logging.Abstractions;
using Nija.Backtesting.Data;
using Nija.Backtesting.Engine;
using Nija.Backtesting.Research;
using Nija.Backtesting.Strategies.BuiltIn;
using Nija.LiveTracking;
using Nija.LiveTracking.Journal;
using Nija.Metrics;
using Nija.Samples.Snippets;

// Runs every docs snippet once on small generated data, in a temporary folder, and prints one line per snippet.
var originalDirectory = Environment.CurrentDirectory;
var work = Directory.CreateTempSubdirectory("nija-snippets-");
Environment.CurrentDirectory = work.FullName;
try
{
    var bars = SyntheticMarketData.Generate(new SyntheticMarketDataOptions { Count = 800, Seed = 11, Volatility = 0.02 });
    var btc = SyntheticMarketData.Generate(new SyntheticMarketDataOptions { Count = 800, Seed = 12, Volatility = 0.03 });
    Directory.CreateDirectory("data");
    OhlcvCsvWriter.WriteFile("GOOG.csv", bars);
    OhlcvCsvWriter.WriteFile("data/GOOG.csv", bars);
    OhlcvCsvWriter.WriteFile("eurusd_h1.csv", btc);
    var backtest = new UnifiedBacktestEngine().Run(new SmaCrossStrategy(10, 30), bars, new BacktestOptions { Symbol = "GOOG" });
    var other = new UnifiedBacktestEngine().Run(new SmaCrossStrategy(5, 20), bars, new BacktestOptions { Symbol = "GOOG" });
    BacktestResultJson.WriteFile(backtest, "backtest.json");
    PerformanceDocumentJson.WriteFile(other.ToDocument(), "live.json");

    Print("backtesting-quick-start", BacktestingSnippets.QuickStart());
    Print("backtesting-series", BacktestingSnippets.SeriesRuns());
    Print("backtesting-harness", BacktestingSnippets.Harness());

    using (var reader = new StringReader(File.ReadAllText("GOOG.csv")))
    {
        Print("data-read-csv", DataSnippets.ReadCsv(reader));
    }

    using (var writer = new StringWriter())
    {
        Print("data-write-csv", DataSnippets.WriteCsv(new BarSeries("GOOG", bars), writer, btc));
    }

    Print("data-synthetic", DataSnippets.Synthetic());

    Print("metrics-returns", MetricsSnippets.ReturnStatistics());
    Print("metrics-report", MetricsSnippets.ReportAndComparison(
        backtest.Trades, backtest.EquityCurve, backtest.Report!, other.Report!, backtest.Trades, other.Trades));

    var now = TimeProvider.System.GetUtcNow();
    Print("live-tracking-round-trip", LiveTrackingSnippets.RecordRoundTrip(now.AddMinutes(-10), now.AddMinutes(-5)));
    Print("live-tracking-read-only", LiveTrackingSnippets.ReadOnlyView("data/mybot/nija-journal.db", new RiskRulesOptions()));

    Print("readme-integration", $"{IntegrationSnippets.ReadmeLines([]).Services.Count} services registered");
    await IntegrationSnippets.RunHostAsync(["--Nija:Tracking:DataDirectory=host-data", "--Logging:LogLevel:Default=Warning"]);
    Print("integration-host", $"host ran; the bot was {(MyBot.LastAllowed ? "allowed" : "refused")} to trade");
    using (var tracker = new LiveExecutionTracker(new LiveTrackerOptions { InitialBalance = 10_000m }, new InMemoryTradeJournal(), alertSinks: []))
    {
        var exchange = new FakeExchange(100m, now.AddMinutes(-2));
        IntegrationSnippets.Trade(tracker, NullLogger.Instance, exchange, "buy", new FakeFill("sell-1", 101m, 1m, 0.5m, now.AddMinutes(-1)));
        Print("integration-bot", $"{tracker.GetSnapshot().ClosedTrades.Count} closed trade");
    }

    Print("research-sweep", ResearchSnippets.Sweep());
    Print("research-walk-forward", ResearchSnippets.WalkForward(bars, [ParameterRange.Of("fast", 5, 10), ParameterRange.Of("slow", 30, 50)]));
    Print("research-monte-carlo", ResearchSnippets.MonteCarlo(backtest));
    Print("research-portfolio", ResearchSnippets.Portfolio(bars, btc));

    Print("tearsheet-render", TearsheetSnippets.Render(TimeProvider.System));
    return 0;
}
finally
{
    Environment.CurrentDirectory = originalDirectory;
    work.Delete(recursive: true);
}

static void Print(string snippet, string outcome) => Console.WriteLine($"[snippet] {snippet}: {outcome}");
