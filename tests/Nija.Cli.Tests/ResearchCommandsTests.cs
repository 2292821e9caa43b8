using System.Text.Json.Nodes;
using Nija.Backtesting.Data;
using Nija.Backtesting.Engine;
using Nija.Backtesting.Research;
using Nija.Metrics;

namespace Nija.Cli.Tests;

[TestFixture]
[NonParallelizable] // changes the process's working directory and culture
public sealed class ResearchCommandsTests
{
    private CliRunner _cli = null!;

    [SetUp]
    public void SetUp() => _cli = new CliRunner();

    [TearDown]
    public void TearDown() => _cli.Dispose();

    [Test]
    public void Help_ListsTheResearchCommands()
    {
        var (code, output, _) = _cli.Run("--help");

        Assert.That(code, Is.EqualTo(ExitCodes.Success));
        Assert.That(output, Does.Contain("optimize").And.Contain("walk-forward").And.Contain("monte-carlo"));
    }

    [TestCase("optimize", "--data", "--strategy", "--range", "--objective", "--search", "--trials", "--seed", "--min-trades", "--max-drawdown", "--commission-bps", "--slippage-bps", "--initial-balance", "--parallelism", "--top", "--output", "--format")]
    [TestCase("walk-forward", "--data", "--strategy", "--range", "--in-sample", "--out-of-sample", "--mode", "--warmup", "--objective", "--output", "--format")]
    [TestCase("monte-carlo", "--backtest", "--paths", "--method", "--seed", "--ruin-drawdown", "--output", "--format")]
    public void CommandHelp_DocumentsEveryOption(string command, params string[] options)
    {
        var (code, output, _) = _cli.Run(command, "--help");

        Assert.That(code, Is.EqualTo(ExitCodes.Success));
        foreach (var option in options)
        {
            Assert.That(output, Does.Contain(option), option);
        }
    }

    [Test]
    public void Optimize_Grid_WritesTheFullTableAsJson()
    {
        MarketFiles.Write(_cli.Folder, count: 300);

        var (code, output, error) = _cli.Run(Optimize());

        Assert.That(code, Is.EqualTo(ExitCodes.Success), error);
        var json = JsonNode.Parse(File.ReadAllText(_cli.PathOf("opt.json")))!;
        Assert.That((string?)json["kind"], Is.EqualTo("optimize"));
        Assert.That((string?)json["objective"], Is.EqualTo("sharpe"));
        Assert.That((int)json["bars"]!, Is.EqualTo(300));
        // 2 fast values × 2 slow values = 4 combinations, all valid (fast < slow).
        Assert.That(json["trials"]!.AsArray(), Has.Count.EqualTo(4));
        Assert.That((int)json["trialsRun"]!, Is.EqualTo(4));
        var first = json["trials"]![0]!;
        Assert.That((int)first["rank"]!, Is.EqualTo(1));
        Assert.That(first["parameters"]!["fast"], Is.Not.Null);
        Assert.That(first["metrics"]!["sharpeRatio"], Is.Not.Null);
        Assert.That(json["best"]!["slow"], Is.Not.Null);
        Assert.That(output, Does.Contain("Deflated Sharpe ratio").And.Contain("luck").And.Contain("fast").And.Contain("slow"));
    }

    [Test]
    public void Optimize_Json_MatchesTheLibrarySweep()
    {
        // Reference: ParameterSweep.Run on the same bars with the settings the CLI documents as defaults
        // (annualisation 365 because the synthetic series has weekend bars, 10,000 cash, no costs).
        var path = MarketFiles.Write(_cli.Folder, count: 300);
        var bars = OhlcvCsvReader.ReadFile(path, null).Bars.ToArray();
        var expected = ParameterSweep.Run(bars, "sma-cross", [ParameterRange.Of("fast", 5, 10), ParameterRange.Of("slow", 30, 40)], new SweepOptions
        {
            PeriodsPerYear = 365,
            MaxDegreeOfParallelism = 1,
            BacktestOptionsFactory = () => new BacktestOptions { Symbol = "SYN", Conventions = new MetricConventions { PeriodsPerYear = 365 } },
        });

        var (code, _, error) = _cli.Run(Optimize());

        Assert.That(code, Is.EqualTo(ExitCodes.Success), error);
        var json = JsonNode.Parse(File.ReadAllText(_cli.PathOf("opt.json")))!;
        var trials = json["trials"]!.AsArray();
        for (var i = 0; i < trials.Count; i++)
        {
            Assert.That((double)trials[i]!["parameters"]!["fast"]!, Is.EqualTo(expected.Trials[i].Parameters["fast"]), $"rank {i + 1}");
            Assert.That((double)trials[i]!["parameters"]!["slow"]!, Is.EqualTo(expected.Trials[i].Parameters["slow"]), $"rank {i + 1}");
            Assert.That((double)trials[i]!["score"]!, Is.EqualTo(expected.Trials[i].Score).Within(1e-12), $"rank {i + 1}");
        }

        Assert.That((double)json["deflatedSharpeRatio"]!, Is.EqualTo(expected.DeflatedSharpeRatio).Within(1e-12));
    }

    [Test]
    public void Optimize_RandomSearch_RunsTheRequestedTrials()
    {
        MarketFiles.Write(_cli.Folder, count: 300);

        var (code, output, error) = _cli.Run("optimize", "--data", "SYN.csv", "--range", "fast=5:20:5", "--range", "slow=30,40", "--search", "random", "--trials", "3", "--seed", "7", "--parallelism", "1", "--format", "json", "--output", "r.json");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), error);
        Assert.That(JsonNode.Parse(output)!["trials"]!.AsArray(), Has.Count.EqualTo(3));
        Assert.That(output, Is.EqualTo(File.ReadAllText(_cli.PathOf("r.json")) + Environment.NewLine));
    }

    [Test]
    public void Optimize_GermanCulture_SameOutputAsInvariant()
    {
        MarketFiles.Write(_cli.Folder, count: 300);

        var invariant = _cli.RunIn("", Optimize());
        var german = _cli.RunIn("de-DE", Optimize());

        Assert.That(german.ExitCode, Is.EqualTo(ExitCodes.Success), german.Error);
        Assert.That(german.Out, Is.EqualTo(invariant.Out));
    }

    [Test]
    public void WalkForward_Rolling_WritesWindowsAndStitchedRun()
    {
        MarketFiles.Write(_cli.Folder, count: 300);

        var (code, output, error) = _cli.Run(WalkForward());

        Assert.That(code, Is.EqualTo(ExitCodes.Success), error);
        var json = JsonNode.Parse(File.ReadAllText(_cli.PathOf("wf.json")))!;
        Assert.That((string?)json["kind"], Is.EqualTo("walk-forward"));
        Assert.That((string?)json["mode"], Is.EqualTo("rolling"));
        // Rolling, IS 150, OOS 50 over 300 bars: windows start OOS at 150, 200, 250 → 3 windows.
        Assert.That(json["windows"]!.AsArray(), Has.Count.EqualTo(3));
        Assert.That((int)json["windows"]![2]!["outOfSampleBars"]!, Is.EqualTo(50));
        Assert.That(json["outOfSample"]!["totalReturn"], Is.Not.Null);
        Assert.That(json.AsObject().ContainsKey("efficiency"), Is.True);
        Assert.That(output, Does.Contain("Walk-forward efficiency").And.Contain("Stitched"));
    }

    [Test]
    public void ResearchCommands_FormatHtml_WriteASelfContainedPageNextToTheJson()
    {
        MarketFiles.Write(_cli.Folder, count: 300);
        WriteBacktest();

        var optimize = _cli.Run("optimize", "--data", "SYN.csv", "--range", "fast=5,10", "--range", "slow=30", "--format", "html", "--output", "o.json");
        var walk = _cli.Run([.. WalkForward().Select(a => a == "text" ? "html" : a), "--format", "html"]);
        var monteCarlo = _cli.Run([.. MonteCarlo("html")]);

        foreach (var (result, page) in new[] { (optimize, "o.html"), (walk, "wf.html"), (monteCarlo, "mc.html") })
        {
            Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Success), result.Error);
            var html = File.ReadAllText(_cli.PathOf(page));
            Assert.That(html, Does.StartWith("<!DOCTYPE html>").And.Contain("<pre>").And.Not.Contain("http"), page);
        }
    }

    [Test]
    public void WalkForward_GermanCulture_SameOutputAsInvariant()
    {
        MarketFiles.Write(_cli.Folder, count: 300);

        var invariant = _cli.RunIn("", WalkForward());
        var german = _cli.RunIn("de-DE", WalkForward());

        Assert.That(german.ExitCode, Is.EqualTo(ExitCodes.Success), german.Error);
        Assert.That(german.Out, Is.EqualTo(invariant.Out));
    }

    [Test]
    public void MonteCarlo_FromBacktest_WritesPercentilesAndRuin()
    {
        WriteBacktest();

        var (code, output, error) = _cli.Run(MonteCarlo("text"));

        Assert.That(code, Is.EqualTo(ExitCodes.Success), error);
        var json = JsonNode.Parse(File.ReadAllText(_cli.PathOf("mc.json")))!;
        Assert.That((string?)json["kind"], Is.EqualTo("monte-carlo"));
        Assert.That((int)json["paths"]!, Is.EqualTo(300));
        Assert.That((string?)json["method"], Is.EqualTo("bootstrap"));
        Assert.That((double)json["ruinDrawdown"]!, Is.EqualTo(0.3));
        Assert.That((double)json["probabilityOfRuin"]!, Is.InRange(0d, 1d));
        var final = json["finalReturn"]!;
        Assert.That((double)final["p5"]!, Is.LessThanOrEqualTo((double)final["p50"]!));
        Assert.That((double)final["p50"]!, Is.LessThanOrEqualTo((double)final["p95"]!));
        Assert.That(output, Does.Contain("Probability of ruin").And.Contain("Final return"));

        // Reference: the library simulation of the same trades with the same settings.
        var expected = MonteCarloSimulation.Run(PerformanceDocumentJson.ReadFile(_cli.PathOf("bt.json")).Trades, new MonteCarloOptions { Paths = 300, Seed = 42, RuinDrawdown = 0.3 });
        Assert.That((double)final["p50"]!, Is.EqualTo(expected.FinalReturn.P50).Within(1e-12));
        Assert.That((double)json["probabilityOfRuin"]!, Is.EqualTo(expected.ProbabilityOfRuin));
        Assert.That((int)json["tradesPerPath"]!, Is.EqualTo(expected.TradesPerPath));
    }

    [Test]
    public void MonteCarlo_SameSeed_SameJson_AndGermanCultureSameText()
    {
        WriteBacktest();

        var a = _cli.RunIn("", MonteCarlo("json"));
        var b = _cli.RunIn("de-DE", MonteCarlo("json"));
        var text = _cli.RunIn("", MonteCarlo("text"));
        var germanText = _cli.RunIn("de-DE", MonteCarlo("text"));

        Assert.That(b.ExitCode, Is.EqualTo(ExitCodes.Success), b.Error);
        Assert.That(b.Out, Is.EqualTo(a.Out));
        Assert.That(germanText.Out, Is.EqualTo(text.Out));
    }

    [TestCase("--range", "fast", "--range fast=5:50:5")]
    [TestCase("--range", "fast=5:50", "--range fast=5:50:5")]
    [TestCase("--range", "fast=a,b", "not a number")]
    [TestCase("--range", "fast=50:5:5", "--range 'fast=50:5:5'")]
    [TestCase("--range", "speed=5,6", "--range speed: Strategy 'sma-cross' has no parameter 'speed'")]
    [TestCase("--strategy", "macd", "--strategy")]
    [TestCase("--objective", "alpha", "--objective 'alpha' is not one of sharpe")]
    [TestCase("--search", "exhaustive", "--search")]
    [TestCase("--max-drawdown", "150", "--max-drawdown")]
    [TestCase("--data", "missing.csv", "missing.csv")]
    public void Optimize_BadOptionValue_IsAUsageError(string option, string value, string expected)
    {
        MarketFiles.Write(_cli.Folder, count: 300);
        var args = new List<string> { "optimize", "--data", "SYN.csv", "--range", "slow=30,40" };
        if (option == "--data")
        {
            args[2] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        if (option != "--range")
        {
            args.AddRange(["--range", "fast=5,10"]);
        }

        var (code, _, error) = _cli.Run([.. args]);

        Assert.That(code, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(error, Does.StartWith("nija: ").And.Contain(expected));
        Assert.That(error, Does.Not.Contain("   at ").And.Not.Contain("(Parameter"));
        Assert.That(error.Trim().Split('\n'), Has.Length.EqualTo(1));
    }

    [TestCase("--in-sample", "1", "--in-sample 1")]
    [TestCase("--in-sample", "400", "--in-sample 400")]
    [TestCase("--mode", "sideways", "--mode")]
    public void WalkForward_BadOptionValue_IsAUsageError(string option, string value, string expected)
    {
        MarketFiles.Write(_cli.Folder, count: 300);
        var args = WalkForward().ToList();
        var at = args.IndexOf(option);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var (code, _, error) = _cli.Run([.. args]);

        Assert.That(code, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(error, Does.StartWith("nija: ").And.Contain(expected));
    }

    [TestCase("--backtest", "missing.json", "missing.json")]
    [TestCase("--method", "jackknife", "--method")]
    [TestCase("--ruin-drawdown", "0", "--ruin-drawdown")]
    [TestCase("--paths", "0", "--paths")]
    public void MonteCarlo_BadOptionValue_IsAUsageError(string option, string value, string expected)
    {
        WriteBacktest();
        var args = MonteCarlo("text").ToList();
        var at = args.IndexOf(option);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var (code, _, error) = _cli.Run([.. args]);

        Assert.That(code, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(error, Does.StartWith("nija: ").And.Contain(expected));
    }

    private static string[] Optimize() =>
        ["optimize", "--data", "SYN.csv", "--range", "fast=5,10", "--range", "slow=30,40", "--parallelism", "1", "--output", "opt.json"];

    private static string[] WalkForward() =>
        ["walk-forward", "--data", "SYN.csv", "--range", "fast=5,10", "--range", "slow=30,40", "--in-sample", "150", "--out-of-sample", "50", "--warmup", "40", "--parallelism", "1", "--output", "wf.json"];

    private static string[] MonteCarlo(string format) =>
        ["monte-carlo", "--backtest", "bt.json", "--paths", "300", "--seed", "42", "--ruin-drawdown", "30", "--output", "mc.json", "--format", format];

    private void WriteBacktest()
    {
        MarketFiles.Write(_cli.Folder, count: 500);
        var (code, _, error) = _cli.Run("backtest", "--data", "SYN.csv", "--param", "fast=5", "--param", "slow=20", "--output", "bt.json");
        Assert.That(code, Is.EqualTo(ExitCodes.Success), error);
    }
}
