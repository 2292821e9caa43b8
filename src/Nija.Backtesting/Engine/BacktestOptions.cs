using System.Globalization;
using Nija.Backtesting.Execution;
using Nija.Backtesting.Regimes;
using Nija.Metrics;

namespace Nija.Backtesting.Engine;

/// <summary>Settings of one backtest run. Mutable; validated by <see cref="Validate"/> when a run starts.</summary>
public sealed class BacktestOptions
{
    /// <summary>The instrument's name on trades. Default "ASSET".</summary>
    public string Symbol { get; set; } = "ASSET";

    /// <summary>Starting cash. Default 10,000. Must be positive.</summary>
    public decimal InitialCash { get; set; } = 10_000m;

    /// <summary>Commission charged on every fill (entry and exit). Default none.</summary>
    public ICommissionModel Commission { get; set; } = CommissionModels.None;

    /// <summary>
    /// Slippage applied against the trader on market and stop fills (limit fills get their limit price or better).
    /// Default none. Stateful models (ATR) must not be shared between runs that execute at the same time.
    /// </summary>
    public ISlippageModel Slippage { get; set; } = SlippageModels.None();

    /// <summary>The fill rules. Default <see cref="DefaultFillModel"/>.</summary>
    public IFillModel FillModel { get; set; } = DefaultFillModel.Instance;

    /// <summary>When market orders fill. Default <see cref="FillTiming.NextOpen"/>.</summary>
    public FillTiming FillTiming { get; set; } = FillTiming.NextOpen;

    /// <summary>Quantities are rounded down to a multiple of this. Default 1 (whole units); e.g. 0.00000001 for BTC.</summary>
    public decimal LotSize { get; set; } = 1m;

    /// <summary>Close open positions at the last bar's close (reason "end-of-data"). Default true; false leaves them open, marked to market.</summary>
    public bool ClosePositionsAtEnd { get; set; } = true;

    /// <summary>
    /// Stop trading when the account is out of money (default true): when the equity at a bar's close is zero or below,
    /// the open position is closed at that close (exit reason "out-of-money", commission charged, no slippage), and every
    /// later entry is rejected, as is an entry after a fill that left the account flat with no cash. A broker would have
    /// called the margin long before; backtesting.py stops the same way. False lets the run go on with negative equity.
    /// </summary>
    public bool StopWhenOutOfMoney { get; set; } = true;

    /// <summary>
    /// Let entries with an explicit quantity cost more than the cash available (default false). An all-in entry (no
    /// quantity) always buys what the cash pays for; an order for a given quantity whose value plus commission exceeds the
    /// cash available (the cash not tied up by the open position: the measure all-in sizing uses) is rejected with the
    /// numbers, as a cash account or backtesting.py would. True fills any quantity and lets cash go negative, i.e.
    /// unlimited borrowing.
    /// </summary>
    public bool AllowLeverage { get; set; }

    /// <summary>The same risk limits as live (daily-loss breaker, drawdown alert); null (the default) disables them.</summary>
    public RiskRulesOptions? RiskRules { get; set; }

    /// <summary>
    /// Classifies every bar's market regime (trending / ranging / volatile) and stamps each trade with the regime at its
    /// entry signal, for the report's regime breakdown. Null (the default) skips it: it costs about 90 ns per bar (docs/performance.md).
    /// </summary>
    public RegimeClassifierOptions? Regimes { get; set; }

    /// <summary>Annualisation, risk-free rate and time zone for the run's <see cref="BacktestResult.Report"/>. Default: 252 periods a year, 0 risk-free, UTC.</summary>
    public MetricConventions Conventions { get; set; } = MetricConventions.Default;

    /// <summary>Compute the <see cref="BacktestResult.Report"/> after the run (default true). Sweeps that rank on a few numbers may turn it off.</summary>
    public bool ComputeReport { get; set; } = true;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it and the allowed range.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Symbol))
        {
            throw new ArgumentException("Symbol must not be empty.", nameof(Symbol));
        }

        if (InitialCash <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(InitialCash), InitialCash, string.Create(CultureInfo.InvariantCulture, $"InitialCash is {InitialCash}; it must be greater than 0."));
        }

        if (LotSize <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(LotSize), LotSize, string.Create(CultureInfo.InvariantCulture, $"LotSize is {LotSize}; it must be greater than 0 (1 for whole units, 0.00000001 for satoshis)."));
        }

        if (!Enum.IsDefined(FillTiming))
        {
            throw new ArgumentOutOfRangeException(nameof(FillTiming), FillTiming, "FillTiming must be NextOpen or Close.");
        }

        ArgumentNullException.ThrowIfNull(Commission, nameof(Commission));
        ArgumentNullException.ThrowIfNull(Slippage, nameof(Slippage));
        ArgumentNullException.ThrowIfNull(FillModel, nameof(FillModel));
        ArgumentNullException.ThrowIfNull(Conventions, nameof(Conventions));
        TradingDays.FindTimeZone(Conventions.TimeZoneId);
        RiskRules?.Validate();
        Regimes?.Validate();
    }
}
