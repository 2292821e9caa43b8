using Nija.LiveTracking;
using Nija.Metrics;

namespace Nija.Integration.Tracking;

/// <summary>
/// Settings of <c>AddNijaTracking</c>, bound from the <c>Nija:Tracking</c> configuration section (see docs/integration.md).
/// Mutable; validated when the host starts.
/// </summary>
public sealed class NijaTrackingOptions
{
    /// <summary>The configuration section these options are bound from: <c>Nija:Tracking</c>.</summary>
    public const string SectionName = "Nija:Tracking";

    /// <summary>Whether tracking is on. Default true. When false the tracker is a no-op that allows every trade.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The folder that holds the journal; created when missing. A relative path is resolved against the host's content
    /// root. Default <c>"data"</c>.
    /// </summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>The journal file; default null, meaning <c>nija-journal.db</c> inside <see cref="DataDirectory"/>. A relative path is resolved against the content root.</summary>
    public string? JournalPath { get; set; }

    /// <summary>Where fills are kept. Default <see cref="NijaJournalKind.Sqlite"/>.</summary>
    public NijaJournalKind Journal { get; set; } = NijaJournalKind.Sqlite;

    /// <summary>Account balance before the first fill, in account currency. Default 10,000. Must be greater than 0.</summary>
    public decimal InitialBalance { get; set; } = 10_000m;

    /// <summary>Daily-loss circuit-breaker limit in percent of the day's starting equity. Default 5. Range (0, 100].</summary>
    public decimal MaxDailyLossPercent { get; set; } = 5m;

    /// <summary>Drawdown from peak equity, in percent, that raises the drawdown alert. Default 12. Range (0, 100].</summary>
    public decimal MaxDrawdownPercent { get; set; } = 12m;

    /// <summary>IANA (or Windows) id of the time zone whose calendar days are trading days. Default <c>"UTC"</c>.</summary>
    public string TradingDayTimeZone { get; set; } = "UTC";

    /// <summary>When a tripped breaker is released. Default <see cref="BreakerResetPolicy.NextTradingDay"/>.</summary>
    public BreakerResetPolicy ResetPolicy { get; set; } = BreakerResetPolicy.NextTradingDay;

    /// <summary>When fills reach the disk. Default <see cref="JournalDurability.Durable"/>.</summary>
    public JournalDurability Durability { get; set; } = JournalDurability.Durable;

    /// <summary>In <see cref="JournalDurability.Batched"/> mode, the longest wait for a commit. Default 10 ms. Range (0, 1 s].</summary>
    public TimeSpan BatchWindow { get; set; } = TimeSpan.FromMilliseconds(10);

    /// <summary>How far in the future an execution time may be. Default 5 minutes. Range [0, 1 day].</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Equity-curve resolution for price marks. Default 1 minute. Range (0, 1 day].</summary>
    public TimeSpan MarkCurveInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Fills between start-up snapshots of the journal; 0 = none (start-up replays every fill). Default 100,000. Range [0, 1,000,000,000].</summary>
    public int SnapshotInterval { get; set; } = 100_000;

    /// <summary>Fleet mode settings (section <c>Nija:Tracking:PostgreSql</c>), used when <see cref="Journal"/> is <see cref="NijaJournalKind.PostgreSql"/>.</summary>
    public NijaPostgreSqlOptions PostgreSql { get; } = new();

    /// <summary>Configuration values that could not be parsed (reported by validation at start-up).</summary>
    internal List<string> BindingErrors { get; } = [];

    /// <summary>Maps these settings onto <see cref="LiveTrackerOptions"/> (the time zone id must be valid).</summary>
    /// <returns>New tracker options.</returns>
    /// <exception cref="ArgumentException"><see cref="TradingDayTimeZone"/> is not a known time zone id.</exception>
    public LiveTrackerOptions ToLiveTrackerOptions() => new()
    {
        InitialBalance = InitialBalance,
        Risk = new RiskRulesOptions
        {
            MaxDailyLossPercent = MaxDailyLossPercent,
            MaxDrawdownPercent = MaxDrawdownPercent,
            TradingDayTimeZone = TradingDays.FindTimeZone(TradingDayTimeZone),
            ResetPolicy = ResetPolicy,
        },
        DataDirectory = DataDirectory,
        JournalPath = JournalPath,
        Durability = Durability,
        BatchWindow = BatchWindow,
        MaxClockSkew = MaxClockSkew,
        MarkCurveInterval = MarkCurveInterval,
        SnapshotInterval = SnapshotInterval,
    };
}
