using Nija.Backtesting.Data;

namespace Nija.Backtesting.Tests.Data;

public sealed class OhlcvCsvReaderTests
{
    private static readonly DateTimeOffset Day1 = new(2024, 1, 2, 0, 0, 0, TimeSpan.Zero);

    [Test]
    public void ReadFile_Goog_Reads2148BarsWithExactFirstAndLast()
    {
        // Values copied from the first and last data lines of shared/reference/GOOG.csv.
        var series = OhlcvCsvReader.ReadFile(ReferenceData.PathOf("GOOG.csv"));

        Assert.That(series.Symbol, Is.EqualTo("GOOG"));
        Assert.That(series.Count, Is.EqualTo(2148));
        Assert.That(series[0], Is.EqualTo(new Bar(new DateTimeOffset(2004, 8, 19, 0, 0, 0, TimeSpan.Zero), 100, 104.06, 95.96, 100.34, 22351900)));
        Assert.That(series[^1], Is.EqualTo(new Bar(new DateTimeOffset(2013, 3, 1, 0, 0, 0, TimeSpan.Zero), 797.8, 807.14, 796.15, 806.19, 2175400)));
    }

    [Test]
    public void ReadFile_EurUsd_Reads5000HourlyBars()
    {
        var series = OhlcvCsvReader.ReadFile(ReferenceData.PathOf("EURUSD.csv"), "EUR/USD");

        Assert.That(series.Symbol, Is.EqualTo("EUR/USD"));
        Assert.That(series.Count, Is.EqualTo(5000));
        Assert.That(series[0], Is.EqualTo(new Bar(new DateTimeOffset(2017, 4, 19, 9, 0, 0, TimeSpan.Zero), 1.0716, 1.0722, 1.07083, 1.07219, 1413)));
        Assert.That(series[^1], Is.EqualTo(new Bar(new DateTimeOffset(2018, 2, 7, 15, 0, 0, TimeSpan.Zero), 1.23427, 1.23444, 1.22904, 1.22904, 6143)));
        Assert.That(series[0].Timestamp.Offset, Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public void ReadFile_BtcUsd_ReadsFractionalVolume()
    {
        var series = OhlcvCsvReader.ReadFile(ReferenceData.PathOf("BTCUSD.csv"));

        Assert.That(series.Count, Is.EqualTo(156));
        Assert.That(series[^1].Volume, Is.EqualTo(25342.80228337));
    }

    [Test]
    public void Read_AnyColumnOrderAndCase_MapsByName()
    {
        var bars = Read("Close,VOLUME,Date,low,High,oPeN\n10.5,1200,2024-01-02,9,11,10\n");

        Assert.That(bars, Is.EqualTo(new[] { new Bar(Day1, 10, 11, 9, 10.5, 1200) }));
    }

    [TestCase("date")]
    [TestCase("Time")]
    [TestCase("timestamp")]
    [TestCase("DateTime")]
    [TestCase("")]
    public void Read_TimestampColumnNames_AreRecognised(string name)
    {
        var bars = Read($"{name},Open,High,Low,Close,Volume\n2024-01-02,10,11,9,10.5,1200\n");

        Assert.That(bars[0].Timestamp, Is.EqualTo(Day1));
    }

    [TestCase("2024-01-02", 2024, 1, 2, 0, 0, 0, 0, 0)]
    [TestCase("2024-01-02 09:30:15", 2024, 1, 2, 9, 30, 15, 0, 0)]
    [TestCase("2024-01-02T09:30:15", 2024, 1, 2, 9, 30, 15, 0, 0)]
    [TestCase("2024-01-02T09:30", 2024, 1, 2, 9, 30, 0, 0, 0)]
    [TestCase("2024-01-02T09:30:15Z", 2024, 1, 2, 9, 30, 15, 0, 0)]
    [TestCase("2024-01-02T09:30:15.250Z", 2024, 1, 2, 9, 30, 15, 250, 0)]
    [TestCase("2024-01-02T09:30:15+02:00", 2024, 1, 2, 9, 30, 15, 0, 120)]
    [TestCase("2024-01-02T09:30:15-0530", 2024, 1, 2, 9, 30, 15, 0, -330)]
    [TestCase("1704187815", 2024, 1, 2, 9, 30, 15, 0, 0)]
    [TestCase("1704187815250", 2024, 1, 2, 9, 30, 15, 250, 0)]
    public void Read_TimestampFormats_AreParsed(string text, int y, int mo, int d, int h, int mi, int s, int ms, int offsetMinutes)
    {
        // 1704187815 = 2024-01-02T09:30:15Z (19724 days * 86400 + 34215 seconds).
        var bars = Read($",Open,High,Low,Close\n{text},10,11,9,10.5\n");

        var expected = new DateTimeOffset(y, mo, d, h, mi, s, ms, TimeSpan.FromMinutes(offsetMinutes));
        Assert.That(bars[0].Timestamp, Is.EqualTo(expected));
        Assert.That(bars[0].Timestamp.Offset, Is.EqualTo(expected.Offset));
    }

    [Test]
    public void Read_NoVolumeColumn_VolumeIsZero()
    {
        var bars = Read(",Open,High,Low,Close\n2024-01-02,10,11,9,10.5\n");

        Assert.That(bars[0].Volume, Is.Zero);
    }

    [Test]
    public void Read_ExtraColumnsQuotesCrLfBomAndBlankLines_AreHandled()
    {
        var text = "\uFEFF\"Date\",Open,High,Low,Close,Adj Close,Volume\r\n"
            + "\"2024-01-02\", 10 ,11,9,10.5,\"whatever, really\",1200\r\n"
            + "\r\n"
            + "2024-01-03,10.5,12,10,11.5,x,1300";

        var bars = Read(text);

        Assert.That(bars, Has.Length.EqualTo(2));
        Assert.That(bars[0], Is.EqualTo(new Bar(Day1, 10, 11, 9, 10.5, 1200)));
        Assert.That(bars[1], Is.EqualTo(new Bar(Day1.AddDays(1), 10.5, 12, 10, 11.5, 1300)));
    }

    [Test]
    public void Read_LineLongerThanBuffer_IsRead()
    {
        var filler = new string('x', 200_000);
        var bars = Read($",Open,High,Low,Close,Note\n2024-01-02,10,11,9,10.5,{filler}\n2024-01-03,10,11,9,10.5,y\n");

        Assert.That(bars, Has.Length.EqualTo(2));
    }

    [TestCase("2024-01-02,10,1O4.2,9,10.5,5", "High", "'1O4.2' is not a number.")]
    [TestCase("2024-01-02,10,,9,10.5,5", "High", "the value is missing; expected a number.")]
    [TestCase("2024-01-02,NaN,11,9,10.5,5", "Open", "'NaN' is not a finite number.")]
    [TestCase("2024-01-02,10,11,-9,10.5,5", "Low", "'-9' is not a positive price; expected a number > 0.")]
    [TestCase("2024-01-02,10,11,9,0,5", "Close", "'0' is not a positive price; expected a number > 0.")]
    [TestCase("2024-01-02,10,11,1e-30,10.5,5", "Low", "'1e-30' is a price a decimal cannot book; expected a number from 1E-27 to 7.9E+28.")]
    [TestCase("2024-01-02,10,11,9,10.5,-5", "Volume", "'-5' is a negative volume; expected a number >= 0.")]
    [TestCase("2024-01-02,10,9,11,10.5,5", "High", "high 9 is below low 11; expected High >= Low.")]
    [TestCase("2024-01-02,12,11,9,10.5,5", "Open", "12 is outside the bar's range [low 9, high 11]; expected Low <= Open, Close <= High.")]
    [TestCase("2024-01-02,10,11,9,8.5,5", "Close", "8.5 is outside the bar's range [low 9, high 11]; expected Low <= Open, Close <= High.")]
    [TestCase("2024-13-02,10,11,9,10.5,5", "Date", "'2024-13-02' is not a timestamp; expected ISO 8601 ('2024-01-31', '2024-01-31T09:30:00', optionally with 'Z' or an offset such as '+01:00'), 'yyyy-MM-dd HH:mm:ss', or Unix seconds or milliseconds.")]
    [TestCase("2024-01-02,10,11,9,10.5", null, "found 5 fields; expected 6 as in the header.")]
    [TestCase("2024-01-02,10,11,9,10.5,5,7", null, "found more than 6 fields; expected 6 as in the header.")]
    [TestCase("\"2024-01-02,10,11,9,10.5,5", null, "a quoted field is not closed or is followed by other text; expected comma-separated values.")]
    public void Read_InvalidRow_ThrowsNamingLineAndColumn(string row, string? column, string problem)
    {
        var text = "Date,Open,High,Low,Close,Volume\n2024-01-01,10,11,9,10.5,5\n" + row + "\n";

        var ex = Assert.Throws<MarketDataFormatException>(() => OhlcvCsvReader.Read(new StringReader(text), "TEST", "test.csv"));

        var where = column is null ? "test.csv line 3: " : $"test.csv line 3, column '{column}': ";
        Assert.That(ex!.Message, Is.EqualTo(where + problem));
        Assert.That(ex.SourceName, Is.EqualTo("test.csv"));
        Assert.That(ex.LineNumber, Is.EqualTo(3));
        Assert.That(ex.ColumnName, Is.EqualTo(column));
    }

    [Test]
    public void Read_DuplicateTimestamp_Throws()
    {
        var text = ",Open,High,Low,Close\n2024-01-02,10,11,9,10.5\n2024-01-02,10,11,9,10.5\n";

        var ex = Assert.Throws<MarketDataFormatException>(() => OhlcvCsvReader.Read(new StringReader(text), "T", "t.csv"));

        Assert.That(ex!.Message, Is.EqualTo("t.csv line 3, column 'timestamp': '2024-01-02' repeats the timestamp of line 2; expected strictly increasing timestamps."));
    }

    [Test]
    public void Read_UnsortedTimestamps_Throws()
    {
        var text = ",Open,High,Low,Close\n2024-01-03,10,11,9,10.5\n\n2024-01-02,10,11,9,10.5\n";

        var ex = Assert.Throws<MarketDataFormatException>(() => OhlcvCsvReader.Read(new StringReader(text), "T", "t.csv"));

        Assert.That(ex!.LineNumber, Is.EqualTo(4));
        Assert.That(ex.Message, Does.Contain("'2024-01-02' is earlier than the timestamp 2024-01-03T00:00:00.0000000+00:00 on line 2"));
    }

    [Test]
    public void Read_SameInstantWithDifferentOffsets_IsDuplicate()
    {
        var text = ",Open,High,Low,Close\n2024-01-02T10:00:00Z,10,11,9,10.5\n2024-01-02T11:00:00+01:00,10,11,9,10.5\n";

        Assert.That(() => Read(text), Throws.TypeOf<MarketDataFormatException>().With.Message.Contains("repeats the timestamp"));
    }

    [TestCase("open_time")]
    [TestCase("Gmt time")]
    [TestCase("Date/Time")]
    public void Read_FirstColumnWithAnotherName_IsTheTimestamp(string name)
    {
        // Binance klines name it open_time (Unix milliseconds), Dukascopy "Gmt time": the first column is the timestamp
        // when no column is named date, time, timestamp or datetime.
        var bars = Read(name + ",open,high,low,close,volume\n1704067200000,10,11,9,10.5,5\n1704067260000,10.5,12,10,11,6\n");

        Assert.That(bars.Select(b => b.Timestamp), Is.EqualTo(new[] { new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 1, 1, 0, 1, 0, TimeSpan.Zero) }));
    }

    [Test]
    public void Read_FirstColumnWithAnotherName_ThatIsNotATimestamp_NamesIt()
    {
        var ex = Assert.Throws<MarketDataFormatException>(() => Read("Symbol,Open,High,Low,Close\nAAPL,10,11,9,10.5\n"));

        Assert.That(ex!.Message, Does.StartWith("test.csv line 2, column 'Symbol': 'AAPL' is not a timestamp;"));
    }

    [Test]
    public void Read_NanosecondFraction_KeepsTheTicks()
    {
        // pandas writes nanoseconds; a DateTimeOffset holds 100 ns ticks: the last two digits are dropped.
        var bars = Read(",Open,High,Low,Close\n2024-01-02T09:30:00.123456789Z,10,11,9,10.5\n");

        Assert.That(bars[0].Timestamp, Is.EqualTo(new DateTimeOffset(2024, 1, 2, 9, 30, 0, TimeSpan.Zero).AddTicks(1_234_567)));
    }

    [TestCase("Date,Open,High,Low,Volume", "the required 'close' column is missing")]
    [TestCase("Open,High,Low,Close", "the required timestamp column is missing")]
    public void Read_MissingRequiredColumn_Throws(string header, string problem)
    {
        var ex = Assert.Throws<MarketDataFormatException>(() => OhlcvCsvReader.Read(new StringReader(header + "\n1,2,3,4,5\n"), "T", "t.csv"));

        Assert.That(ex!.Message, Does.StartWith("t.csv line 1: " + problem));
        Assert.That(ex.LineNumber, Is.EqualTo(1));
    }

    [Test]
    public void Read_DuplicateColumn_Throws()
    {
        var ex = Assert.Throws<MarketDataFormatException>(() => Read("Date,Open,High,Low,Close,timestamp\n"));

        Assert.That(ex!.Message, Does.Contain("column 6 and column 1 ('Date') both name the timestamp"));
    }

    [TestCase("")]
    [TestCase("\n\n")]
    public void Read_EmptyFile_Throws(string text)
    {
        var ex = Assert.Throws<MarketDataFormatException>(() => OhlcvCsvReader.Read(new StringReader(text), "T", "empty.csv"));

        Assert.That(ex!.Message, Does.StartWith("empty.csv line 1: the file is empty"));
    }

    [Test]
    public void Read_HeaderOnly_Throws()
    {
        Assert.That(() => Read(",Open,High,Low,Close,Volume\n"), Throws.TypeOf<MarketDataFormatException>().With.Message.Contains("no bars"));
    }

    [Test]
    public void ReadFile_BadContent_MessageNamesPathAsGiven()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nija-bad-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, ",Open,High,Low,Close\n2024-01-02,10,1O4.2,9,10.5\n");
        try
        {
            var ex = Assert.Throws<MarketDataFormatException>(() => OhlcvCsvReader.ReadFile(path));

            Assert.That(ex!.Message, Is.EqualTo($"{path} line 2, column 'High': '1O4.2' is not a number."));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void ReadFile_MissingFile_ThrowsFileNotFound()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nija-missing-{Guid.NewGuid():N}.csv");

        Assert.That(() => OhlcvCsvReader.ReadFile(path), Throws.TypeOf<FileNotFoundException>());
    }

    [Test]
    public void Read_NullArguments_Throw()
    {
        Assert.That(() => OhlcvCsvReader.Read(null!, "T"), Throws.ArgumentNullException);
        Assert.That(() => OhlcvCsvReader.Read(new StringReader(""), " "), Throws.ArgumentException);
    }

    private static Bar[] Read(string text) => [.. OhlcvCsvReader.Read(new StringReader(text), "TEST", "test.csv").Bars];
}
