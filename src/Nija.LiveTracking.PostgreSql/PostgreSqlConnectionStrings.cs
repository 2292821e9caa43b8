using System.Globalization;
using Npgsql;

namespace Nija.LiveTracking.PostgreSql;

/// <summary>Parses connection strings and describes them without their secrets (host, port and database only).</summary>
internal static class PostgreSqlConnectionStrings
{
    public static NpgsqlConnectionStringBuilder Parse(string connectionString, int commandTimeoutSeconds)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = commandTimeoutSeconds };
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException)
        {
            // The message of the parser names the bad keyword; the connection string itself (and its password) is never repeated.
            throw new ArgumentException("The PostgreSQL connection string is not valid (" + ex.GetType().Name + "); check its keywords and values.", nameof(connectionString));
        }
    }

    public static string Describe(NpgsqlConnectionStringBuilder builder) =>
        string.Create(CultureInfo.InvariantCulture, $"{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username ?? "postgres"}");
}
