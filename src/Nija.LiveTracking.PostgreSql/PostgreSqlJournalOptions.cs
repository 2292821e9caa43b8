using System.Globalization;
using System.Text.RegularExpressions;
using Nija.Metrics;

namespace Nija.LiveTracking.PostgreSql;

/// <summary>Settings of a <see cref="PostgreSqlTradeJournal"/>. Mutable; copied by the journal.</summary>
public sealed partial class PostgreSqlJournalOptions
{
    /// <summary>The PostgreSQL schema holding the fleet's tables (one schema = one account). Default <c>nija</c>; lower-case letters, digits and <c>_</c>, starting with a letter or <c>_</c>, at most 63 characters.</summary>
    public string Schema { get; set; } = "nija";

    /// <summary>
    /// Account-wide limits over the sum of every bot's equity in the schema (daily loss, drawdown alert, trading-day time
    /// zone, reset policy). Default 5 % daily loss and 12 % drawdown, UTC, next-day reset. Null turns account-wide limits
    /// off (each bot keeps its own). Every bot of an account should use the same values: the bot whose write updates the
    /// account applies its own.
    /// </summary>
    public RiskRulesOptions? AccountRisk { get; set; } = new();

    /// <summary>Timeout of each command, in seconds. Default 30; range [1, 3600].</summary>
    public int CommandTimeoutSeconds { get; set; } = 30;

    /// <summary>The clock used for account updates that carry no fill time (checkpoints); default <see cref="TimeProvider.System"/>. Use the tracker's clock.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>Checks every setting.</summary>
    /// <exception cref="ArgumentException">A setting is out of range; the message names it.</exception>
    public void Validate()
    {
        if (string.IsNullOrEmpty(Schema) || !SchemaPattern().IsMatch(Schema))
        {
            throw new ArgumentException($"PostgreSqlJournalOptions.Schema is '{Schema}'; it must be 1 to 63 lower-case letters, digits or '_', starting with a letter or '_'.", nameof(Schema));
        }

        if (CommandTimeoutSeconds is < 1 or > 3600)
        {
            throw new ArgumentOutOfRangeException(nameof(CommandTimeoutSeconds), CommandTimeoutSeconds, string.Create(CultureInfo.InvariantCulture, $"PostgreSqlJournalOptions.CommandTimeoutSeconds is {CommandTimeoutSeconds}; it must be between 1 and 3600."));
        }

        AccountRisk?.Validate();
    }

    internal PostgreSqlJournalOptions Clone() => new()
    {
        Schema = Schema,
        AccountRisk = AccountRisk is null ? null : new RiskRulesOptions
        {
            MaxDailyLossPercent = AccountRisk.MaxDailyLossPercent,
            MaxDrawdownPercent = AccountRisk.MaxDrawdownPercent,
            TradingDayTimeZone = AccountRisk.TradingDayTimeZone,
            ResetPolicy = AccountRisk.ResetPolicy,
        },
        CommandTimeoutSeconds = CommandTimeoutSeconds,
        TimeProvider = TimeProvider,
    };

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex SchemaPattern();
}
