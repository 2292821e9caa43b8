namespace Nija.Integration.Tracking;

/// <summary>
/// Fleet mode settings (section <c>Nija:Tracking:PostgreSql</c>), used when <see cref="NijaTrackingOptions.Journal"/> is
/// <see cref="NijaJournalKind.PostgreSql"/>. The connection string is never logged nor put in validation messages.
/// </summary>
public sealed class NijaPostgreSqlOptions
{
    /// <summary>The Npgsql connection string. Required in fleet mode. Keep the password out of files: set it with the environment variable <c>Nija__Tracking__PostgreSql__ConnectionString</c> or a secret store.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>This bot's id in the fleet (1 to 200 characters). Required in fleet mode.</summary>
    public string? BotId { get; set; }

    /// <summary>The PostgreSQL schema of the fleet (one schema = one account). Default <c>nija</c>.</summary>
    public string Schema { get; set; } = "nija";

    /// <summary>Whether the account-wide limits are enforced. Default true.</summary>
    public bool AccountLimitsEnabled { get; set; } = true;

    /// <summary>The account-wide daily-loss limit in percent of the account's day-start equity (sum over bots). Default 5; range (0, 100].</summary>
    public decimal AccountMaxDailyLossPercent { get; set; } = 5m;

    /// <summary>The account-wide drawdown alert threshold in percent. Default 12; range (0, 100].</summary>
    public decimal AccountMaxDrawdownPercent { get; set; } = 12m;
}
