using Microsoft.Extensions.Configuration;
using Nija.Integration.Tracking;

namespace Nija.Integration.Configuration;

/// <summary>Reads the <c>Nija:Tracking:PostgreSql</c> keys with the strict parsers of <see cref="NijaTrackingOptionsBinder"/>.</summary>
internal static class NijaPostgreSqlOptionsBinder
{
    public delegate void Reader<T>(IConfiguration section, NijaTrackingOptions options, string name, Func<string, (bool Ok, T Value)> parse, Action<T> set, string expected);

    public static void Bind(
        IConfiguration section,
        NijaTrackingOptions options,
        Reader<string> readText,
        Reader<bool> readBool,
        Reader<decimal> readDecimal,
        Func<string, (bool, bool)> parseBool,
        Func<string, (bool, decimal)> parseDecimal)
    {
        var pg = options.PostgreSql;
        const string P = nameof(NijaTrackingOptions.PostgreSql) + ":";
        readText(section, options, P + nameof(NijaPostgreSqlOptions.ConnectionString), s => (true, s), v => pg.ConnectionString = v, "an Npgsql connection string");
        readText(section, options, P + nameof(NijaPostgreSqlOptions.BotId), s => (true, s), v => pg.BotId = v, "a bot id");
        readText(section, options, P + nameof(NijaPostgreSqlOptions.Schema), s => (true, s), v => pg.Schema = v, "a schema name");
        readBool(section, options, P + nameof(NijaPostgreSqlOptions.AccountLimitsEnabled), parseBool, v => pg.AccountLimitsEnabled = v, "true or false");
        readDecimal(section, options, P + nameof(NijaPostgreSqlOptions.AccountMaxDailyLossPercent), parseDecimal, v => pg.AccountMaxDailyLossPercent = v, "a number greater than 0 and at most 100");
        readDecimal(section, options, P + nameof(NijaPostgreSqlOptions.AccountMaxDrawdownPercent), parseDecimal, v => pg.AccountMaxDrawdownPercent = v, "a number greater than 0 and at most 100");
    }
}
