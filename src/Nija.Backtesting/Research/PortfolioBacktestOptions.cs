using System.Globalization;
using Nija.Backtesting.Execution;
using Nija.Backtesting.Regimes;
using Nija.Metrics;

namespace Nija.Backtesting.Research;

/// <summary>Settings of a multi-symbol portfolio backtest. Mutable; validated when a run starts.</summary>
public sealed class PortfolioBacktestOptions
{
    /// <summary>Starting cash shared by every symbol. Default 10,000. Must be positive.</summary>
    public decimal InitialCash { get; set; } = 10_000m;

    /// <summary>Commission charged on every fill. Default none.</summary>
    public ICommissionModel Commission { get; set; } = CommissionModels.None;

    /// <summary>Creates one slippage model per symbol (stateful models observe only their symbol's bars). Default none.</summary>
    public Func<ISlippageModel> SlippageFactory { get; set; } = SlippageModels.None;

    /// <summary>The fill rules. Default <see cref="DefaultFillModel"/>.</summary>
    public IFillModel FillModel { get; set; } = DefaultFillModel.Instance;

    /// <summary>When market orders fill. Default <see cref="FillTiming.NextOpen"/>.</summary>
    public FillTiming FillTiming { get; set; } = FillTiming.NextOpen;

    /// <summary>Quantities are rounded down to a multiple of this. Default 1.</summary>
    public decimal LotSize { get; set; } = 1m;

    /// <summary>
    /// At most this many symbols hold a position at once; an entry that would open one more is rejected. Also the
    /// number of slots an all-in entry (no quantity) sizes for: it spends min(free cash, equity / MaxOpenPositions).
    /// Null (the default) means the number of symbols.
    /// </summary>
    public int? MaxOpenPositions { get; set; }

    /// <summary>Close each symbol's position at its last bar's close (reason "end-of-data"). Default true.</summary>
    public bool ClosePositionsAtEnd { get; set; } = true;

    /// <summary>
    /// Stop trading when the portfolio is out of money (default true), as <see cref="Engine.BacktestOptions.StopWhenOutOfMoney"/>:
    /// when the equity at a step's close is zero or below, every open position is closed at its symbol's last close (exit
    /// reason "out-of-money") and every later entry is rejected, as is an entry after an exit that left no position open
    /// and no cash. False lets the run go on with negative equity.
    /// </summary>
    public bool StopWhenOutOfMoney { get; set; } = true;

    /// <summary>
    /// Let entries with an explicit quantity cost more than the portfolio's free cash (default false), as
    /// <see cref="Engine.BacktestOptions.AllowLeverage"/>: by default such an entry is rejected with the numbers.
    /// </summary>
    public bool AllowLeverage { get; set; }

    /// <summary>Portfolio-level risk limits (daily-loss breaker on the portfolio's equity); null (the default) disables them.</summary>
    public RiskRulesOptions? RiskRules { get; set; }

    /// <summary>
    /// Classifies each symbol's bars (trending / ranging / volatile, each symbol on its own bars) and stamps every trade
    /// with its symbol's regime at the entry signal, for the report's regime breakdown; as
    /// <see cref="Engine.BacktestOptions.Regimes"/>. Null (the default) skips it.
    /// </summary>
    public RegimeClassifierOptions? Regimes { get; set; }

    /// <summary>Annualisation of the portfolio's per-timestamp returns in <see cref="PortfolioBacktestResult.Metrics"/>. Default 252.</summary>
    public double PeriodsPerYear { get; set; } = 252d;

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it and the allowed range.</exception>
    public void Validate()
    {
        if (InitialCash <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(InitialCash), InitialCash, string.Create(CultureInfo.InvariantCulture, $"InitialCash is {InitialCash}; it must be greater than 0."));
        }

        if (LotSize <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(LotSize), LotSize, string.Create(CultureInfo.InvariantCulture, $"LotSize is {LotSize}; it must be greater than 0."));
        }

        if (MaxOpenPositions is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxOpenPositions), MaxOpenPositions, "MaxOpenPositions must be at least 1 (or null for one per symbol).");
        }

        if (!Enum.IsDefined(FillTiming))
        {
            throw new ArgumentOutOfRangeException(nameof(FillTiming), FillTiming, "FillTiming must be NextOpen or Close.");
        }

        if (!double.IsFinite(PeriodsPerYear) || PeriodsPerYear <= 0d)
        {
            throw new ArgumentOutOfRangeException(nameof(PeriodsPerYear), PeriodsPerYear, "PeriodsPerYear must be positive and finite.");
        }

        ArgumentNullException.ThrowIfNull(Commission, nameof(Commission));
        ArgumentNullException.ThrowIfNull(SlippageFactory, nameof(SlippageFactory));
        ArgumentNullException.ThrowIfNull(FillModel, nameof(FillModel));
        RiskRules?.Validate();
        Regimes?.Validate();
    }
}
