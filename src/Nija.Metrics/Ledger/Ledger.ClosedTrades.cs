namespace Nija.Metrics;

/// <summary>How a position that has gone flat becomes a <see cref="ClosedTrade"/> (for the closing fill, and when read from <see cref="ClosedTradeStore"/>).</summary>
public sealed partial class Ledger
{
    /// <summary>The volume-weighted entry price of a round trip; single-fill entries (the common case) need no decimal division.</summary>
    internal static decimal RoundTripEntryPrice(PositionState state) =>
        state.EntryFills == 1 ? state.FirstEntryPrice : state.EntryValue / state.EntryQuantity;

    /// <summary>The volume-weighted exit price of a round trip; single-fill exits need no decimal division.</summary>
    internal static decimal RoundTripExitPrice(PositionState state) =>
        state.ExitFills == 1 ? state.LastExitPrice : state.ExitValue / state.ExitQuantity;

    /// <summary>MAE and MFE in percent of the entry price; both null when no price was marked while open.</summary>
    internal static (double? Mae, double? Mfe) Excursions(TradeSide side, decimal entryPrice, double highest, double lowest, bool hasMarks)
    {
        if (!hasMarks)
        {
            return (null, null);
        }

        var entry = (double)entryPrice;
        var up = ((highest / entry) - 1d) * 100d;
        var down = ((lowest / entry) - 1d) * 100d;
        var (mfe, mae) = side == TradeSide.Long ? (up, down) : (-down, -up);
        return (Math.Min(0d, mae), Math.Max(0d, mfe));
    }

    private static ClosedTrade CreateClosedTrade(PositionState state, DateTimeOffset exitTime, string? exitReason)
    {
        var entryPrice = RoundTripEntryPrice(state);
        var (mae, mfe) = Excursions(state.Side, entryPrice, state.HighestPrice, state.LowestPrice, state.HasMarks);
        return new ClosedTrade
        {
            PositionId = state.PositionId,
            Symbol = state.Symbol,
            Side = state.Side,
            EntryTime = state.OpenedAt,
            ExitTime = exitTime,
            EntryPrice = entryPrice,
            ExitPrice = RoundTripExitPrice(state),
            Quantity = state.EntryQuantity,
            Fees = state.Fees,
            GrossPnl = state.RealizedPnl,
            PlannedStop = state.PlannedStop,
            Regime = state.Regime,
            Tag = state.Tag,
            ExitReason = exitReason,
            MaxAdverseExcursionPercent = mae,
            MaxFavorableExcursionPercent = mfe,
        };
    }
}
