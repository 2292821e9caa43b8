using System.Text;

namespace Nija.Metrics.Tests.Reports;

[TestFixture]
public sealed class PerformanceDocumentJsonTests
{
    private static PerformanceDocument CreateDocument()
    {
        var (trades, curve) = PerformanceCalculatorTests.Example();
        var report = PerformanceCalculator.Calculate(trades, curve);
        return new PerformanceDocument { Kind = "backtest", Metrics = report, Trades = trades, EquityCurve = curve.ToList(), MonthlyReturns = report.MonthlyReturns };
    }

    [Test]
    public void Deserialize_FromStream_GivesTheSameDocumentAsFromTheString()
    {
        var json = PerformanceDocumentJson.Serialize(CreateDocument());
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var fromStream = PerformanceDocumentJson.Deserialize(stream, "s.json");
        var fromString = PerformanceDocumentJson.Deserialize(json, "s.json");

        Assert.That(fromStream.Trades, Is.EqualTo(fromString.Trades));
        Assert.That(fromStream.EquityCurve, Is.EqualTo(fromString.EquityCurve));
        Assert.That(fromStream.Metrics, Is.EqualTo(fromString.Metrics));
        Assert.That(PerformanceDocumentJson.Serialize(fromStream), Is.EqualTo(json));
        Assert.That(stream.CanRead, Is.True, "the caller's stream is left open");
    }

    [Test]
    public void ReadFile_RoundTripsAWrittenDocument()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nija-doc-{Guid.NewGuid():N}.json");
        var document = CreateDocument();
        File.WriteAllText(path, PerformanceDocumentJson.Serialize(document));
        try
        {
            var read = PerformanceDocumentJson.ReadFile(path);

            Assert.That(read.Trades, Is.EqualTo(document.Trades));
            Assert.That(read.Metrics, Is.EqualTo(document.Metrics));
            Assert.That(read.Kind, Is.EqualTo("backtest"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void WriteFile_WritesWhatSerializeGivesCreatingTheFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"nija-doc-{Guid.NewGuid():N}");
        var path = Path.Combine(folder, "a", "doc.json");
        var document = CreateDocument();
        try
        {
            PerformanceDocumentJson.WriteFile(document, path);

            Assert.That(File.ReadAllText(path), Is.EqualTo(PerformanceDocumentJson.Serialize(document)));
            Assert.That(Directory.GetFiles(Path.GetDirectoryName(path)!), Is.EqualTo(new[] { path }));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void JsonFiles_Write_SerialisationFails_KeepsTheOldFileAndRemovesThePartialOne()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nija-doc-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "old");
        try
        {
            // A trade list that fails halfway through, after part of the JSON has been written.
            var document = CreateDocument();
            var broken = document with { Trades = new FailingList(document.Trades[0]) };

            Assert.That(
                () => JsonFiles.Write(path, broken, NijaMetricsJsonContext.Default.PerformanceDocument),
                Throws.InvalidOperationException.With.Message.EqualTo("disk full (test)"));

            Assert.That(File.ReadAllText(path), Is.EqualTo("old"));
            Assert.That(Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileName(path) + ".*.partial"), Is.Empty);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Deserialize_FromStream_NotJson_NamesTheSource()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("date,close\n"));

        var ex = Assert.Throws<FormatException>(() => PerformanceDocumentJson.Deserialize(stream, "junk.json"));

        Assert.That(ex!.Message, Does.StartWith("junk.json: not a Nija result document ("));
    }

    [Test]
    public void Deserialize_FromStream_MissingSections_NamesThem()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("{\"kind\":\"backtest\"}"));

        var ex = Assert.Throws<FormatException>(() => PerformanceDocumentJson.Deserialize(stream, "empty.json"));

        // The serializer names the missing required properties.
        Assert.That(ex!.Message, Does.StartWith("empty.json: not a Nija result document ("));
        Assert.That(ex.Message, Does.Contain("metrics").And.Contain("trades").And.Contain("equityCurve"));
    }

    [Test]
    public void ReadFile_NewerSchema_AsksForAnUpgrade()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nija-doc-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, PerformanceDocumentJson.Serialize(CreateDocument() with { SchemaVersion = PerformanceDocument.CurrentSchemaVersion + 1 }));
        try
        {
            var ex = Assert.Throws<FormatException>(() => PerformanceDocumentJson.ReadFile(path));

            Assert.That(ex!.Message, Is.EqualTo($"{path}: schema version 2 is newer than this version of Nija understands (1); upgrade Nija."));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void ReadFile_Missing_ThrowsFileNotFoundNamingThePath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nija-missing-{Guid.NewGuid():N}.json");

        var ex = Assert.Throws<FileNotFoundException>(() => PerformanceDocumentJson.ReadFile(path));

        Assert.That(ex!.Message, Is.EqualTo($"Result file '{path}' does not exist."));
    }

    private sealed class FailingList(ClosedTrade first) : IReadOnlyList<ClosedTrade>
    {
        public int Count => 2;

        public ClosedTrade this[int index] => index == 0 ? first : throw new InvalidOperationException("disk full (test)");

        public IEnumerator<ClosedTrade> GetEnumerator()
        {
            yield return first;
            throw new InvalidOperationException("disk full (test)");
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
