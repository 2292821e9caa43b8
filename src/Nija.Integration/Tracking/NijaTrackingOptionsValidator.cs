using System.Globalization;
using Microsoft.Extensions.Options;
using Nija.Integration.Configuration;
using Nija.LiveTracking;
using Nija.Metrics;

namespace Nija.Integration.Tracking;

/// <summary>
/// Checks <see cref="NijaTrackingOptions"/> at start-up and lists every failure; each message names the setting, the bad
/// value and what is allowed. The data directory is checked (and created) only when tracking is enabled with a SQLite journal and every other setting is valid.
/// </summary>
internal sealed class NijaTrackingOptionsValidator : IValidateOptions<NijaTrackingOptions>
{
    public ValidateOptionsResult Validate(string? name, NijaTrackingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var error in options.BindingErrors)
        {
            if (!failures.Contains(error))
            {
                failures.Add(error);
            }
        }

        if (options.InitialBalance <= 0m)
        {
            failures.Add(Fail(nameof(options.InitialBalance), options.InitialBalance, "greater than 0"));
        }

        CheckPercent(failures, nameof(options.MaxDailyLossPercent), options.MaxDailyLossPercent);
        CheckPercent(failures, nameof(options.MaxDrawdownPercent), options.MaxDrawdownPercent);
        if (string.IsNullOrWhiteSpace(options.TradingDayTimeZone) || !TimeZoneInfo.TryFindSystemTimeZoneById(options.TradingDayTimeZone, out _))
        {
            failures.Add(Fail(nameof(options.TradingDayTimeZone), options.TradingDayTimeZone, "a known time zone id such as 'UTC' or 'America/New_York'"));
        }

        CheckEnum(failures, nameof(options.Journal), options.Journal);
        CheckEnum(failures, nameof(options.ResetPolicy), options.ResetPolicy);
        CheckEnum(failures, nameof(options.Durability), options.Durability);
        CheckSpan(failures, nameof(options.BatchWindow), options.BatchWindow, exclusiveMin: true, TimeSpan.FromSeconds(1));
        CheckSpan(failures, nameof(options.MaxClockSkew), options.MaxClockSkew, exclusiveMin: false, TimeSpan.FromDays(1));
        CheckSpan(failures, nameof(options.MarkCurveInterval), options.MarkCurveInterval, exclusiveMin: true, TimeSpan.FromDays(1));
        if (options.SnapshotInterval is < 0 or > 1_000_000_000)
        {
            failures.Add(Fail(nameof(options.SnapshotInterval), options.SnapshotInterval, "from 0 (no snapshots) to 1000000000"));
        }

        NijaPostgreSqlOptionsValidator.Validate(failures, options);
        // The folder is created only when everything else is valid: a failed start changes nothing.
        if (failures.Count == 0 && options.Enabled && options.Journal == NijaJournalKind.Sqlite)
        {
            CheckDirectory(failures, options);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string Fail(string setting, object? value, string expected) =>
        string.Create(CultureInfo.InvariantCulture, $"{NijaTrackingOptionsBinder.Describe(setting)} is '{value}'; it must be {expected}.");

    private static void CheckPercent(List<string> failures, string setting, decimal value)
    {
        if (value <= 0m || value > 100m)
        {
            failures.Add(Fail(setting, value, "greater than 0 and at most 100"));
        }
    }

    private static void CheckEnum<T>(List<string> failures, string setting, T value)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            failures.Add(Fail(setting, value, "one of " + string.Join(", ", Enum.GetNames<T>())));
        }
    }

    private static void CheckSpan(List<string> failures, string setting, TimeSpan value, bool exclusiveMin, TimeSpan max)
    {
        if ((exclusiveMin ? value <= TimeSpan.Zero : value < TimeSpan.Zero) || value > max)
        {
            var lower = exclusiveMin ? "greater than" : "at least";
            failures.Add(Fail(setting, value, string.Create(CultureInfo.InvariantCulture, $"{lower} {TimeSpan.Zero} and at most {max}")));
        }
    }

    private static void CheckDirectory(List<string> failures, NijaTrackingOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.DataDirectory) && string.IsNullOrWhiteSpace(options.JournalPath))
        {
            failures.Add(Fail(nameof(options.DataDirectory), options.DataDirectory, "a folder path (or set JournalPath)"));
            return;
        }

        if (options.JournalPath is { Length: > 0 } file && Directory.Exists(file))
        {
            failures.Add(Fail(nameof(options.JournalPath), file, "a file path; it names an existing folder (set DataDirectory for a folder)"));
            return;
        }

        var journal = options.JournalPath is { Length: > 0 } path ? Path.GetDirectoryName(Path.GetFullPath(path)) : options.DataDirectory;
        var setting = options.JournalPath is { Length: > 0 } ? nameof(options.JournalPath) : nameof(options.DataDirectory);
        try
        {
            Directory.CreateDirectory(journal!);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            failures.Add(Fail(setting, setting == nameof(options.JournalPath) ? options.JournalPath : options.DataDirectory, "an existing or creatable folder (" + ex.Message + ")"));
        }
    }
}
