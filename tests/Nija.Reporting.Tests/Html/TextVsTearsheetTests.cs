using System.Net;
using System.Text.RegularExpressions;
using Nija.Reporting.Html;
using Nija.Reporting.Text;

namespace Nija.Reporting.Tests.Html;

/// <summary>The text report and the tearsheet show the same figure for the same report value.</summary>
[TestFixture]
public sealed class TextVsTearsheetTests
{
    // 1.005 and 2.675 are stored as 1.00499999999999989… and 2.67499999999999982… (binary doubles): both round down, to
    // 1.00 and 2.67. The text report used to round the 15-digit decimal form (1.01, 2.68).
    [TestCase("Sharpe ratio", 1.005, "1.00")]
    [TestCase("Profit factor", 2.675, "2.67")]
    public void SameRatio_SameFigureInTextReportAndTearsheet(string label, double value, string expected)
    {
        var document = TearsheetTestData.HalfYear();
        var metrics = label == "Sharpe ratio"
            ? document.Metrics with { Returns = document.Metrics.Returns with { SharpeRatio = value } }
            : document.Metrics with { Trades = document.Metrics.Trades with { ProfitFactor = value } };
        document = document with { Metrics = metrics };

        var text = ReportTables.ToPlainText([ReportTables.Summary(metrics, "Backtest performance")]);
        var textFigure = text.Split('\n').Single(l => l.StartsWith("│ " + label + " ", StringComparison.Ordinal)).Split('│')[2].Trim();
        var html = HtmlTearsheet.Render(HtmlTearsheetTests.CreateSut(document));
        var table = Regex.Match(html, "<table id=\"metrics-table\".*?</table>", RegexOptions.Singleline).Value;
        var htmlFigure = WebUtility.HtmlDecode(Regex.Match(table, "<tr><th>" + Regex.Escape(label) + "</th><td class=\"num\">([^<]*)</td>").Groups[1].Value);

        Assert.That((textFigure, htmlFigure), Is.EqualTo((expected, expected)), $"{label} = {value:R}");
    }
}
