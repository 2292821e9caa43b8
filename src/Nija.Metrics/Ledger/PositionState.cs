namespace Nija.Metrics;

/// <summary>
/// The mutable book-keeping of one open position inside a <see cref="Ledger"/>. The ledger recycles the state of a closed
/// position for the next one (<see cref="Reopen"/>): a backtest opens tens of thousands of positions.
/// </summary>
internal sealed class PositionState
{
    private TradeSide _side;
    private decimal _quantity;
    private decimal _averageEntryPrice;
    private decimal _lastPrice;
    private decimal _unrealized;
    private bool _unrealizedValid;

    public required long PositionId { get; set; }

    /// <summary>False once the position has gone flat: the ledger keeps a flat symbol's state on its book for the next position.</summary>
    public bool IsOpen { get; set; }
    public required string Symbol { get; set; }
    public required TradeSide Side
    {
        get => _side;
        set
        {
            _side = value;
            _unrealizedValid = false;
        }
    }
    public required DateTimeOffset OpenedAt { get; set; }
    public decimal? PlannedStop { get; set; }
    public string? Regime { get; set; }
    public string? Tag { get; set; }

    public decimal Quantity
    {
        get => _quantity;
        set
        {
            _quantity = value;
            _unrealizedValid = false;
        }
    }

    public decimal AverageEntryPrice
    {
        get => _averageEntryPrice;
        set
        {
            _averageEntryPrice = value;
            _unrealizedValid = false;
        }
    }

    public decimal LastPrice
    {
        get => _lastPrice;
        set
        {
            _lastPrice = value;
            _unrealizedValid = false;
        }
    }
    public decimal RealizedPnl { get; set; }
    public decimal Fees { get; set; }

    // Totals for volume-weighted entry and exit prices of the round trip.
    public decimal EntryQuantity { get; set; }
    public decimal EntryValue { get; set; }
    public decimal ExitQuantity { get; set; }
    public decimal ExitValue { get; set; }
    public int EntryFills { get; set; }
    public int ExitFills { get; set; }
    public decimal FirstEntryPrice { get; set; }
    public decimal LastExitPrice { get; set; }

    // Price extremes seen while open (fills and marks), for MAE/MFE.
    // Measurements for MAE/MFE only, so double (cheap to compare and convert).
    public double HighestPrice { get; set; }
    public double LowestPrice { get; set; }
    public bool HasMarks { get; set; }

    /// <summary>
    /// (last − average) × quantity × sign; the sign applied as a negation, which gives the same bits. Kept from its last
    /// computation until one of its inputs is set again: a mark per bar reads the previous value and computes the new one,
    /// so each value is computed once instead of twice.
    /// </summary>
    public decimal UnrealizedPnl
    {
        get
        {
            if (!_unrealizedValid)
            {
                var change = (_lastPrice - _averageEntryPrice) * _quantity;
                _unrealized = _side == TradeSide.Long ? change : -change;
                _unrealizedValid = true;
            }

            return _unrealized;
        }
    }

    /// <summary>Turns the state of a closed position into that of a new one: the given identity, everything else as a fresh state.</summary>
    public void Reopen(long positionId, string symbol, TradeSide side, DateTimeOffset openedAt, decimal? plannedStop, string? regime, string? tag)
    {
        PositionId = positionId;
        Symbol = symbol;
        Side = side;
        OpenedAt = openedAt;
        PlannedStop = plannedStop;
        Regime = regime;
        Tag = tag;
        Quantity = 0m;
        AverageEntryPrice = 0m;
        LastPrice = 0m;
        RealizedPnl = 0m;
        Fees = 0m;
        EntryQuantity = 0m;
        EntryValue = 0m;
        ExitQuantity = 0m;
        ExitValue = 0m;
        EntryFills = 0;
        ExitFills = 0;
        FirstEntryPrice = 0m;
        LastExitPrice = 0m;
        HighestPrice = 0d;
        LowestPrice = 0d;
        HasMarks = false;
    }

    public void Observe(double price)
    {
        if (price > HighestPrice)
        {
            HighestPrice = price;
        }

        if (price < LowestPrice)
        {
            LowestPrice = price;
        }
    }

    public Position ToPosition() => new(
        PositionId, Symbol, Side, Quantity, AverageEntryPrice, LastPrice, UnrealizedPnl, RealizedPnl, Fees, OpenedAt, PlannedStop);
}
