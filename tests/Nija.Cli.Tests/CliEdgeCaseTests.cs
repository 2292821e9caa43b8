using System.Text.Json.Nodes;
using Nija.Metrics;

namespace Nija.Cli.Tests;

[TestFixture]
[NonParallelizable] // changes the process's working directory and culture
public sealed class CliEdgeCaseTests
{
    private CliRunner _cli = null!;

    [SetUp]
    public void SetUp() => _cli = new CliRunner();

    [TearDown]
    public void TearDown() => _cli.Dispose();

    [Test]
    public void MonteCarlo_OnABacktestWhoseShortLostMoreThanItsEntryValue_Runs()
    {
        // sma-cross(2, 3) shorts the dip at 90 all-in (111 units) and the rally to 200 stops the run out of money:
        // the trade loses 111 × 110 = 12,210 on an entry value of 9,990, a return of -122 %. A valid backtest file.
        var rows = new[] { 100, 101, 102, 103, 104, 90, 90, 200, 200 }.Select((c, i) => $"2026-01-{i + 5:00},{c},{c},{c},{c},1000");
        File.WriteAllText(_cli.PathOf("R.csv"), "date,open,high,low,close,volume\n" + string.Join("\n", rows) + "\n");
        var backtest = _cli.Run("backtest", "--data", "R.csv", "--param", "fast=2", "--param", "slow=3", "--output", "bt.json");
        Assert.That(backtest.ExitCode, Is.EqualTo(ExitCodes.Success), backtest.Error);
        Assert.That(PerformanceDocumentJson.ReadFile(_cli.PathOf("bt.json")).Trades.Min(t => t.ReturnPercent), Is.LessThan(-100d));

        var (code, _, error) = _cli.Run("monte-carlo", "--backtest", "bt.json", "--paths", "100", "--output", "mc.json");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), error);
    }

    [Test]
    public void Backtest_HugeInitialBalance_OneLineErrorNotAStackTrace()
    {
        MarketFiles.Write(_cli.Folder);

        (int ExitCode, string Out, string Error) result = default;
        Exception? escaped = null;
        try
        {
            result = _cli.Run("backtest", "--data", "SYN.csv", "--initial-balance", "79228162514264337593543950335", "--output", "bt.json");
        }
        catch (Exception e)
        {
            escaped = e;
        }

        Assert.That(escaped, Is.Null, () => "escaped the command's error handling (a stack trace for the user): " + escaped);
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.RuntimeFailure));
        Assert.That(result.Error, Does.StartWith("nija: a money amount went beyond what a decimal holds (about 7.9e28): "));
        Assert.That(result.Error.TrimEnd().Split('\n'), Has.Length.EqualTo(1), "one line");
    }

    [Test]
    public void Backtest_PortfolioDays_KeepsOnlyThePortfoliosLastDays()
    {
        // Both daily series start 2024-01-01; AAA has 600 bars (to 2025-08-22), BBB 300 (to 2024-10-26).
        MarketFiles.Write(_cli.Folder, "AAA.csv", seed: 1, count: 600);
        MarketFiles.Write(_cli.Folder, "BBB.csv", seed: 2, count: 300);

        var (code, _, error) = _cli.Run("backtest", "--data", "AAA.csv", "--data", "BBB.csv", "--days", "30", "--output", "p.json");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), error);
        var curve = JsonNode.Parse(File.ReadAllText(_cli.PathOf("p.json")))!["equityCurve"]!.AsArray();
        var first = curve[0]!["timestamp"]!.GetValue<DateTimeOffset>();
        var last = curve[^1]!["timestamp"]!.GetValue<DateTimeOffset>();
        Assert.That(curve, Has.Count.LessThanOrEqualTo(30), $"equity curve from {first:O} to {last:O}");
        Assert.That(last - first, Is.LessThan(TimeSpan.FromDays(30)));
        Assert.That(last, Is.EqualTo(new DateTimeOffset(2025, 8, 22, 0, 0, 0, TimeSpan.Zero)), "the window ends at the portfolio's latest bar");
        Assert.That(error, Does.Contain("nija: BBB has no bars in the last 30 days of the portfolio; left out."));
    }

    [Test]
    public void Optimize_SlippageOutOfRange_OneLineErrorNotAStackTrace()
    {
        MarketFiles.Write(_cli.Folder, count: 300);

        (int ExitCode, string Out, string Error) result = default;
        Exception? escaped = null;
        try
        {
            result = _cli.Run("optimize", "--data", "SYN.csv", "--range", "fast=2:20:1", "--range", "slow=30,40", "--slippage-bps", "10000", "--parallelism", "2", "--output", "o.json");
        }
        catch (Exception e)
        {
            escaped = e;
        }

        Assert.That(escaped, Is.Null, () => "escaped the command's error handling (a stack trace for the user): " + escaped?.GetType());
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.UsageError));
        Assert.That(result.Error, Does.StartWith("nija: "));
    }

    [Test]
    public void LiveInit_BadInterval_IsRejectedBeforeTheJournalIsCreated()
    {
        var (code, output, error) = _cli.Run("live", "--init", "--data-dir", "lt", "--balance", "10000", "--interval", "-1");

        Assert.That(code, Is.EqualTo(ExitCodes.UsageError), error);
        Assert.That(error, Does.Contain("--interval"));
        Assert.That(Directory.Exists(_cli.PathOf("lt")) ? Directory.GetFiles(_cli.PathOf("lt")) : [], Is.Empty, "a rejected command created: " + output);
    }
}
