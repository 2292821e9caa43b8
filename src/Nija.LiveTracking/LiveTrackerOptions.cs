using System.Globalization;
using Nija.LiveTracking.Journal;
using Nija.Metrics;

namespace Nija.LiveTracking;

/// <summary>Settings of a <see cref="LiveExecutionTracker"/>. Mutable; the tracker validates and copies them when it starts.</summary>
public sealed class LiveTrackerOptions
{
    /// <summary>The default journal file name inside <see cref="DataDirectory"/>.</summary>
    public const string DefaultJournalFileName = "nija-journal.db";

    /// <summary>
    /// Account balance before the first fill, in account currency. Default 10,000. Must be greater than zero. Stored in the
    /// journal when it is created; re-opening a journal with a different value is an error.
    /// </summary>
    public decimal InitialBalance { get; set; } = 10_000m;

    /// <summary>Daily-loss limit (default 5 %), drawdown alert (default 12 %), trading-day time zone (default UTC), reset policy.</summary>
    public RiskRulesOptions Risk { get; set; } = new();

    /// <summary>
    /// The folder that holds the journal (created when missing). Required unless <see cref="JournalPath"/> is set or a
    /// journal instance is passed to the tracker. Default null.
    /// </summary>
    public string? DataDirectory { get; set; }

    /// <summary>
    /// The journal file; default null, meaning <see cref="DefaultJournalFileName"/> inside <see cref="DataDirectory"/>.
    /// </summary>
    public string? JournalPath { get; set; }

    /// <summary>When fills reach the disk. Default <see cref="JournalDurability.Durable"/>.</summary>
    public JournalDurability Durability { get; set; } = JournalDurability.Durable;

    /// <summary>
    /// In <see cref="JournalDurability.Batched"/> mode, the longest time an acknowledged fill waits for its commit.
    /// Default 10 ms. Range (0, 1 s].
    /// </summary>
    public TimeSpan BatchWindow { get; set; } = TimeSpan.FromMilliseconds(10);

    /// <summary>
    /// How far in the future (by the tracker's clock) an execution time may be before the fill is rejected. Default
    /// 5 minutes. Range [0, 1 day].
    /// </summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Equity-curve resolution for marks: <see cref="LiveExecutionTracker.MarkPrice"/> adds at most one point per interval
    /// (a later mark in the same interval replaces it). Every fill adds its own point. Default 1 minute. Range (0, 1 day].
    /// </summary>
    public TimeSpan MarkCurveInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Start-up snapshots: after every this many fills (and on <see cref="LiveExecutionTracker.Flush"/> and dispose, when fills
    /// were recorded since the last one) a journal that supports it (<see cref="ITradeJournalSnapshots"/>, e.g. SQLite) stores
    /// the ledger's state, so the next start replays only the fills after it. Default 100,000. Range [0, 1,000,000,000];
    /// 0 turns snapshots off: none is written, and a stored one is ignored (every start replays every fill).
    /// </summary>
    public int SnapshotInterval { get; set; } = 100_000;

    /// <summary>The journal file the options point at: <see cref="JournalPath"/>, else <see cref="DefaultJournalFileName"/> in <see cref="DataDirectory"/>; null when neither is set.</summary>
    /// <returns>The full path, or null.</returns>
    public string? ResolveJournalPath()
    {
        if (!string.IsNullOrWhiteSpace(JournalPath))
        {
            return Path.GetFullPath(JournalPath);
        }

        return string.IsNullOrWhiteSpace(DataDirectory) ? null : Path.GetFullPath(Path.Combine(DataDirectory, DefaultJournalFileName));
    }

    /// <summary>Checks every setting and throws on the first bad one.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it, its value and the allowed range.</exception>
    public void Validate()
    {
        if (InitialBalance <= 0m)
        {
            throw new ArgumentOutOfRangeException(
                nameof(InitialBalance),
                InitialBalance,
                string.Create(CultureInfo.InvariantCulture, $"{nameof(InitialBalance)} is {InitialBalance}; it must be greater than 0."));
        }

        if (Risk is null)
        {
            throw new ArgumentException($"{nameof(Risk)} must be set.", nameof(Risk));
        }

        Risk.Validate();
        if (!Enum.IsDefined(Durability))
        {
            throw new ArgumentOutOfRangeException(nameof(Durability), Durability, $"{nameof(Durability)} '{Durability}' is not one of Durable, Batched.");
        }

        CheckRange(BatchWindow, TimeSpan.Zero, TimeSpan.FromSeconds(1), exclusiveMin: true, nameof(BatchWindow));
        CheckRange(MaxClockSkew, TimeSpan.Zero, TimeSpan.FromDays(1), exclusiveMin: false, nameof(MaxClockSkew));
        CheckRange(MarkCurveInterval, TimeSpan.Zero, TimeSpan.FromDays(1), exclusiveMin: true, nameof(MarkCurveInterval));
        if (SnapshotInterval is < 0 or > 1_000_000_000)
        {
            throw new ArgumentOutOfRangeException(
                nameof(SnapshotInterval),
                SnapshotInterval,
                string.Create(CultureInfo.InvariantCulture, $"{nameof(SnapshotInterval)} is {SnapshotInterval}; it must be at least 0 (0 = no snapshots) and at most 1000000000."));
        }
    }

    internal LiveTrackerOptions Clone() => new()
    {
        InitialBalance = InitialBalance,
        Risk = new RiskRulesOptions
        {
            MaxDailyLossPercent = Risk.MaxDailyLossPercent,
            MaxDrawdownPercent = Risk.MaxDrawdownPercent,
            TradingDayTimeZone = Risk.TradingDayTimeZone,
            ResetPolicy = Risk.ResetPolicy,
        },
        DataDirectory = DataDirectory,
        JournalPath = JournalPath,
        Durability = Durability,
        BatchWindow = BatchWindow,
        MaxClockSkew = MaxClockSkew,
        MarkCurveInterval = MarkCurveInterval,
        SnapshotInterval = SnapshotInterval,
    };

    private static void CheckRange(TimeSpan value, TimeSpan min, TimeSpan max, bool exclusiveMin, string name)
    {
        var tooSmall = exclusiveMin ? value <= min : value < min;
        if (tooSmall || value > max)
        {
            var lower = exclusiveMin ? "greater than" : "at least";
            throw new ArgumentOutOfRangeException(
                name,
                value,
                string.Create(CultureInfo.InvariantCulture, $"{name} is {value}; it must be {lower} {min} and at most {max}."));
        }
    }
}
