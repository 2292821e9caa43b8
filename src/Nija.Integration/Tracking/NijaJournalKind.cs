namespace Nija.Integration.Tracking;

/// <summary>Where the tracker keeps its journal.</summary>
public enum NijaJournalKind
{
    /// <summary>A SQLite file in the data directory (durable; state survives restarts). The default.</summary>
    Sqlite = 0,

    /// <summary>In memory only (tests, dry runs): everything is lost when the process ends.</summary>
    InMemory = 1,

    /// <summary>Fleet mode: a PostgreSQL database shared by many bots, with account-wide limits (see <see cref="NijaTrackingOptions.PostgreSql"/>).</summary>
    PostgreSql = 2,
}
