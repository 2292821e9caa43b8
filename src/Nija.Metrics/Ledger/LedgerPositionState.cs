namespace Nija.Metrics;

/// <summary>
/// The complete book-keeping of one open position inside a <see cref="LedgerState"/> (more than <see cref="Position"/>:
/// the entry and exit totals and price extremes a later <see cref="ClosedTrade"/> is computed from). Immutable.
/// </summary>
/// <param name="PositionId">The ledger's id of the position.</param>
/// <param name="Symbol">The instrument.</param>
/// <param name="Side">Long or short.</param>
/// <param name="OpenedAt">Time of the first entry fill.</param>
/// <param name="PlannedStop">The stop planned at entry, if any.</param>
/// <param name="Regime">The regime label at entry, if any.</param>
/// <param name="Tag">The tag at entry, if any.</param>
/// <param name="Quantity">Open quantity (greater than zero).</param>
/// <param name="AverageEntryPrice">Average cost of the open quantity.</param>
/// <param name="LastPrice">The last marked or filled price.</param>
/// <param name="RealizedPnl">Gross P&amp;L realized by partial exits.</param>
/// <param name="Fees">Fees paid on the position.</param>
/// <param name="EntryQuantity">Total quantity of the entry fills.</param>
/// <param name="EntryValue">Total value (price × quantity) of the entry fills.</param>
/// <param name="ExitQuantity">Total quantity of the exit fills.</param>
/// <param name="ExitValue">Total value of the exit fills.</param>
/// <param name="EntryFills">Number of entry fills.</param>
/// <param name="ExitFills">Number of exit fills.</param>
/// <param name="FirstEntryPrice">Price of the first entry fill.</param>
/// <param name="LastExitPrice">Price of the last exit fill (0 when none).</param>
/// <param name="HighestPrice">Highest price seen while open (for MAE/MFE).</param>
/// <param name="LowestPrice">Lowest price seen while open (for MAE/MFE).</param>
/// <param name="HasMarks">Whether marks or excursions were observed (MAE/MFE are reported only then).</param>
public sealed record LedgerPositionState(
    long PositionId,
    string Symbol,
    TradeSide Side,
    DateTimeOffset OpenedAt,
    decimal? PlannedStop,
    string? Regime,
    string? Tag,
    decimal Quantity,
    decimal AverageEntryPrice,
    decimal LastPrice,
    decimal RealizedPnl,
    decimal Fees,
    decimal EntryQuantity,
    decimal EntryValue,
    decimal ExitQuantity,
    decimal ExitValue,
    int EntryFills,
    int ExitFills,
    decimal FirstEntryPrice,
    decimal LastExitPrice,
    double HighestPrice,
    double LowestPrice,
    bool HasMarks);
