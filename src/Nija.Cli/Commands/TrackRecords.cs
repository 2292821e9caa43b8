using Nija.Metrics;

namespace Nija.Cli.Commands;

/// <summary>Loads the track records that report and compare work on: backtest result files and live exports or journals.</summary>
internal static class TrackRecords
{
    /// <summary>Reads a backtest result file (or any Nija result JSON).</summary>
    public static PerformanceDocument ReadResultFile(string path, string option)
    {
        if (!File.Exists(path))
        {
            throw new UsageException($"{option}: file '{path}' does not exist (run 'nija backtest --output {path}' first).");
        }

        return PerformanceDocumentJson.ReadFile(path);
    }

    /// <summary>Reads the live track record: a JSON export file, or a tracker data directory (its journal, read-only).</summary>
    public static PerformanceDocument ReadLive(string path, MetricConventions conventions)
    {
        if (FleetJournals.IsFleetSource(path))
        {
            return FleetJournals.ReadDocument(path, conventions);
        }

        if (File.Exists(path))
        {
            // Metrics mean the same thing on both sides only under the same conventions (periods a year, risk-free rate,
            // time zone): an export made with others is measured again from its trades and curve.
            var document = PerformanceDocumentJson.ReadFile(path);
            if (document.Metrics.Conventions == conventions)
            {
                return document;
            }

            var metrics = PerformanceCalculator.Calculate(document.Trades, EquityCurve.From(document.EquityCurve), conventions);
            return document with { Metrics = metrics, MonthlyReturns = metrics.MonthlyReturns };
        }

        if (Directory.Exists(path))
        {
            return LiveJournals.ReadDocument(path, conventions);
        }

        throw new UsageException($"--live: '{path}' is neither a live export file nor a tracker data directory.");
    }
}
