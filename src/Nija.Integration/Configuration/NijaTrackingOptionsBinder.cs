using System.Globalization;
using Microsoft.Extensions.Configuration;
using Nija.Integration.Tracking;

namespace Nija.Integration.Configuration;

/// <summary>
/// Reads the <c>Nija:Tracking</c> section strictly: every value must parse (invariant culture, booleans only
/// <c>true</c>/<c>false</c>); a bad value is kept as a binding error that validation reports at start-up.
/// </summary>
internal static class NijaTrackingOptionsBinder
{
    public static void Bind(IConfiguration section, NijaTrackingOptions options)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(options);
        Read(section, options, nameof(NijaTrackingOptions.Enabled), ParseBool, v => options.Enabled = v, "true or false");
        Read(section, options, nameof(NijaTrackingOptions.DataDirectory), s => (true, s), v => options.DataDirectory = v, "a folder path");
        Read(section, options, nameof(NijaTrackingOptions.JournalPath), s => (true, s), v => options.JournalPath = v, "a file path");
        Read(section, options, nameof(NijaTrackingOptions.Journal), ParseEnum<NijaJournalKind>, v => options.Journal = v, "Sqlite, InMemory or PostgreSql");
        Read(section, options, nameof(NijaTrackingOptions.InitialBalance), ParseDecimal, v => options.InitialBalance = v, "a number greater than 0");
        Read(section, options, nameof(NijaTrackingOptions.MaxDailyLossPercent), ParseDecimal, v => options.MaxDailyLossPercent = v, "a number greater than 0 and at most 100");
        Read(section, options, nameof(NijaTrackingOptions.MaxDrawdownPercent), ParseDecimal, v => options.MaxDrawdownPercent = v, "a number greater than 0 and at most 100");
        Read(section, options, nameof(NijaTrackingOptions.TradingDayTimeZone), s => (true, s), v => options.TradingDayTimeZone = v, "a time zone id");
        Read(section, options, nameof(NijaTrackingOptions.ResetPolicy), ParseEnum<Metrics.BreakerResetPolicy>, v => options.ResetPolicy = v, "NextTradingDay or Manual");
        Read(section, options, nameof(NijaTrackingOptions.Durability), ParseEnum<LiveTracking.JournalDurability>, v => options.Durability = v, "Durable or Batched");
        Read(section, options, nameof(NijaTrackingOptions.BatchWindow), ParseTimeSpan, v => options.BatchWindow = v, "a time span such as 00:00:00.010");
        Read(section, options, nameof(NijaTrackingOptions.MaxClockSkew), ParseTimeSpan, v => options.MaxClockSkew = v, "a time span such as 00:05:00");
        Read(section, options, nameof(NijaTrackingOptions.MarkCurveInterval), ParseTimeSpan, v => options.MarkCurveInterval = v, "a time span such as 00:01:00");
        Read(section, options, nameof(NijaTrackingOptions.SnapshotInterval), ParseInt, v => options.SnapshotInterval = v, "a whole number from 0 (no snapshots) to 1000000000");
        NijaPostgreSqlOptionsBinder.Bind(section, options, Read, Read, Read, ParseBool, ParseDecimal);
        ReportUnknownKeys(section, options);
    }

    private static readonly HashSet<string> Settings = new(
        [
            nameof(NijaTrackingOptions.Enabled), nameof(NijaTrackingOptions.DataDirectory), nameof(NijaTrackingOptions.JournalPath),
            nameof(NijaTrackingOptions.Journal), nameof(NijaTrackingOptions.InitialBalance), nameof(NijaTrackingOptions.MaxDailyLossPercent),
            nameof(NijaTrackingOptions.MaxDrawdownPercent), nameof(NijaTrackingOptions.TradingDayTimeZone), nameof(NijaTrackingOptions.ResetPolicy),
            nameof(NijaTrackingOptions.Durability), nameof(NijaTrackingOptions.BatchWindow), nameof(NijaTrackingOptions.MaxClockSkew),
            nameof(NijaTrackingOptions.MarkCurveInterval), nameof(NijaTrackingOptions.SnapshotInterval),
        ],
        StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> PostgreSqlSettings = new(
        [
            nameof(NijaPostgreSqlOptions.ConnectionString), nameof(NijaPostgreSqlOptions.BotId), nameof(NijaPostgreSqlOptions.Schema),
            nameof(NijaPostgreSqlOptions.AccountLimitsEnabled), nameof(NijaPostgreSqlOptions.AccountMaxDailyLossPercent),
            nameof(NijaPostgreSqlOptions.AccountMaxDrawdownPercent),
        ],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A key that is no setting (a typo such as MaxDailyLoss) or a setting given as a section is a binding error: ignored,
    /// it would leave a risk limit at its default without a word.
    /// </summary>
    private static void ReportUnknownKeys(IConfiguration section, NijaTrackingOptions options)
    {
        foreach (var child in section.GetChildren())
        {
            if (string.Equals(child.Key, nameof(NijaTrackingOptions.PostgreSql), StringComparison.OrdinalIgnoreCase))
            {
                foreach (var pg in child.GetChildren())
                {
                    Check(pg, PostgreSqlSettings, $"{NijaTrackingOptions.SectionName}:{child.Key}:", options);
                }

                continue;
            }

            Check(child, Settings, NijaTrackingOptions.SectionName + ":", options);
        }

        static void Check(IConfigurationSection key, HashSet<string> known, string prefix, NijaTrackingOptions options)
        {
            if (!known.Contains(key.Key))
            {
                options.BindingErrors.Add($"{prefix}{key.Key} is not a setting; expected one of {string.Join(", ", known)}.");
            }
            else if (key.Value is null && key.GetChildren().Any())
            {
                options.BindingErrors.Add($"{prefix}{key.Key} is a section; it must be a single value.");
            }
        }
    }

    /// <summary>The full configuration key of a setting, with its legacy environment variable when it has one.</summary>
    public static string Describe(string name) => LegacyEnvironmentVariables.LegacyNameOf(name) is { } legacy
        ? $"{NijaTrackingOptions.SectionName}:{name} (or {legacy})"
        : $"{NijaTrackingOptions.SectionName}:{name}";

    private static void Read<T>(IConfiguration section, NijaTrackingOptions options, string name, Func<string, (bool Ok, T Value)> parse, Action<T> set, string expected)
    {
        var raw = section[name];
        if (raw is null)
        {
            return;
        }

        var (ok, value) = parse(raw.Trim());
        if (ok)
        {
            set(value);
        }
        else
        {
            options.BindingErrors.Add($"{Describe(name)} is '{raw}'; it must be {expected}.");
        }
    }

    private static (bool, bool) ParseBool(string s) =>
        string.Equals(s, "true", StringComparison.OrdinalIgnoreCase) ? (true, true)
        : string.Equals(s, "false", StringComparison.OrdinalIgnoreCase) ? (true, false)
        : (false, false);

    private static (bool, decimal) ParseDecimal(string s) =>
        decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? (true, d) : (false, 0m);

    private static (bool, int) ParseInt(string s) =>
        int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? (true, i) : (false, 0);

    // "[d.]hh:mm[:ss[.fffffff]]" only: TimeSpan.TryParse also reads a bare "1" as one day (a MaxClockSkew of a day).
    private static (bool, TimeSpan) ParseTimeSpan(string s) =>
        s.Contains(':', StringComparison.Ordinal) && TimeSpan.TryParse(s, CultureInfo.InvariantCulture, out var t) ? (true, t) : (false, TimeSpan.Zero);

    // A name, exactly (case aside): Enum.TryParse also takes "+1" and combines "NextTradingDay,Manual" like flags.
    private static (bool, T) ParseEnum<T>(string s)
        where T : struct, Enum
    {
        foreach (var name in Enum.GetNames<T>())
        {
            if (string.Equals(name, s, StringComparison.OrdinalIgnoreCase))
            {
                return (true, Enum.Parse<T>(name));
            }
        }

        return (false, default);
    }
}
