using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Nija.Backtesting.Data;
using Nija.Backtesting.Engine;
using Nija.Backtesting.Execution;
using Nija.Backtesting.Strategies.BuiltIn;
using Nija.Metrics;

namespace Nija.Backtesting.Tests.Engine;

/// <summary>
/// A guard for speed work on the engine and the ledger: sma-cross(10, 30) over 200,000 seeded synthetic bars must keep
/// giving the same fills, trades, equity curve and totals, to the last decimal digit and double bit. The fingerprints
/// are golden-master values produced by the engine as of commit daf5422 (before the speed passes of 2026-11-24's third
/// session) and checked against the engine after them; a change that alters any booked number fails here.
/// </summary>
[TestFixture]
public sealed class EngineFingerprintTests
{
    [TestCase(0.01, false, 13_152, "2.64129100417374904", "7B6E67794146F0AD")]
    [TestCase(0.01, true, 2_646, "170.698459921245582195330", "933E4DA18BA671E4")]
    [TestCase(0.001, false, 15_610, "7613.4963310497200", "BEA915362F48B01B")]
    [TestCase(0.001, true, 7_202, "94.23465501473986550", "2F1AD23CE660B94C")]
    public void SmaCross_OnSeededSyntheticBars_BooksExactlyWhatItAlwaysBooked(double volatility, bool costsAndRisk, int fills, string finalEquity, string fingerprint)
    {
        var bars = SyntheticMarketData.Generate(new SyntheticMarketDataOptions { Count = 200_000, Seed = 7, Volatility = volatility, BarInterval = TimeSpan.FromMinutes(1) });
        var options = new BacktestOptions { Symbol = "X" };
        if (costsAndRisk)
        {
            options.Commission = CommissionModels.BasisPoints(5m);
            options.Slippage = SlippageModels.BasisPoints(2);
            options.RiskRules = new RiskRulesOptions();
        }

        var fromArray = new UnifiedBacktestEngine().Run(new SmaCrossStrategy(10, 30), bars, options);
        var fromSeries = new UnifiedBacktestEngine().Run(new SmaCrossStrategy(10, 30), new BarSeries("X", bars), options);

        Assert.That(fromArray.Fills, Has.Count.EqualTo(fills));
        Assert.That(fromArray.FinalEquity.ToString(CultureInfo.InvariantCulture), Is.EqualTo(finalEquity), "value and scale");
        Assert.That(Fingerprint(fromArray), Is.EqualTo(fingerprint));
        Assert.That(Fingerprint(fromSeries), Is.EqualTo(fingerprint));
    }

    private static string Fingerprint(BacktestResult r)
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        foreach (var f in r.Fills)
        {
            sb.Append(c, $"{f.BarIndex},{f.Quantity},{f.Price},{f.Fee},{f.Reason};");
        }

        foreach (var t in r.Trades)
        {
            sb.Append(c, $"{t.EntryPrice},{t.ExitPrice},{t.GrossPnl},{t.Fees},{t.MaxAdverseExcursionPercent};");
        }

        foreach (var v in r.EquityCurve.Values)
        {
            sb.Append(c, $"{BitConverter.DoubleToInt64Bits(v)};");
        }

        sb.Append(c, $"{r.FinalEquity}|{r.FinalCash}|{r.TotalFees}|{r.RejectedOrders.Count}|{r.RiskEvents.Count}");
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..16];
    }
}
