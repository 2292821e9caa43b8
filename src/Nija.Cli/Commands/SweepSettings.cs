using System.CommandLine;
using Nija.Backtesting;
using Nija.Backtesting.Data;
using Nija.Backtesting.Engine;
using Nija.Backtesting.Execution;
using Nija.Backtesting.Research;
using Nija.Backtesting.Strategies;
using Nija.Metrics;

namespace Nija.Cli.Commands;

/// <summary>The options <c>nija optimize</c> and <c>nija walk-forward</c> share: data, strategy, ranges, objective, constraints and costs.</summary>
internal sealed class SweepSettings
{
    private readonly Option<string> _data = new("--data", "-d") { Description = "OHLCV CSV file (header with open/high/low/close[/volume] and a timestamp column).", Required = true };
    private readonly Option<string> _strategy = new("--strategy") { Description = "Registered strategy: sma-cross, rsi-reversion, donchian-breakout.", DefaultValueFactory = _ => "sma-cross" };
    private readonly Option<string[]> _ranges = new("--range", "-r") { Description = "Swept parameter (repeatable): name=min:max:step (e.g. fast=5:50:5) or name=v1,v2,... (e.g. slow=20,30,60).", Required = true, AllowMultipleArgumentsPerToken = false };
    private readonly Option<string> _objective = new("--objective") { Description = "What to maximise: " + ResearchParsing.ObjectiveNames + ".", DefaultValueFactory = _ => "sharpe" };
    private readonly Option<int> _minTrades = new("--min-trades") { Description = "Reject combinations with fewer closed trades.", DefaultValueFactory = _ => 0 };
    private readonly Option<double?> _maxDrawdown = new("--max-drawdown") { Description = "Reject combinations whose maximum drawdown is deeper than this percent (e.g. 30)." };
    private readonly Option<decimal> _commissionBps = new("--commission-bps") { Description = "Commission in basis points of traded value per fill.", DefaultValueFactory = _ => 0m };
    private readonly Option<double> _slippageBps = new("--slippage-bps") { Description = "Slippage in basis points against the trader on market and stop fills.", DefaultValueFactory = _ => 0d };
    private readonly Option<decimal> _balance = new("--initial-balance") { Description = "Starting cash of every run.", DefaultValueFactory = _ => 10_000m };
    private readonly Option<int> _parallelism = new("--parallelism") { Description = "Runs at once: -1 for every core, or 1 and more (results do not depend on it).", DefaultValueFactory = _ => -1 };

    /// <summary>Adds the shared options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _data, _strategy, _ranges, _objective, _minTrades, _maxDrawdown, _commissionBps, _slippageBps, _balance, _parallelism })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The strategy name.</summary>
    public string Strategy(ParseResult parse) => parse.GetValue(_strategy)!;

    /// <summary>The parsed ranges, each value checked against the strategy's parameters (a usage error names the option).</summary>
    public List<ParameterRange> Ranges(ParseResult parse)
    {
        var ranges = ResearchParsing.Ranges(parse.GetValue(_ranges));
        var strategy = Strategy(parse);
        var registry = StrategyRegistry.CreateDefault();
        try
        {
            registry.Get(strategy);
        }
        catch (ArgumentException e)
        {
            throw new UsageException($"--strategy: {Clean(e.Message)}");
        }

        foreach (var range in ranges)
        {
            foreach (var value in range.Values)
            {
                try
                {
                    registry.Parameters(strategy, new Dictionary<string, double> { [range.Name] = value });
                }
                catch (ArgumentException e)
                {
                    throw new UsageException($"--range {range.Name}: {Clean(e.Message)}");
                }
            }
        }

        return ranges;
    }

    /// <summary>Reads the data file; throws a usage error when it does not exist or holds no bars.</summary>
    public Bar[] Bars(ParseResult parse, out string symbol)
    {
        var path = parse.GetValue(_data)!;
        if (!File.Exists(path))
        {
            throw new UsageException($"--data: file '{path}' does not exist.");
        }

        var series = OhlcvCsvReader.ReadFile(path, null);
        symbol = series.Symbol;
        var bars = series.Bars.ToArray();
        return bars.Length > 0 ? bars : throw new UsageException($"--data: '{path}' holds no bars.");
    }

    /// <summary>Builds the sweep settings from the parsed options.</summary>
    public SweepOptions Sweep(ParseResult parse, string symbol, Bar[] bars)
    {
        var bps = parse.GetValue(_commissionBps);
        var slippage = parse.GetValue(_slippageBps);
        var balance = parse.GetValue(_balance);
        if (bps < 0m)
        {
            throw new UsageException("--commission-bps must be zero or positive, e.g. --commission-bps 5.");
        }

        if (!double.IsFinite(slippage) || slippage < 0d)
        {
            throw new UsageException("--slippage-bps must be zero or positive, e.g. --slippage-bps 2.");
        }

        if (balance <= 0m)
        {
            throw new UsageException("--initial-balance must be positive, e.g. --initial-balance 10000.");
        }

        var parallelism = parse.GetValue(_parallelism);
        if (parallelism is 0 or < -1)
        {
            throw new UsageException("--parallelism must be -1 (every core) or at least 1.");
        }

        // The trials' metrics annualise per-bar returns; a backtest report, daily ones.
        var periodsPerYear = BacktestCommand.GuessPeriodsPerYear(bars);
        return new SweepOptions
        {
            Objective = ResearchParsing.Objective(parse.GetValue(_objective)),
            MinTrades = ResearchParsing.AtLeast("--min-trades", parse.GetValue(_minTrades), 0, "20"),
            MaxDrawdown = parse.GetValue(_maxDrawdown) is { } dd ? ResearchParsing.PercentFraction("--max-drawdown", dd, "30") : null,
            PeriodsPerYear = BacktestCommand.GuessBarsPerYear(bars),
            MaxDegreeOfParallelism = parallelism,
            BacktestOptionsFactory = () => new BacktestOptions
            {
                Symbol = symbol,
                InitialCash = balance,
                Commission = bps == 0m ? CommissionModels.None : CommissionModels.BasisPoints(bps),
                Slippage = SlippageModels.BasisPoints(slippage),
                Conventions = new MetricConventions { PeriodsPerYear = periodsPerYear },
                ComputeReport = false,
            },
        };
    }

    private static string Clean(string message)
    {
        var cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
