using Nija.Backtesting.Data;
using Nija.Backtesting.Engine;
using Nija.Backtesting.Execution;
using Nija.Backtesting.Orders;
using Nija.Backtesting.Research;
using Nija.Backtesting.Strategies;
using Nija.Metrics;

namespace Nija.Backtesting.Tests.Research;

/// <summary>
/// The portfolio engine keeps its own copy of the fill rules (one book per symbol). With one symbol and one slot it must
/// give the single-symbol engine's run to the bit: these runs throw a seeded mix of every kind of order at both, under
/// seeded settings, and compare every fill, rejection, trade, curve point and total.
/// </summary>
[TestFixture]
public sealed class EngineEquivalenceTests
{
    private const int Bars = 400;

    [TestCaseSource(nameof(Seeds))]
    public void Run_RandomOrdersAndSettings_OneSymbolPortfolioMatchesTheSingleSymbolEngine(int seed)
    {
        var settings = new Random(seed);
        var commission = settings.Next(5) switch
        {
            0 => CommissionModels.None,
            1 => CommissionModels.BasisPoints(10m),
            2 => CommissionModels.FixedPerFill(1.5m),
            3 => CommissionModels.Combine(CommissionModels.BasisPoints(5m), CommissionModels.PerUnit(0.01m)),
            _ => new MinimumFee(),
        };
        var slippageKind = settings.Next(3);
        Func<ISlippageModel> slippage = slippageKind switch
        {
            0 => SlippageModels.None,
            1 => () => SlippageModels.BasisPoints(3),
            _ => () => SlippageModels.AtrProportional(0.1, 5),
        };
        var timing = settings.Next(2) == 0 ? FillTiming.NextOpen : FillTiming.Close;
        var lot = settings.Next(3) == 0 ? 0.01m : 1m;
        var closeAtEnd = settings.Next(2) == 0;
        var stopWhenOutOfMoney = settings.Next(2) == 0;
        var leverage = settings.Next(3) == 0;
        var risk = settings.Next(3) == 0 ? new RiskRulesOptions { MaxDailyLossPercent = 1.5m } : null;
        var bars = SyntheticMarketData.Generate(new SyntheticMarketDataOptions { Count = Bars, Seed = seed, Volatility = 0.02, BarInterval = TimeSpan.FromHours(6) });

        BacktestOptions SingleOptions() => new()
        {
            Commission = commission,
            Slippage = slippage(),
            FillTiming = timing,
            LotSize = lot,
            ClosePositionsAtEnd = closeAtEnd,
            StopWhenOutOfMoney = stopWhenOutOfMoney,
            AllowLeverage = leverage,
            RiskRules = risk,
        };
        var single = new UnifiedBacktestEngine().Run(new RandomTrader(seed, leverage ? 400 : 40), bars, SingleOptions());
        // Over a BarSeries the curve is computed from the bars when first read instead of written bar by bar.
        var overSeries = new UnifiedBacktestEngine().Run(new RandomTrader(seed, leverage ? 400 : 40), new BarSeries("ASSET", bars), SingleOptions());
        var portfolio = new PortfolioBacktestEngine().Run(
            new Dictionary<string, ReadOnlyMemory<Bar>> { ["ASSET"] = bars },
            _ => new RandomTrader(seed, leverage ? 400 : 40),
            new PortfolioBacktestOptions
            {
                Commission = commission,
                SlippageFactory = slippage,
                FillTiming = timing,
                LotSize = lot,
                ClosePositionsAtEnd = closeAtEnd,
                StopWhenOutOfMoney = stopWhenOutOfMoney,
                AllowLeverage = leverage,
                RiskRules = risk,
            });

        var book = portfolio.Symbols.Single();
        Assert.Multiple(() =>
        {
            Assert.That(single.Fills, Has.Count.GreaterThan(20), "the run must trade");
            Assert.That(
                book.Fills.Select(f => (f.BarIndex, f.Time, f.OrderId, f.Side, f.Intent, f.Quantity, f.Price, f.Fee, f.Reason)),
                Is.EqualTo(single.Fills.Select(f => (f.BarIndex, f.Time, f.OrderId, f.Side, f.Intent, f.Quantity, f.Price, f.Fee, f.Reason))),
                "fills");
            Assert.That(
                book.RejectedOrders.Select(r => (r.OrderId, r.Time, r.Side, r.Intent, r.Reason)),
                Is.EqualTo(single.RejectedOrders.Select(r => (r.OrderId, r.Time, r.Side, r.Intent, r.Reason))),
                "rejected orders");
            Assert.That(portfolio.Trades.Select(Describe), Is.EqualTo(single.Trades.Select(Describe)), "trades");
            Assert.That(portfolio.Equity.Values.ToArray(), Is.EqualTo(single.EquityCurve.Values.ToArray()), "equity curve");
            Assert.That(portfolio.RiskEvents.Select(e => (e.Time, e.Events)), Is.EqualTo(single.RiskEvents.Select(e => (e.Time, e.Events))), "risk events");
            Assert.That(
                portfolio.OpenPositions.Select(p => (p.Side, p.Quantity, p.AverageEntryPrice)),
                Is.EqualTo(single.OpenPositions.Select(p => (p.Side, p.Quantity, p.AverageEntryPrice))),
                "open positions");
            Assert.That(portfolio.FinalCash, Is.EqualTo(single.FinalCash), "final cash");
            Assert.That(Bits(overSeries.EquityCurve.Values), Is.EqualTo(Bits(single.EquityCurve.Values)), "equity curve over a series, bit for bit");
            Assert.That(overSeries.EquityCurve.UtcTicks.ToArray(), Is.EqualTo(single.EquityCurve.UtcTicks.ToArray()), "curve timestamps over a series");
            Assert.That(overSeries.Fills, Is.EqualTo(single.Fills), "fills over a series");
            Assert.That(overSeries.Trades, Is.EqualTo(single.Trades), "trades over a series");
            Assert.That(decimal.GetBits(overSeries.FinalEquity), Is.EqualTo(decimal.GetBits(single.FinalEquity)), "final equity over a series");
            // The ledger adds each mark's change to its unrealized P&L, and a decimal keeps 28 digits: a position left open
            // at the end carries the rounding of its own marks, and the portfolio marks more often (at every all-in entry).
            Assert.That(portfolio.FinalEquity, Is.EqualTo(single.FinalEquity).Within(1e-18m), "final equity");
        });
    }

    private static IEnumerable<int> Seeds() => Enumerable.Range(1, 64);

    private static long[] Bits(ReadOnlySpan<double> values)
    {
        var bits = new long[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            bits[i] = BitConverter.DoubleToInt64Bits(values[i]);
        }

        return bits;
    }

    private static string Describe(ClosedTrade t) =>
        FormattableString.Invariant(
            $"{t.Side} {t.Quantity} {t.EntryTime:O}@{t.EntryPrice} → {t.ExitTime:O}@{t.ExitPrice} fees {t.Fees} net {t.NetPnl} {t.ExitReason} stop {t.PlannedStop} mae {t.MaxAdverseExcursionPercent:R} mfe {t.MaxFavorableExcursionPercent:R}");

    /// <summary>0.1 % of the value with a minimum of 2.50 a fill: not affine, so all-in sizing has to search.</summary>
    private sealed class MinimumFee : ICommissionModel
    {
        public decimal Calculate(decimal price, decimal quantity) => Math.Max(2.5m, price * quantity * 0.001m);
    }

    /// <summary>Each bar, a seeded choice among every order the context offers; decisions read only the seed and the context.</summary>
    private sealed class RandomTrader(int seed, double maxQuantity) : Strategy
    {
        private readonly Random _random = new(seed * 7919);
        private readonly List<long> _orders = [];

        public override void OnBar(IStrategyContext context, in Bar bar)
        {
            var close = bar.Close;
            var roll = _random.Next(100);
            var quantity = _random.Next(3) == 0 ? (decimal?)null : context.RoundToLot((decimal)(_random.NextDouble() * maxQuantity) + 0.005m);
            if (quantity == 0m)
            {
                quantity = null;
            }

            double? stop = _random.Next(4) == 0 ? close * (roll % 2 == 0 ? 0.97 : 1.03) : null;
            double? target = _random.Next(4) == 0 ? close * (roll % 2 == 0 ? 1.04 : 0.96) : null;
            long id = 0;
            switch (roll)
            {
                case < 10:
                    id = context.Buy(quantity, stop, target);
                    break;
                case < 20:
                    id = context.Sell(quantity, roll % 2 == 0 ? null : close * 1.03, roll % 3 == 0 ? close * 0.96 : null);
                    break;
                case < 28:
                    id = context.ClosePosition(quantity: _random.Next(2) == 0 ? null : quantity);
                    break;
                case < 33:
                    id = context.Limit(_random.Next(2) == 0 ? OrderSide.Buy : OrderSide.Sell, close * (0.98 + (_random.NextDouble() * 0.04)), quantity);
                    break;
                case < 38:
                    id = context.StopEntry(_random.Next(2) == 0 ? OrderSide.Buy : OrderSide.Sell, close * (0.98 + (_random.NextDouble() * 0.04)), quantity);
                    break;
                case < 41 when _orders.Count > 0:
                    context.Cancel(_orders[_random.Next(_orders.Count)]);
                    break;
                case 41:
                    context.CancelAll();
                    break;
                case 42 when context.Position != 0m && context.SizePercentOfEquity(25m, close) is > 0m and var size:
                    id = context.Buy(size, stopLoss: close * 0.95);
                    break;
                default:
                    break;
            }

            if (id != 0)
            {
                _orders.Add(id);
            }
        }
    }
}
