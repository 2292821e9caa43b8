using System.Globalization;
using System.Runtime.ExceptionServices;
using Nija.Metrics;

namespace Nija.Backtesting.Research;

/// <summary>
/// Monte Carlo robustness of a trade sequence: resample the trades (bootstrap or shuffle) into many paths and look at
/// the spread of outcomes. Sizing: every trade's return is applied to the path's running equity, equity ← equity ·
/// (1 + r), i.e. each trade risks the whole account as the all-in strategies do (fixed-fraction compounding).
/// Paths run in parallel; path i uses its own generator seeded from (seed, i), so results are identical whatever the
/// degree of parallelism. Thread-safe (stateless).
/// </summary>
public static class MonteCarloSimulation
{
    /// <summary>
    /// Simulates paths of <paramref name="trades"/>, using each trade's <see cref="ClosedTrade.ReturnPercent"/> / 100; a
    /// trade that lost more than its entry value (a short) counts as −100 %, which wipes the path out.
    /// </summary>
    /// <param name="trades">The closed trades (at least one), e.g. <c>BacktestResult.Trades</c>.</param>
    /// <param name="options">Settings; defaults when null.</param>
    /// <param name="cancellationToken">Stops the simulation between paths.</param>
    /// <returns>The distributions.</returns>
    /// <exception cref="ArgumentException">No trades, a trade return that is not finite, or bad options.</exception>
    /// <exception cref="OperationCanceledException">The simulation was cancelled.</exception>
    public static MonteCarloResult Run(IReadOnlyList<ClosedTrade> trades, MonteCarloOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trades);
        var returns = new double[trades.Count];
        for (var i = 0; i < returns.Length; i++)
        {
            // A short can lose more than its entry value (−122 % when the price more than doubles): on a path that
            // compounds trade returns, that trade wipes the account out, −100 %, as a loss beyond it cannot compound.
            returns[i] = Math.Max(trades[i].ReturnPercent / 100d, -1d);
        }

        return Run(returns, options, cancellationToken);
    }

    /// <summary>Simulates paths of trade returns given as fractions (0.02 = +2 %).</summary>
    /// <param name="tradeReturns">One return per trade, in order; at least one; each finite and at least −1.</param>
    /// <param name="options">Settings; defaults when null.</param>
    /// <param name="cancellationToken">Stops the simulation between paths.</param>
    /// <returns>The distributions.</returns>
    /// <exception cref="ArgumentException">No returns, a return that is not finite or below −1, or bad options.</exception>
    /// <exception cref="OperationCanceledException">The simulation was cancelled.</exception>
    public static MonteCarloResult Run(ReadOnlySpan<double> tradeReturns, MonteCarloOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new MonteCarloOptions();
        options.Validate();
        if (tradeReturns.IsEmpty)
        {
            throw new ArgumentException("Monte Carlo needs at least one trade.", nameof(tradeReturns));
        }

        for (var i = 0; i < tradeReturns.Length; i++)
        {
            if (!double.IsFinite(tradeReturns[i]) || tradeReturns[i] < -1d)
            {
                throw new ArgumentOutOfRangeException(nameof(tradeReturns), tradeReturns[i], string.Create(CultureInfo.InvariantCulture, $"Trade {i} has return {tradeReturns[i]}; expected a finite fraction of at least -1 (-100 %)."));
            }
        }

        var source = tradeReturns.ToArray();
        var paths = options.Paths;
        var stats = new PathStatistics(paths);
        var ruinLevel = -options.RuinDrawdown;
        var bootstrap = options.Method == MonteCarloMethod.Bootstrap;
        var seed = options.Seed;
        var parallel = SweepOptions.Parallel(options.MaxDegreeOfParallelism, cancellationToken);
        try
        {
            Parallel.For(
                0,
                paths,
                parallel,
                () => new double[source.Length],
                (i, _, buffer) =>
                {
                    var rng = SplitMix64.ForStream(seed, i);
                    if (!bootstrap)
                    {
                        source.CopyTo(buffer, 0);
                    }

                    stats.Simulate(i, source, buffer, bootstrap, ref rng, ruinLevel);
                    return buffer;
                },
                static _ => { });
        }
        catch (AggregateException e)
        {
            // The first failure as it was thrown, whether one worker failed or several at once (the type must not depend
            // on timing: a caller catches what one failure throws).
            ExceptionDispatchInfo.Throw(e.Flatten().InnerExceptions[0]);
        }

        return stats.Summarise(options, source.Length);
    }
}
