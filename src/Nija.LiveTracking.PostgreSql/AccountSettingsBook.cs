using System.Globalization;
using Nija.LiveTracking.Journal;
using Nija.Metrics;
using Npgsql;

namespace Nija.LiveTracking.PostgreSql;

/// <summary>
/// The account limits every bot of a fleet schema must share, recorded in <c>account_settings</c> (one row) by the first
/// bot that loads and compared with every later bot's: a bot configured with other limits (or with account limits off
/// while they are on, or the reverse) is refused at start-up instead of applying its own limits to the account on its
/// writes. Callers hold the account's advisory transaction lock.
/// </summary>
internal static class AccountSettingsBook
{
    /// <summary>Records <paramref name="limits"/> as the account's when nothing is recorded; otherwise throws unless they are the recorded ones.</summary>
    /// <exception cref="TradeJournalException">The account runs with other limits.</exception>
    public static void CheckOrRecord(NpgsqlConnection connection, NpgsqlTransaction tx, string s, RiskRulesOptions? limits, string bot, DateTimeOffset now, string where)
    {
        var recorded = Read(connection, tx, s);
        if (recorded is null)
        {
            Write(connection, tx, s, limits, bot, now);
            return;
        }

        var mine = Settings.Of(limits);
        if (!recorded.Value.Settings.SameAs(mine))
        {
            throw new TradeJournalException(
                $"The account of {where} runs with {recorded.Value.Settings} (recorded by bot '{recorded.Value.SetBy}'), but this bot is configured with {mine}. " +
                "Every bot of an account must use the same PostgreSqlJournalOptions.AccountRisk. Use the account's limits, or stop every bot, " +
                "change them for the account with PostgreSqlFleet.SetAccountLimits and start the bots with the new ones. Nothing was written.");
        }
    }

    /// <summary>Replaces the account's recorded limits (null: account limits off).</summary>
    public static void Write(NpgsqlConnection connection, NpgsqlTransaction tx, string s, RiskRulesOptions? limits, string setBy, DateTimeOffset now)
    {
        using var cmd = new NpgsqlCommand(
            $"""
            INSERT INTO {s}.account_settings (id, limits_on, max_daily_loss_percent, max_drawdown_percent, trading_day_time_zone, reset_policy, set_by, set_at_ticks)
            VALUES (1, $1, $2, $3, $4, $5, $6, $7)
            ON CONFLICT (id) DO UPDATE SET limits_on = EXCLUDED.limits_on, max_daily_loss_percent = EXCLUDED.max_daily_loss_percent,
                max_drawdown_percent = EXCLUDED.max_drawdown_percent, trading_day_time_zone = EXCLUDED.trading_day_time_zone,
                reset_policy = EXCLUDED.reset_policy, set_by = EXCLUDED.set_by, set_at_ticks = EXCLUDED.set_at_ticks;
            """,
            connection,
            tx);
        cmd.Parameters.AddWithValue(limits is not null);
        cmd.Parameters.AddWithValue(limits?.MaxDailyLossPercent ?? 0m);
        cmd.Parameters.AddWithValue(limits?.MaxDrawdownPercent ?? 0m);
        cmd.Parameters.AddWithValue(limits?.TradingDayTimeZone.Id ?? string.Empty);
        cmd.Parameters.AddWithValue((short)(limits?.ResetPolicy ?? default));
        cmd.Parameters.AddWithValue(setBy);
        cmd.Parameters.AddWithValue(now.UtcTicks);
        cmd.ExecuteNonQuery();
    }

    private static (Settings Settings, string SetBy)? Read(NpgsqlConnection connection, NpgsqlTransaction tx, string s)
    {
        using var cmd = new NpgsqlCommand(
            $"SELECT limits_on, max_daily_loss_percent, max_drawdown_percent, trading_day_time_zone, reset_policy, set_by FROM {s}.account_settings WHERE id = 1;",
            connection,
            tx);
        using var r = cmd.ExecuteReader();
        if (!r.Read())
        {
            return null;
        }

        var settings = new Settings(r.GetBoolean(0), r.GetDecimal(1), r.GetDecimal(2), r.GetString(3), (BreakerResetPolicy)r.GetInt16(4));
        return (settings, r.GetString(5));
    }

    /// <summary>Account limits as recorded: on or off, and when on the two percentages (compared as numbers), the time zone id and the reset policy.</summary>
    private readonly record struct Settings(bool On, decimal DailyLoss, decimal Drawdown, string TimeZone, BreakerResetPolicy Reset)
    {
        public static Settings Of(RiskRulesOptions? limits) => limits is null
            ? new Settings(false, 0m, 0m, string.Empty, default)
            : new Settings(true, limits.MaxDailyLossPercent, limits.MaxDrawdownPercent, limits.TradingDayTimeZone.Id, limits.ResetPolicy);

        public bool SameAs(Settings other) => On == other.On
            && (!On || (DailyLoss == other.DailyLoss && Drawdown == other.Drawdown && string.Equals(TimeZone, other.TimeZone, StringComparison.Ordinal) && Reset == other.Reset));

        public override string ToString() => On
            ? string.Create(CultureInfo.InvariantCulture, $"account limits of {DailyLoss} % daily loss and {Drawdown} % drawdown alert, trading days in '{TimeZone}', breaker reset {Reset}")
            : "account limits off";
    }
}
