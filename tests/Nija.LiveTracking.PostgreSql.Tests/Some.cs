using Microsoft.Extensions.Time.Testing;
using Nija.LiveTracking.Journal;
using Nija.LiveTracking.Risk;
using Nija.Metrics;

namespace Nija.LiveTracking.PostgreSql.Tests;

/// <summary>Test data and a bot (journal + tracker + collected alerts) on the shared test server.</summary>
internal static class Some
{
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    public static FakeTimeProvider Clock() => new(Start);

    public static EntryFill Entry(string id, decimal price = 100m, decimal quantity = 10m, decimal fees = 0m, string symbol = "AAPL") => new()
    {
        ExecutionId = id,
        Symbol = symbol,
        Side = TradeSide.Long,
        Price = price,
        Quantity = quantity,
        Fees = fees,
        ExecutionTime = Start,
    };

    public static ExitFill Exit(string id, decimal price = 100m, decimal quantity = 10m, decimal fees = 0m, string symbol = "AAPL") => new()
    {
        ExecutionId = id,
        Symbol = symbol,
        Price = price,
        Quantity = quantity,
        Fees = fees,
        ExecutionTime = Start,
    };

    public static PostgreSqlJournalOptions JournalOptions(string schema, TimeProvider clock, decimal? accountLimitPercent = 5m) => new()
    {
        Schema = schema,
        AccountRisk = accountLimitPercent is { } limit ? new RiskRulesOptions { MaxDailyLossPercent = limit, MaxDrawdownPercent = 12m } : null,
        TimeProvider = clock,
    };

    public static Bot Bot(string connectionString, string schema, string botId, TimeProvider clock, decimal initialBalance = 10_000m, decimal botLimitPercent = 10m, decimal? accountLimitPercent = 5m)
    {
        var journal = new PostgreSqlTradeJournal(connectionString, botId, JournalOptions(schema, clock, accountLimitPercent));
        try
        {
            return new Bot(journal, initialBalance, botLimitPercent, clock);
        }
        catch
        {
            journal.Dispose();
            throw;
        }
    }
}
