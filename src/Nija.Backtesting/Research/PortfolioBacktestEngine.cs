using Nija.Backtesting.Engine;
using Nija.Backtesting.Strategies;

namespace Nija.Backtesting.Research;

/// <summary>
/// Backtests several symbols at once on one cash balance and one <see cref="Metrics.Ledger"/>. Bars are aligned on
/// timestamps: at each distinct timestamp (ascending) every symbol that has a bar there takes part, in ordinal symbol
/// order; a symbol without a bar at a timestamp has no event. Each symbol has its own strategy instance and slippage model.
/// </summary>
/// <remarks>
/// <para>Order of events at a timestamp: each participating symbol's pending orders fill on its bar; the portfolio's risk
/// rules see the portfolio equity (open positions marked at their latest closes); each participating strategy's
/// <c>OnBar</c> runs (with <see cref="Execution.FillTiming.Close"/> its market orders fill at that close); a symbol on its
/// last bar runs <c>OnFinish</c> and its position is closed at that close ("end-of-data"); one portfolio equity point is
/// recorded.</para>
/// <para>Fills follow the single-symbol engine (fill model, slippage, commission, reversals close first, attached
/// stop-loss/take-profit with the stop-loss first when both are inside a bar), with two differences: an entry that would
/// open a position beyond <see cref="PortfolioBacktestOptions.MaxOpenPositions"/> is rejected; an all-in entry spends
/// min(free cash, equity / MaxOpenPositions), free cash excluding short collateral (margin 1).</para>
/// <para>Stateless and thread-safe: each <see cref="Run"/> call is independent. Single-threaded per run.</para>
/// </remarks>
public sealed class PortfolioBacktestEngine
{
    /// <summary>Runs one strategy instance per symbol over the symbols' bars, sharing one cash balance.</summary>
    /// <param name="bars">Bars by symbol; each series strictly increasing in time with valid prices; at least one symbol.</param>
    /// <param name="strategyFactory">Creates a fresh strategy for a symbol.</param>
    /// <param name="options">Settings; defaults when null.</param>
    /// <param name="cancellationToken">Checked every 65,536 timestamps.</param>
    /// <returns>Portfolio and per-symbol trades, equity and metrics.</returns>
    /// <exception cref="ArgumentException">No symbols, an empty symbol name, bad bars (the message names the symbol) or bad options.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public PortfolioBacktestResult Run(
        IReadOnlyDictionary<string, ReadOnlyMemory<Bar>> bars,
        Func<string, IStrategy> strategyFactory,
        PortfolioBacktestOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bars);
        ArgumentNullException.ThrowIfNull(strategyFactory);
        options ??= new PortfolioBacktestOptions();
        options.Validate();
        if (bars.Count == 0)
        {
            throw new ArgumentException("A portfolio backtest needs at least one symbol.", nameof(bars));
        }

        var symbols = bars.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToArray();
        foreach (var (symbol, series) in symbols)
        {
            if (string.IsNullOrWhiteSpace(symbol))
            {
                throw new ArgumentException("Symbol names must not be empty.", nameof(bars));
            }

            try
            {
                UnifiedBacktestEngine.ValidateBars(series.Span);
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"Symbol '{symbol}': {e.Message}", nameof(bars), e);
            }
        }

        return new PortfolioRun(symbols, strategyFactory, options).Execute(cancellationToken);
    }
}
