using System.Globalization;
using Nija.Backtesting.Data;
using Nija.Backtesting.Execution;
using Nija.Backtesting.Strategies;

namespace Nija.Backtesting.Engine;

/// <summary>
/// Replays bars through a strategy with realistic fills and costs, booking every fill in the one
/// <see cref="Metrics.Ledger"/> and (optionally) enforcing the same <see cref="Metrics.RiskRules"/> as live trading.
/// </summary>
/// <remarks>
/// <para>Order of events on each bar: pending orders fill (market orders at the open by default; limit and stop orders
/// when the bar's range reaches them); attached stop-loss/take-profit are checked (stop-loss first when both are inside
/// the bar: the pessimistic assumption); risk rules see the equity at the close; the strategy's <c>OnBar</c> runs; with
/// <see cref="Execution.FillTiming.Close"/> its market orders fill at this close; on the last bar <c>OnFinish</c> runs and
/// open positions are closed at the close (reason "end-of-data", no slippage); the equity point is recorded.</para>
/// <para>Stateless and thread-safe: each <c>Run</c> call is independent.</para>
/// </remarks>
public sealed class UnifiedBacktestEngine
{
    /// <summary>Runs <paramref name="strategy"/> over <paramref name="bars"/>.</summary>
    /// <param name="strategy">The strategy (a fresh instance per run: strategies keep state).</param>
    /// <param name="bars">Bars in strictly increasing time order, with positive finite prices and High ≥ Low.</param>
    /// <param name="options">Settings; defaults when null.</param>
    /// <param name="progress">Receives the fraction done (0..1) every 65,536 bars and at the end.</param>
    /// <param name="cancellationToken">Checked every 65,536 bars.</param>
    /// <returns>The trades, equity curve, rejected orders, risk events and run statistics.</returns>
    /// <exception cref="ArgumentException">Bad options or bars (the message names the bar index and the problem).</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public BacktestResult Run(
        IStrategy strategy,
        ReadOnlyMemory<Bar> bars,
        BacktestOptions? options = null,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        options ??= new BacktestOptions();
        options.Validate();
        ValidateBars(bars.Span);
        return new BacktestRun(bars, options).Execute(strategy, progress, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="strategy"/> over a <see cref="BarSeries"/>. The series checked its bars when it was built and
    /// cannot change, so the run skips the pass over every bar that the <see cref="ReadOnlyMemory{T}"/> overload makes,
    /// and its equity curve shares the series' timestamps instead of copying them: the faster way to run the same data
    /// many times.
    /// </summary>
    /// <param name="strategy">The strategy (a fresh instance per run: strategies keep state).</param>
    /// <param name="series">The bars.</param>
    /// <param name="options">Settings; when null, the defaults with <see cref="BacktestOptions.Symbol"/> set to the series' symbol.</param>
    /// <param name="progress">Receives the fraction done (0..1) every 65,536 bars and at the end.</param>
    /// <param name="cancellationToken">Checked every 65,536 bars.</param>
    /// <returns>The trades, equity curve, rejected orders, risk events and run statistics.</returns>
    /// <exception cref="ArgumentException">Bad options.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public BacktestResult Run(
        IStrategy strategy,
        BarSeries series,
        BacktestOptions? options = null,
        IProgress<double>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(series);
        options ??= new BacktestOptions { Symbol = series.Symbol };
        options.Validate();
        return new BacktestRun(series.Bars.AsMemory(), options, timeline: series.UtcTimeline, barsStayUnchanged: true).Execute(strategy, progress, cancellationToken);
    }

    internal static void ValidateBars(ReadOnlySpan<Bar> bars)
    {
        // One pass, branch-light: "Min <= x <= Max" is false for NaN, infinities, non-positive values and prices a decimal
        // cannot book alike.
        var previousTicks = long.MinValue;
        for (var i = 0; i < bars.Length; i++)
        {
            ref readonly var b = ref bars[i];
            var ticks = b.Timestamp.UtcTicks;
            var pricesOk = (b.Open >= MoneyPrice.Min) & (b.Open <= MoneyPrice.Max)
                & (b.High >= MoneyPrice.Min) & (b.High <= MoneyPrice.Max)
                & (b.Low >= MoneyPrice.Min) & (b.Low <= MoneyPrice.Max)
                & (b.Close >= MoneyPrice.Min) & (b.Close <= MoneyPrice.Max);
            if (!pricesOk || b.High < b.Low || ticks <= previousTicks)
            {
                ThrowBadBar(bars, i);
            }

            previousTicks = ticks;
        }
    }

    private static void ThrowBadBar(ReadOnlySpan<Bar> bars, int i)
    {
        ref readonly var b = ref bars[i];
        if (!(b.Open > 0d && b.High > 0d && b.Low > 0d && b.Close > 0d)
            || !double.IsFinite(b.Open) || !double.IsFinite(b.High) || !double.IsFinite(b.Low) || !double.IsFinite(b.Close))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Bar {i} at {b.Timestamp:O} has a non-positive or non-finite price (O={b.Open} H={b.High} L={b.Low} C={b.Close})."), nameof(bars));
        }

        if (!(MoneyPrice.IsBookable(b.Open) && MoneyPrice.IsBookable(b.High) && MoneyPrice.IsBookable(b.Low) && MoneyPrice.IsBookable(b.Close)))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Bar {i} at {b.Timestamp:O} has a price a decimal cannot book (O={b.Open} H={b.High} L={b.Low} C={b.Close}); prices must be {MoneyPrice.Range}."), nameof(bars));
        }

        if (b.High < b.Low)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Bar {i} at {b.Timestamp:O} has High {b.High} below Low {b.Low}."), nameof(bars));
        }

        throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Bar {i} at {b.Timestamp:O} is not after bar {i - 1} at {bars[i - 1].Timestamp:O}: bars must be in strictly increasing time order."), nameof(bars));
    }
}
