using System.Globalization;
using Nija.Integration.Configuration;
using Nija.LiveTracking.PostgreSql;

namespace Nija.Integration.Tracking;

/// <summary>Checks the fleet settings when the journal is PostgreSQL. Never repeats the connection string (it may hold a password).</summary>
internal static class NijaPostgreSqlOptionsValidator
{
    private const string Prefix = nameof(NijaTrackingOptions.PostgreSql) + ":";

    public static void Validate(List<string> failures, NijaTrackingOptions options)
    {
        if (options.Journal != NijaJournalKind.PostgreSql)
        {
            return;
        }

        var pg = options.PostgreSql;
        if (string.IsNullOrWhiteSpace(pg.ConnectionString))
        {
            failures.Add($"{NijaTrackingOptionsBinder.Describe(Prefix + nameof(pg.ConnectionString))} is missing; it must be an Npgsql connection string when Journal is PostgreSql.");
        }

        if (string.IsNullOrWhiteSpace(pg.BotId) || pg.BotId.Length > 200)
        {
            failures.Add(Fail(nameof(pg.BotId), pg.BotId, "1 to 200 characters, not blank, when Journal is PostgreSql"));
        }

        try
        {
            new PostgreSqlJournalOptions { Schema = pg.Schema }.Validate();
        }
        catch (ArgumentException)
        {
            failures.Add(Fail(nameof(pg.Schema), pg.Schema, "1 to 63 lower-case letters, digits or '_', starting with a letter or '_'"));
        }

        CheckPercent(failures, nameof(pg.AccountMaxDailyLossPercent), pg.AccountMaxDailyLossPercent);
        CheckPercent(failures, nameof(pg.AccountMaxDrawdownPercent), pg.AccountMaxDrawdownPercent);
    }

    private static void CheckPercent(List<string> failures, string setting, decimal value)
    {
        if (value <= 0m || value > 100m)
        {
            failures.Add(Fail(setting, value, "greater than 0 and at most 100"));
        }
    }

    private static string Fail(string setting, object? value, string expected) =>
        string.Create(CultureInfo.InvariantCulture, $"{NijaTrackingOptionsBinder.Describe(Prefix + setting)} is '{value}'; it must be {expected}.");
}
