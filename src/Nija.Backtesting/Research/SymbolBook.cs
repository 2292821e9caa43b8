using Nija.Backtesting.Engine;
using Nija.Backtesting.Execution;
using Nija.Backtesting.Orders;
using Nija.Backtesting.Regimes;
using Nija.Backtesting.Strategies;
using Nija.Metrics;

namespace Nija.Backtesting.Research;

/// <summary>
/// One symbol inside a portfolio run: its strategy's context, its pending orders and fills, booked in the run's shared
/// ledger. Fill rules follow <see cref="Engine.UnifiedBacktestEngine"/> (fill model, slippage on market and stop fills,
/// reversals close first, all-in sizing after commission, attached stop-loss/take-profit checked against every bar's
/// range with the stop-loss first when both are inside one bar, the planned stop and the price excursions kept on the
/// trade).
/// </summary>
internal sealed class SymbolBook : IStrategyContext
{
    private readonly PortfolioRun _run;
    private readonly List<PendingOrder> _pending = new(4);
    private readonly RegimeClassifier? _classifier;

    // The open position's attached exits (NaN when none) and the highest and lowest prices seen while it is open (MAE/MFE).
    private AttachedExits _attached = AttachedExits.None;
    private double _high;
    private double _low;
    private string? _regimeLabel;

    // The ledger's signed quantity in this symbol and its double, kept after every fill: only this book's fills change it,
    // and reading it back from the ledger was a dictionary look-up per symbol per step.
    private decimal _position;
    private double _quantity;

    // The bars as an array when they are one (the usual case): the current and next bar without going through
    // ReadOnlyMemory.Span, which checks what backs the memory on every call.
    private readonly Bar[]? _array;
    private readonly int _offset;
    private Bar _current;
    private readonly FillLog _fills;

    public SymbolBook(PortfolioRun run, string symbol, ReadOnlyMemory<Bar> bars, IStrategy strategy, ISlippageModel slippage)
    {
        _run = run;
        Symbol = symbol;
        Bars = bars;
        Strategy = strategy;
        Slippage = slippage;
        _classifier = run.Options.Regimes is { } regimes ? new RegimeClassifier(regimes) : null;
        _fills = new FillLog(bars);
        if (System.Runtime.InteropServices.MemoryMarshal.TryGetArray(bars, out var segment))
        {
            _array = segment.Array;
            _offset = segment.Offset;
        }
    }

    public string Symbol { get; }

    public ReadOnlyMemory<Bar> Bars { get; }

    public IStrategy Strategy { get; }

    public ISlippageModel Slippage { get; }

    /// <summary>This symbol's fills, kept as values and built into records when read (as the single-symbol engine's).</summary>
    public IReadOnlyList<FillRecord> Fills => _fills;

    /// <summary>The orders still pending (at the end of the run: the unfilled ones).</summary>
    public IReadOnlyList<PendingOrder> Pending => _pending;

    /// <summary>Copies the fills' times out of the bars, at the end of the run (see <see cref="FillLog.CaptureTimes"/>).</summary>
    public void CaptureFillTimes() => _fills.CaptureTimes();

    public List<RejectedOrder> Rejected { get; } = [];

    public int BarIndex { get; private set; } = -1;

    public Bar Bar => _current;

    public ReadOnlySpan<Bar> History => Bars.Span[..(BarIndex + 1)];

    public decimal Position => _position;

    /// <summary>The open quantity as a double (0 when flat), for the per-step equity estimate.</summary>
    public double QuantityAsDouble => _quantity;

    /// <summary>The bar of this step (set by <see cref="Advance"/>), by reference: no copy per use.</summary>
    public ref readonly Bar Current => ref _current;

    public decimal Cash => _run.Ledger.Cash;

    public decimal Equity => _run.MarkedEquity();

    public decimal LotSize => _run.Options.LotSize;

    public int PendingOrderCount => _pending.Count;

    public bool HasNext => BarIndex + 1 < Bars.Length;

    public long NextTicks => BarAt(BarIndex + 1).Timestamp.UtcTicks;

    public bool IsLast => BarIndex == Bars.Length - 1;

    /// <summary>
    /// The price open positions are marked at: the previous close while this timestamp's opening fills happen (the
    /// close is not known yet), this bar's close from then on. NaN before the first bar.
    /// </summary>
    public double MarkPrice { get; set; } = double.NaN;

    public void Advance()
    {
        BarIndex++;
        _current = BarAt(BarIndex);
    }

    /// <summary>The bar at <paramref name="index"/> in this symbol's series, through the array when there is one.</summary>
    private ref readonly Bar BarAt(int index)
    {
        if (_array is { } a)
        {
            return ref a[_offset + index];
        }

        return ref Bars.Span[index];
    }

    public long Submit(in OrderRequest request)
    {
        // The single-symbol engine's checks (side, quantity, type, the prices it needs, bookable prices).
        BacktestRun.Validate(in request);
        var id = _run.NextOrderId();
        _pending.Add(new PendingOrder(id, request, BarIndex, IsProtective: false));
        return id;
    }

    public bool Cancel(long orderId)
    {
        var k = _pending.FindIndex(o => o.Id == orderId);
        if (k < 0)
        {
            return false;
        }

        _pending.RemoveAt(k);
        return true;
    }

    public int CancelAll()
    {
        var count = _pending.Count;
        _pending.Clear();
        return count;
    }

    public decimal RoundToLot(decimal quantity)
    {
        if (quantity <= 0m)
        {
            return 0m;
        }

        // A lot of exactly 1 (scale 0): floor(q / 1) × 1 and floor(q) are the same decimal, without a division.
        var lot = _run.Options.LotSize;
        return lot == 1m && lot.Scale == 0 ? decimal.Floor(quantity) : decimal.Floor(quantity / lot) * lot;
    }

    public void ProcessPending(in Bar bar, bool marketAtClose)
    {
        var k = 0;
        while (k < _pending.Count)
        {
            var order = _pending[k];
            double price;
            bool filled;
            if (marketAtClose)
            {
                filled = order.Request.Type == OrderType.Market;
                price = bar.Close;
            }
            else
            {
                filled = _run.Options.FillModel.TryFill(in order, in bar, out price);
            }

            if (!filled)
            {
                k++;
                continue;
            }

            _pending.RemoveAt(k);
            Fill(in order, price, bar.Timestamp);
        }
    }

    /// <summary>
    /// After this bar's pending orders: widens the open position's high/low with the bar and fills an attached
    /// stop-loss or take-profit the bar reaches (stop-loss first when both are inside the bar: the pessimistic
    /// assumption; at the open when the bar gaps through). The same rules as the single-symbol engine.
    /// </summary>
    public void ProcessProtective(in Bar bar)
    {
        var position = Position;
        if (position == 0m)
        {
            return;
        }

        _high = Math.Max(_high, bar.High);
        _low = Math.Min(_low, bar.Low);
        if (_attached.TryHit(in bar, BarIndex, position > 0m, out var price, out var isStopLoss))
        {
            ExitFill(price, Math.Abs(position), bar.Timestamp, isStopLoss ? ExitReasons.StopLoss : ExitReasons.TakeProfit, applySlippage: isStopLoss);
        }
    }

    /// <summary>Classifies this bar (when regimes are on): entries from now on carry its label, as in the single-symbol engine.</summary>
    public void UpdateRegime(in Bar bar)
    {
        if (_classifier is not null)
        {
            var regime = _classifier.Update(in bar);
            _regimeLabel = regime == MarketRegime.Unknown ? null : regime.ToLabel();
        }
    }

    public void ExitFill(double modelPrice, decimal quantity, DateTimeOffset time, string reason, bool applySlippage, long orderId = 0)
    {
        var isBuy = Position < 0m;
        var priceAsDouble = applySlippage ? Slippage.Apply(modelPrice, isBuy) : modelPrice;
        var price = (decimal)priceAsDouble;
        var fee = _run.Options.Commission.Calculate(price, quantity);
        // The extremes take the price as booked (the decimal's double), as the entry's do.
        var booked = (double)price;
        _run.Ledger.ObserveExcursion(Symbol, Math.Max(_high, booked), Math.Min(_low, booked));
        var exit = _run.Ledger.RecordExit(Symbol, price, quantity, fee, time, reason);
        _fills.Add(time, BarIndex, orderId, isBuy ? OrderSide.Buy : OrderSide.Sell, OrderIntent.Exit, quantity, priceAsDouble, fee, reason);
        // What the ledger's GetSignedQuantity gives now: 0 when flat, else the remaining quantity with the position's sign.
        var remaining = exit.RemainingQuantity;
        SyncPosition(remaining == 0m ? 0m : isBuy ? -remaining : remaining);
        if (remaining == 0m)
        {
            _attached = AttachedExits.None;
            _run.CheckCashAfterExit();
        }
    }

    private void Fill(in PendingOrder order, double modelPrice, DateTimeOffset time)
    {
        var request = order.Request;
        var isBuy = request.Side == OrderSide.Buy;
        var applySlippage = request.Type != OrderType.Limit;
        var position = Position;
        if (request.Intent == OrderIntent.Exit)
        {
            if (position == 0m || (position > 0m) == isBuy)
            {
                Reject(order.Id, time, request, position == 0m ? "no open position to exit" : "exit order does not reduce the open position");
                return;
            }

            var quantity = request.Quantity is { } q ? Math.Min(RoundToLot(q), Math.Abs(position)) : Math.Abs(position);
            if (quantity <= 0m)
            {
                Reject(order.Id, time, request, "quantity rounds down to zero lots");
                return;
            }

            ExitFill(modelPrice, quantity, time, request.Tag ?? ExitReasons.Signal, applySlippage, order.Id);
            return;
        }

        if (position != 0m && (position > 0m) != isBuy)
        {
            ExitFill(modelPrice, Math.Abs(position), time, ExitReasons.Reverse, applySlippage, order.Id);
            position = 0m;
        }

        if (_run.IsOutOfMoney)
        {
            Reject(order.Id, time, request, BacktestRun.OutOfMoneyRejection);
            return;
        }

        if (_run.Risk is { } risk)
        {
            var decision = risk.CheckNewPosition(time);
            if (!decision.IsAllowed)
            {
                Reject(order.Id, time, request, "daily-loss circuit breaker tripped: " + decision.Describe());
                return;
            }
        }

        if (position == 0m && _run.Ledger.OpenPositionCount >= _run.MaxOpenPositions)
        {
            Reject(order.Id, time, request, $"max open positions ({_run.MaxOpenPositions}) reached");
            return;
        }

        var fillPriceAsDouble = applySlippage ? Slippage.Apply(modelPrice, isBuy) : modelPrice;
        var fillPrice = (decimal)fillPriceAsDouble;
        var size = request.Quantity is { } requested ? RoundToLot(requested) : AllInQuantity(fillPrice);
        if (size <= 0m)
        {
            Reject(order.Id, time, request, request.Quantity is null ? "insufficient cash for one lot" : "quantity rounds down to zero lots");
            return;
        }

        var fee = _run.Options.Commission.Calculate(fillPrice, size);
        if (request.Quantity is not null && !_run.Options.AllowLeverage && BacktestRun.CashShortfall(size, fillPrice, fee, _run.FreeCash(this, fillPrice)) is { } reason)
        {
            Reject(order.Id, time, request, reason);
            return;
        }

        var entry = _run.Ledger.RecordEntry(
            Symbol,
            isBuy ? TradeSide.Long : TradeSide.Short,
            fillPrice,
            size,
            fee,
            time,
            request.StopLoss is { } sl ? (decimal)sl : null,
            regime: _regimeLabel,
            tag: request.Tag);
        _fills.Add(time, BarIndex, order.Id, request.Side, OrderIntent.Entry, size, fillPriceAsDouble, fee, request.Tag);
        SyncPosition(isBuy ? entry.Quantity : -entry.Quantity);
        if (position == 0m)
        {
            _high = _low = (double)fillPrice;
        }

        _attached.OnEntry(position == 0m, in request, BarIndex, modelPrice);
    }

    private void SyncPosition(decimal signedQuantity)
    {
        _position = signedQuantity;
        _quantity = signedQuantity == 0m ? 0d : (double)signedQuantity;
        _run.SyncCash();
    }

    /// <summary>Lots that min(free cash, equity / slots) pays for, commission included.</summary>
    private decimal AllInQuantity(decimal price)
    {
        var budget = Math.Min(_run.FreeCash(this, price), _run.MarkedEquity() / _run.MaxOpenPositions);
        if (budget <= 0m)
        {
            return 0m;
        }

        var commission = _run.Options.Commission;
        var lot = _run.Options.LotSize;
        var lotIsPlainOne = lot == 1m && lot.Scale == 0;
        // The built-in commission models are affine in quantity (fixed + per unit + bps): solve that, then search exactly
        // from the estimate (a custom model need not be affine, only not cheaper for more).
        var fixedPart = commission.Calculate(price, 0m);
        var perUnit = commission.Calculate(price, 1m) - fixedPart;
        var guess = budget > fixedPart ? (budget - fixedPart) / (price + perUnit) : 0m;
        var guessLots = lotIsPlainOne ? decimal.Floor(guess) : decimal.Floor(guess / lot);
        var lots = AllInSizing.LargestAffordableLots(guessLots, price, lot, lotIsPlainOne, commission, budget);
        return lotIsPlainOne ? lots : lots * lot;
    }

    private void Reject(long id, DateTimeOffset time, in OrderRequest request, string reason) =>
        Rejected.Add(new RejectedOrder(id, time, request.Side, request.Intent, reason));
}
