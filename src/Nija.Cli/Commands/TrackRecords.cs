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
            return PerformanceDocumentJson.ReadFile(path);
        }

        if (Directory.Exists(path))
        {
            return LiveJournals.ReadDocument(path, conventions);
        }

        throw new UsageException($"--live: '{path}' is neither a live export file nor a tracker data directory.");
    }
}
