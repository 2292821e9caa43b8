using System.Data.Common;
using Nija.LiveTracking;
using Nija.LiveTracking.PostgreSql;
using Nija.Metrics;

namespace Nija.Cli.Commands;

/// <summary>
/// Reads PostgreSQL fleet journals (read-only). For report/compare, <c>--live</c> takes
/// <c>postgresql:&lt;connection string&gt;[;Bot=&lt;id&gt;][;Schema=&lt;schema&gt;]</c>; without Bot it is the whole account.
/// </summary>
internal static class FleetJournals
{
    public const string Prefix = "postgresql:";

    public static bool IsFleetSource(string live) => live.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);

    public static LiveTrackRecordView Read(string connectionString, string? botId, string schema, RiskRulesOptions risk, TimeProvider time) =>
        PostgreSqlTrackRecord.Read(connectionString, botId, schema, risk, time);

    public static PerformanceDocument ReadDocument(string live, MetricConventions conventions)
    {
        var builder = new DbConnectionStringBuilder();
        try
        {
            builder.ConnectionString = live[Prefix.Length..];
        }
        catch (ArgumentException)
        {
            // Never repeat the value: it may hold a password.
            throw new UsageException("--live: after 'postgresql:' give an Npgsql connection string, optionally with Bot=<id> and Schema=<schema>.");
        }

        var bot = Take(builder, "Bot");
        var schema = Take(builder, "Schema") ?? "nija";
        return PostgreSqlTrackRecord.Read(builder.ConnectionString, bot, schema).Snapshot.ToDocument(conventions);
    }

    private static string? Take(DbConnectionStringBuilder builder, string key)
    {
        if (!builder.TryGetValue(key, out var value))
        {
            return null;
        }

        builder.Remove(key);
        return Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
