using System.Text.Json;
using Nija.Metrics;

namespace Nija.Backtesting.Engine;

/// <summary>Writes a <see cref="BacktestResult"/> as JSON (docs/json.md) and reads it back.</summary>
/// <remarks>The per-bar regimes are not written (they can be recomputed); everything else round-trips.</remarks>
public static class BacktestResultJson
{
    /// <summary>Serialises <paramref name="result"/>.</summary>
    /// <param name="result">A result with a report (<see cref="BacktestOptions.ComputeReport"/> true).</param>
    /// <returns>Indented JSON.</returns>
    /// <exception cref="ArgumentException">The result has no report.</exception>
    public static string Serialize(BacktestResult result) =>
        JsonSerializer.Serialize(ToDocument(result), NijaBacktestingJsonContext.Default.BacktestDocument);

    /// <summary>
    /// Writes <paramref name="result"/> as UTF-8 JSON to <paramref name="utf8Json"/>, as it is produced: a run of a million
    /// bars writes about 140 MB of JSON, which as a string would take twice that in memory.
    /// </summary>
    /// <param name="result">A result with a report (<see cref="BacktestOptions.ComputeReport"/> true).</param>
    /// <param name="utf8Json">The stream to write to; left open.</param>
    /// <exception cref="ArgumentException">The result has no report.</exception>
    public static void Serialize(BacktestResult result, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonSerializer.Serialize(utf8Json, ToDocument(result), NijaBacktestingJsonContext.Default.BacktestDocument);
    }

    /// <summary>
    /// Writes <paramref name="result"/> to <paramref name="path"/>, creating the folder if needed. The JSON goes to a
    /// temporary file beside it that replaces <paramref name="path"/> only when complete, so a failure never leaves a
    /// half-written result in its place.
    /// </summary>
    /// <param name="result">A result with a report.</param>
    /// <param name="path">The file.</param>
    /// <exception cref="ArgumentException">The result has no report.</exception>
    public static void WriteFile(BacktestResult result, string path) =>
        JsonFiles.Write(path, ToDocument(result), NijaBacktestingJsonContext.Default.BacktestDocument);

    private static BacktestDocument ToDocument(BacktestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Report is null)
        {
            throw new ArgumentException("The result has no report; run with ComputeReport = true to write it as JSON.", nameof(result));
        }

        return new BacktestDocument
        {
            Settings = result.Settings,
            Run = result.Run,
            Metrics = result.Report,
            Trades = result.Trades,
            EquityCurve = result.EquityCurve.ToList(),
            MonthlyReturns = result.Report.MonthlyReturns,
            Fills = result.Fills,
            RejectedOrders = result.RejectedOrders,
            UnfilledOrders = result.UnfilledOrders,
            RiskEvents = result.RiskEvents,
            OpenPositions = result.OpenPositions,
            FinalEquity = result.FinalEquity,
            FinalCash = result.FinalCash,
            TotalFees = result.TotalFees,
        };
    }

    /// <summary>Parses a backtest result file.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">Where it came from, for error messages.</param>
    /// <returns>The result.</returns>
    /// <exception cref="FormatException">The text is not a backtest result.</exception>
    public static BacktestResult Deserialize(string json, string source = "<json>")
    {
        ArgumentNullException.ThrowIfNull(json);
        BacktestDocument? d;
        try
        {
            d = JsonSerializer.Deserialize(json, NijaBacktestingJsonContext.Default.BacktestDocument);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"{source}: not a Nija backtest result ({ex.Message}).", ex);
        }

        if (d is null || d.Kind != "backtest")
        {
            throw new FormatException($"{source}: not a Nija backtest result (kind is '{d?.Kind}').");
        }

        if (d.SchemaVersion > PerformanceDocument.CurrentSchemaVersion)
        {
            throw new FormatException($"{source}: schema version {d.SchemaVersion} is newer than this version of Nija understands ({PerformanceDocument.CurrentSchemaVersion}); upgrade Nija.");
        }

        // 'null' satisfies the required properties as far as the serializer goes.
        if (d.Settings is null || d.Run is null || d.Metrics is null || d.Trades is null || d.EquityCurve is null || d.Fills is null
            || d.RejectedOrders is null || d.RiskEvents is null || d.OpenPositions is null)
        {
            throw new FormatException($"{source}: not a Nija backtest result (a required section is null: expected 'settings', 'run', 'metrics', 'trades', 'equityCurve', 'fills', 'rejectedOrders', 'riskEvents' and 'openPositions').");
        }

        return new BacktestResult
        {
            Settings = d.Settings,
            Run = d.Run,
            Report = d.Metrics,
            Trades = d.Trades,
            EquityCurve = EquityCurve.From(d.EquityCurve),
            Fills = d.Fills,
            Regimes = [],
            RejectedOrders = d.RejectedOrders,
            UnfilledOrders = d.UnfilledOrders ?? [],
            RiskEvents = d.RiskEvents,
            OpenPositions = d.OpenPositions,
            FinalEquity = d.FinalEquity,
            FinalCash = d.FinalCash,
            TotalFees = d.TotalFees,
        };
    }
}
