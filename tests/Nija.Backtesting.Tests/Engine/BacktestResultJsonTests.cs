using Nija.Backtesting.Tests.Data;
using System.Text.Json.Nodes;
using Nija.Backtesting.Engine;
using Nija.Backtesting.Orders;
using Nija.Backtesting.Strategies;
using Nija.Backtesting.Execution;
using Nija.Backtesting.Regimes;
using Nija.Backtesting.Strategies.BuiltIn;
using Nija.Metrics;

namespace Nija.Backtesting.Tests.Engine;

[TestFixture]
public sealed class BacktestResultJsonTests
{
    private static BacktestResult CreateResult() => new UnifiedBacktestEngine().Run(
        new SmaCrossStrategy(10, 30),
        ReferenceData.LoadGoog(),
        new BacktestOptions { Symbol = "GOOG", Commission = CommissionModels.BasisPoints(5m), Regimes = new RegimeClassifierOptions() });

    [Test]
    public void Serialize_WritesTheDocumentedFieldNames()
    {
        var json = JsonNode.Parse(BacktestResultJson.Serialize(CreateResult()))!;

        var trade = json["trades"]![0]!;
        foreach (var field in new[] { "symbol", "side", "entryTime", "exitTime", "entryPrice", "exitPrice", "quantity", "fees", "netPnl", "returnPercent" })
        {
            Assert.That(trade[field], Is.Not.Null, field);
        }

        Assert.That((string?)trade["side"], Is.AnyOf("long", "short"));
        Assert.That((string?)json["kind"], Is.EqualTo("backtest"));
        Assert.That(json["metrics"]!["trades"], Is.Not.Null);
        Assert.That(json["equityCurve"]!.AsArray(), Has.Count.EqualTo(2148));
        Assert.That(json["monthlyReturns"]!.AsArray(), Is.Not.Empty);
        Assert.That((string?)json["settings"]!["strategy"], Is.EqualTo("sma-cross(fast=10, slow=30)"));
        Assert.That((int?)json["run"]!["bars"], Is.EqualTo(2148));
        Assert.That(json["run"]!["barsPerSecond"], Is.Not.Null);
        Assert.That(json["run"]!["elapsedSeconds"], Is.Not.Null);
    }

    [Test]
    public void Deserialize_RoundTripsToAnEqualResult()
    {
        var original = CreateResult();
        var json = BacktestResultJson.Serialize(original);

        var read = BacktestResultJson.Deserialize(json);

        Assert.That(read.Trades, Is.EqualTo(original.Trades), "ClosedTrade is a record: value equality per trade");
        Assert.That(read.EquityCurve.Values.ToArray(), Is.EqualTo(original.EquityCurve.Values.ToArray()));
        Assert.That(read.Report, Is.EqualTo(original.Report));
        Assert.That(read.Settings, Is.EqualTo(original.Settings));
        Assert.That(read.FinalEquity, Is.EqualTo(original.FinalEquity));
        Assert.That(BacktestResultJson.Serialize(read), Is.EqualTo(json));
    }

    [Test]
    public void UnfilledOrders_RoundTrip_AndAnOlderFileWithoutThemReadsAsNone()
    {
        var bars = Nija.Backtesting.Testing.BarSeriesBuilder.StartingAt(new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero)).Closes(100, 101, 102).Build();
        var original = new UnifiedBacktestEngine().Run(
            new Scripted().On(0, c => c.Limit(OrderSide.Buy, 50d, 1m, stopLoss: 45d, takeProfit: 60d)).On(2, c => c.Buy(tag: "last")),
            bars,
            new BacktestOptions { Symbol = "T" });
        var json = JsonNode.Parse(BacktestResultJson.Serialize(original))!;

        var read = BacktestResultJson.Deserialize(json.ToJsonString());
        json.AsObject().Remove("unfilledOrders");
        var older = BacktestResultJson.Deserialize(json.ToJsonString());

        Assert.That(original.UnfilledOrders, Has.Count.EqualTo(2));
        Assert.That(read.UnfilledOrders, Is.EqualTo(original.UnfilledOrders));
        Assert.That(older.UnfilledOrders, Is.Empty);
    }

    [Test]
    public void Settings_RecordTheOutOfMoneyRule_AndAnOlderFileWithoutItReadsAsNotStopping()
    {
        var json = JsonNode.Parse(BacktestResultJson.Serialize(CreateResult()))!;
        Assert.That((bool?)json["settings"]!["stopWhenOutOfMoney"], Is.True);

        json["settings"]!.AsObject().Remove("stopWhenOutOfMoney");
        var older = BacktestResultJson.Deserialize(json.ToJsonString());

        Assert.That(older.Settings.StopWhenOutOfMoney, Is.False);
    }

    [Test]
    public void Settings_RecordTheCashCheck_AndAnOlderFileWithoutItReadsAsLeveraged()
    {
        var json = JsonNode.Parse(BacktestResultJson.Serialize(CreateResult()))!;
        Assert.That((bool?)json["settings"]!["allowLeverage"], Is.False);

        json["settings"]!.AsObject().Remove("allowLeverage");
        var older = BacktestResultJson.Deserialize(json.ToJsonString());

        Assert.That(older.Settings.AllowLeverage, Is.True, "runs before the check filled any quantity");
    }

    [Test]
    public void PerformanceDocumentJson_ReadsABacktestFile()
    {
        var original = CreateResult();

        var document = PerformanceDocumentJson.Deserialize(BacktestResultJson.Serialize(original), "goog.json");

        Assert.That(document.Kind, Is.EqualTo("backtest"));
        Assert.That(document.Trades, Has.Count.EqualTo(original.Trades.Count));
        Assert.That(document.Metrics, Is.EqualTo(original.Report));
    }

    [Test]
    public void Serialize_ToStream_WritesTheSameJsonAsTheString()
    {
        var result = CreateResult();
        using var stream = new MemoryStream();

        BacktestResultJson.Serialize(result, stream);

        Assert.That(stream.ToArray(), Is.EqualTo(System.Text.Encoding.UTF8.GetBytes(BacktestResultJson.Serialize(result))));
        Assert.That(stream.CanWrite, Is.True, "the caller's stream is left open");
    }

    [Test]
    public void WriteFile_CreatesTheFolderReplacesAnOldFileAndLeavesNoPartialFile()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"nija-json-{Guid.NewGuid():N}");
        var path = Path.Combine(folder, "nested", "backtest.json");
        try
        {
            var result = CreateResult();
            BacktestResultJson.WriteFile(result, path);
            var first = File.ReadAllText(path);
            File.WriteAllText(path, "old");

            BacktestResultJson.WriteFile(result, path);

            Assert.That(File.ReadAllText(path), Is.EqualTo(BacktestResultJson.Serialize(result)));
            Assert.That(first, Is.EqualTo(BacktestResultJson.Serialize(result)));
            Assert.That(Directory.GetFiles(Path.GetDirectoryName(path)!), Is.EqualTo(new[] { path }));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void WriteFile_ResultWithoutReport_ThrowsAndLeavesTheOldFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nija-json-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "old");
        try
        {
            var result = new UnifiedBacktestEngine().Run(
                new SmaCrossStrategy(10, 30),
                ReferenceData.LoadGoog(),
                new BacktestOptions { Symbol = "GOOG", ComputeReport = false });

            var ex = Assert.Throws<ArgumentException>(() => BacktestResultJson.WriteFile(result, path));

            Assert.That(ex!.Message, Does.StartWith("The result has no report"));
            Assert.That(File.ReadAllText(path), Is.EqualTo("old"));
            Assert.That(Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileName(path) + ".*.partial"), Is.Empty);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void WriteFile_TargetIsAFolder_ThrowsAndLeavesNoPartialFile()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"nija-json-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            Assert.That(() => BacktestResultJson.WriteFile(CreateResult(), folder), Throws.InstanceOf<IOException>().Or.InstanceOf<UnauthorizedAccessException>());

            Assert.That(Directory.Exists(folder), Is.True);
            Assert.That(Directory.GetFiles(Path.GetDirectoryName(folder)!, Path.GetFileName(folder) + ".*.partial"), Is.Empty);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Deserialize_NewerSchemaVersion_IsRefusedByName()
    {
        // docs/json.md: a newer version is refused with a clear message (PerformanceDocumentJson already did; this did not).
        var json = JsonNode.Parse(BacktestResultJson.Serialize(CreateResult()))!;
        json["schemaVersion"] = 2;

        Assert.That(
            () => BacktestResultJson.Deserialize(json.ToJsonString(), "future.json"),
            Throws.InstanceOf<FormatException>().With.Message.EqualTo("future.json: schema version 2 is newer than this version of Nija understands (1); upgrade Nija."));
    }

    [TestCase("equityCurve")]
    [TestCase("fills")]
    [TestCase("settings")]
    public void Deserialize_RequiredSectionNull_IsAFormatErrorNamingTheSource(string section)
    {
        var json = JsonNode.Parse(BacktestResultJson.Serialize(CreateResult()))!;
        json[section] = null;

        Assert.That(
            () => BacktestResultJson.Deserialize(json.ToJsonString(), "broken.json"),
            Throws.InstanceOf<FormatException>().With.Message.StartsWith("broken.json: not a Nija backtest result (a required section is null"));
    }

    [Test]
    public void Deserialize_NotAResult_NamesTheSource()
    {
        var ex = Assert.Throws<FormatException>(() => BacktestResultJson.Deserialize("{\"kind\":\"live\"}", "x.json"));

        Assert.That(ex!.Message, Does.StartWith("x.json: not a Nija backtest result"));
    }
}
