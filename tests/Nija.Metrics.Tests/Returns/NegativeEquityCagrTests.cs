namespace Nija.Metrics.Tests.Returns;

[TestFixture]
public sealed class NegativeEquityCagrTests
{
    [Test]
    public void AnnualReturn_TerminalValueBelowZero_IsNaN()
    {
        // docs/metrics.md, AnnualReturn: "V_N < 0: NaN".
        // Hand: one −300 % period then 125 flat ones: V_N = 1 · (1 − 3) = −2, N = 126, years = 126/252 = 0.5,
        // so the code evaluates (−2)^(1/0.5) − 1 = (−2)^2 − 1 = +3, a +300 % CAGR for an account that ended at −2× its capital.
        var returns = new double[126];
        returns[0] = -3.0;

        Assert.That(ReturnMetrics.CumulativeReturn(returns), Is.EqualTo(-3.0).Within(1e-12));
        Assert.That(ReturnMetrics.AnnualReturn(returns, 252), Is.NaN);
    }

    [Test]
    public void Report_AccountBlownBelowZero_CagrIsNaNNotAHugeGain()
    {
        // Equity 100 on day 1, −200 on day 2 (a leveraged loss beyond the capital). Daily returns [0, −3], V_N = −2,
        // N = 2 days, years = 2/252, exponent 1/years = 126 (exactly): (−2)^126 − 1 ≈ +8.5e37.
        // docs: cagr = AnnualReturn, and AnnualReturn with V_N < 0 is NaN.
        var curve = new EquityCurve();
        curve.Add(new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero), 100);
        curve.Add(new DateTimeOffset(2026, 1, 6, 12, 0, 0, TimeSpan.Zero), -200);

        var report = PerformanceCalculator.Calculate([], curve);

        Assert.That(report.Returns.TotalReturn, Is.EqualTo(-3.0).Within(1e-12));
        Assert.That(report.Returns.Cagr, Is.NaN, $"CAGR was {report.Returns.Cagr}, Calmar {report.Returns.CalmarRatio}");
    }
}
