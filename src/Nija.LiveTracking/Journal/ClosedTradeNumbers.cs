using System.Globalization;
using System.Text;
using Nija.Metrics;

namespace Nija.LiveTracking.Journal;

/// <summary>
/// The numeric fields of a <see cref="ClosedTrade"/> as one invariant text column of the SQLite journal (one parameter
/// to bind instead of fourteen): <c>positionId;side;entryTicks;entryOffsetMinutes;exitTicks;exitOffsetMinutes;entryPrice;
/// exitPrice;quantity;fees;grossPnl;plannedStop;maePercent;mfePercent</c>, decimals exact, doubles round-trip ("R"),
/// empty for null.
/// </summary>
internal static class ClosedTradeNumbers
{
    private const int Fields = 14;

    public static string Format(ClosedTrade t)
    {
        var b = new StringBuilder(160);
        var c = CultureInfo.InvariantCulture;
        b.Append(t.PositionId.ToString(c)).Append(';')
            .Append(((int)t.Side).ToString(c)).Append(';')
            .Append(t.EntryTime.UtcTicks.ToString(c)).Append(';')
            .Append(((long)t.EntryTime.Offset.TotalMinutes).ToString(c)).Append(';')
            .Append(t.ExitTime.UtcTicks.ToString(c)).Append(';')
            .Append(((long)t.ExitTime.Offset.TotalMinutes).ToString(c)).Append(';')
            .Append(t.EntryPrice.ToString(c)).Append(';')
            .Append(t.ExitPrice.ToString(c)).Append(';')
            .Append(t.Quantity.ToString(c)).Append(';')
            .Append(t.Fees.ToString(c)).Append(';')
            .Append(t.GrossPnl.ToString(c)).Append(';')
            .Append(t.PlannedStop?.ToString(c)).Append(';')
            .Append(t.MaxAdverseExcursionPercent?.ToString("R", c)).Append(';')
            .Append(t.MaxFavorableExcursionPercent?.ToString("R", c));
        return b.ToString();
    }

    public static ClosedTrade Parse(string numbers, string symbol, string? regime, string? tag, string? exitReason)
    {
        var f = numbers.Split(';');
        if (f.Length != Fields)
        {
            throw new FormatException($"A stored closed trade has {f.Length} numeric fields, not {Fields}.");
        }

        var c = CultureInfo.InvariantCulture;
        return new ClosedTrade
        {
            PositionId = long.Parse(f[0], c),
            Symbol = symbol,
            Side = (TradeSide)int.Parse(f[1], c),
            EntryTime = Time(f[2], f[3]),
            ExitTime = Time(f[4], f[5]),
            EntryPrice = SqliteJournalReader.ParseDecimal(f[6]),
            ExitPrice = SqliteJournalReader.ParseDecimal(f[7]),
            Quantity = SqliteJournalReader.ParseDecimal(f[8]),
            Fees = SqliteJournalReader.ParseDecimal(f[9]),
            GrossPnl = SqliteJournalReader.ParseDecimal(f[10]),
            PlannedStop = f[11].Length == 0 ? null : SqliteJournalReader.ParseDecimal(f[11]),
            Regime = regime,
            Tag = tag,
            ExitReason = exitReason,
            MaxAdverseExcursionPercent = f[12].Length == 0 ? null : double.Parse(f[12], NumberStyles.Float, c),
            MaxFavorableExcursionPercent = f[13].Length == 0 ? null : double.Parse(f[13], NumberStyles.Float, c),
        };
    }

    private static DateTimeOffset Time(string ticks, string offsetMinutes) =>
        new DateTimeOffset(long.Parse(ticks, CultureInfo.InvariantCulture), TimeSpan.Zero)
            .ToOffset(TimeSpan.FromMinutes(long.Parse(offsetMinutes, CultureInfo.InvariantCulture)));
}
