using System.Diagnostics;
using System.Globalization;
using Nija.Backtesting.Execution;
using Nija.Backtesting.Orders;
using Nija.Backtesting.Regimes;
using Nija.Backtesting.Strategies;
using Nija.Metrics;

namespace Nija.Backtesting.Engine;

/// <summary>One run's state: the strategy's context, the order book and the fill loop. Single-threaded, used once.</summary>
internal sealed partial class BacktestRun : IStrategyContext
{
    private const int ProgressInterval = 1 << 16;

    /// <summary>Why an entry is rejected once the account ran out of money (both engines).</summary>
    internal const string OutOfMoneyRejection = "out of money: the equity fell to zero or below";

    // Relative margin within which all-in sizing trusts its double estimate of what fits (see AllInQuantity).
    private const double AllInMargin = 1e-9;

    private readonly ReadOnlyMemory<Bar> _bars;
    private readonly BacktestOptions _options;
    private readonly string _symbol;
    private readonly decimal _lot;
    private readonly ICommissionModel _commission;
    private readonly ISlippageModel _slippage;
    private readonly IFillModel _fillModel;
    private readonly Ledger _ledger;
    private readonly RiskRules? _risk;
    private readonly EquityCurve _curve;

    // The cash and position after each bar with fills, from which a deferred curve computes its values when first read
    // (null when the curve is written bar by bar).
    private readonly EquityChanges? _changes;
    private readonly bool _barsStayUnchanged;
    // The pending orders are the first _pendingCount items. Slots past the count are not cleared when orders leave (a
    // List<T> clears them, a call per bar with fills): they only keep an old order's tag alive until they are reused.
    private PendingOrder[] _pending = new PendingOrder[8];
    private int _pendingCount;
    private readonly RejectionLog _rejected = new();
    private readonly List<BacktestRiskEvent> _riskEvents = [];
    private readonly FillLog _fills;
    private readonly RegimeClassifier? _classifier;
    private readonly MarketRegime[]? _regimes;
    private readonly bool _noCommission;
    private readonly bool _computeReport;
    private readonly double _lotAsDouble;

    // The lot is exactly 1 with scale 0 (the default whole unit): multiplying a whole number of lots by it changes no bit.
    private readonly bool _lotIsPlainOne;
    private readonly bool _sharedTimeline;
    private readonly bool _stopWhenOutOfMoney;
    private string? _regimeLabel;
    private bool _outOfMoney;

    private int _index = -1;
    private long _nextOrderId = 1;
    private decimal _position;
    private double _quantity;
    private double _cash;
    private AttachedExits _attached = AttachedExits.None;
    private bool _isOpen;
    private bool _isLong;
    private bool _hasProtective;
    private double _high;
    private double _low;
    private double _moneyPriceSource = double.NaN;
    private decimal _moneyPrice;
    private double _moneyPriceAsDouble;

    /// <param name="bars">Validated bars.</param>
    /// <param name="options">Validated options.</param>
    /// <param name="skipReport">Skip the performance report whatever <see cref="BacktestOptions.ComputeReport"/> says (a caller that discards it).</param>
    /// <param name="timeline">The bars' timestamps as a checked timeline, when the caller has one: the equity curve shares it instead of copying.</param>
    /// <param name="barsStayUnchanged">
    /// The bars stay as they are for as long as the result is used: a <see cref="Data.BarSeries"/>'s (immutable), or a
    /// research trial's, whose result is summarised and dropped before its caller gets control back. The equity curve is
    /// then computed from the bars when first read (needs <paramref name="timeline"/>), and the fills read their times
    /// from the bars. Otherwise the bars may be a caller's buffer, which may hold other bars by the time the result is read:
    /// the curve is written bar by bar and the fill times are copied when the run ends.
    /// </param>
    public BacktestRun(ReadOnlyMemory<Bar> bars, BacktestOptions options, bool skipReport = false, EquityTimeline? timeline = null, bool barsStayUnchanged = false)
    {
        if (timeline is not null && timeline.Length != bars.Length)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The timeline has {timeline.Length} timestamps for {bars.Length} bars."), nameof(timeline));
        }

        _bars = bars;
        _fills = new FillLog(bars);
        _options = options;
        _symbol = options.Symbol;
        _lot = options.LotSize;
        _commission = options.Commission;
        _slippage = options.Slippage;
        _fillModel = options.FillModel;
        _noCommission = ReferenceEquals(_commission, CommissionModels.None);
        _computeReport = options.ComputeReport && !skipReport;
        _lotAsDouble = (double)_lot;
        _lotIsPlainOne = _lot == 1m && _lot.Scale == 0;
        // Closed trades as values until read: a run closes tens of thousands of round trips and nothing reads them during it.
        // Drawdown is measured on the per-bar equity curve, so the ledger's per-fill peak and drawdown are not kept.
        _ledger = new Ledger(options.InitialCash, deferClosedTrades: true, trackDrawdown: false);
        _cash = (double)options.InitialCash;
        _barsStayUnchanged = barsStayUnchanged;
        if (barsStayUnchanged && timeline is not null)
        {
            var changes = new EquityChanges(_cash);
            _changes = changes;
            _curve = EquityCurve.Deferred(timeline, values => changes.Compute(bars.Span, values));
        }
        else
        {
            _curve = timeline is null ? new EquityCurve(bars.Length) : new EquityCurve(timeline);
        }

        _sharedTimeline = timeline is not null;
        _stopWhenOutOfMoney = options.StopWhenOutOfMoney;
        if (options.Regimes is { } regimeOptions)
        {
            _classifier = new RegimeClassifier(regimeOptions);
            _regimes = new MarketRegime[bars.Length];
        }

        if (options.RiskRules is { } riskOptions && bars.Length > 0)
        {
            _risk = new RiskRules(riskOptions, bars.Span[0].Timestamp, options.InitialCash);
        }
    }

    public string Symbol => _symbol;

    public int BarIndex => _index;

    public Bar Bar => _index >= 0 ? _bars.Span[_index] : default;

    public ReadOnlySpan<Bar> History => _bars.Span[..(_index + 1)];

    public decimal Position => _position;

    public decimal Cash => _ledger.Cash;

    public decimal Equity
    {
        get
        {
            if (_isOpen && _index >= 0)
            {
                _ledger.MarkPrice(_symbol, (decimal)_bars.Span[_index].Close);
            }

            return _ledger.Equity;
        }
    }

    public decimal LotSize => _lot;

    public int PendingOrderCount => _pendingCount;

    public BacktestResult Execute(IStrategy strategy, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var bars = _bars.Span;
        var n = bars.Length;
        var closeAtMarket = _options.FillTiming == FillTiming.Close;
        // Stateless slippage models ignore bars: skip an interface call per bar.
        var observeSlippage = _slippage is not IStatelessSlippageModel;
        var risk = _risk;
        var classifier = _classifier;
        var curve = _curve;
        // The curve's values: none to write (computed from the change points when read), or one per bar, over the shared
        // timeline or with the bar's timestamp.
        var writeCurve = _changes is null;
        var sharedTimeline = _sharedTimeline;
        strategy.OnStart(this);
        for (var i = 0; i < n; i++)
        {
            _index = i;
            ref readonly var bar = ref bars[i];
            if (_pendingCount > 0)
            {
                ProcessPending(in bar, marketAtClose: false);
            }

            if (_isOpen)
            {
                TrackExtremes(in bar);
                if (_hasProtective)
                {
                    ProcessProtective(in bar);
                }
            }

            if (risk is not null)
            {
                UpdateRisk(in bar);
            }

            if (classifier is not null)
            {
                UpdateRegime(classifier, in bar, i);
            }

            strategy.OnBar(this, in bar);
            if (closeAtMarket && _pendingCount > 0)
            {
                ProcessPending(in bar, marketAtClose: true);
            }

            if (i == n - 1)
            {
                Finish(strategy, in bar);
            }

            var equity = _cash + (_quantity * bar.Close);
            if (equity <= 0d && _stopWhenOutOfMoney && !_outOfMoney)
            {
                equity = StopIfOutOfMoney(in bar, equity);
            }

            if (writeCurve)
            {
                if (sharedTimeline)
                {
                    curve.Add(equity);
                }
                else
                {
                    curve.Add(bar.Timestamp, equity);
                }
            }

            if (observeSlippage)
            {
                _slippage.Observe(in bar);
            }

            if ((i & (ProgressInterval - 1)) == 0 && i > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress?.Report((double)i / n);
            }
        }

        if (n == 0)
        {
            strategy.OnFinish(this);
        }

        if (!_barsStayUnchanged)
        {
            // The bars may be a caller's buffer, which may hold other bars by the time the fills are read.
            _fills.CaptureTimes();
        }

        stopwatch.Stop();
        progress?.Report(1d);
        if (_isOpen)
        {
            _ledger.MarkPrice(_symbol, (decimal)bars[n - 1].Close);
        }

        // The ledger is private to this run and done: its list of closed trades is handed over, not copied.
        var trades = _ledger.ClosedTrades;
        return new BacktestResult
        {
            Report = _computeReport ? PerformanceCalculator.Calculate(trades, _curve, _options.Conventions) : null,
            Settings = BacktestSettings.From(strategy.ToString() ?? strategy.GetType().Name, _options),
            Trades = trades,
            EquityCurve = _curve,
            Fills = _fills,
            Regimes = _regimes ?? [],
            RejectedOrders = _rejected,
            UnfilledOrders = _pending.AsSpan(0, _pendingCount).ToArray(),
            RiskEvents = _riskEvents,
            OpenPositions = _ledger.OpenPositions,
            FinalEquity = _ledger.Equity,
            FinalCash = _ledger.Cash,
            TotalFees = _ledger.TotalFees,
            Run = new RunStatistics(n, stopwatch.Elapsed.TotalSeconds),
        };
    }

    /// <summary>
    /// At a bar's close whose estimated equity (<paramref name="estimate"/>, in double) is zero or below: checks it exactly
    /// and, when the account is out of money, closes the position at the close and stops all later entries.
    /// </summary>
    /// <returns>The equity for the curve: the estimate, or the equity after the closing fill.</returns>
    private double StopIfOutOfMoney(in Bar bar, double estimate)
    {
        if (_isOpen)
        {
            _ledger.MarkPrice(_symbol, (decimal)bar.Close);
        }

        if (_ledger.Equity > 0m)
        {
            return estimate;
        }

        _outOfMoney = true;
        if (_isOpen)
        {
            ExitFill(bar.Close, Math.Abs(_position), bar.Timestamp, ExitReasons.OutOfMoney, applySlippage: false);
        }

        return _cash + (_quantity * bar.Close);
    }

    public long Submit(in OrderRequest request)
    {
        Validate(in request);

        var id = _nextOrderId++;
        if (_pendingCount == _pending.Length)
        {
            Array.Resize(ref _pending, _pending.Length * 2);
        }

        _pending[_pendingCount++] = new PendingOrder(id, request, _index, IsProtective: false);
        return id;
    }

    public bool Cancel(long orderId)
    {
        for (var k = 0; k < _pendingCount; k++)
        {
            if (_pending[k].Id == orderId)
            {
                Array.Copy(_pending, k + 1, _pending, k, _pendingCount - k - 1);
                _pending[--_pendingCount] = default;
                return true;
            }
        }

        return false;
    }

    public int CancelAll()
    {
        var count = _pendingCount;
        Array.Clear(_pending, 0, count);
        _pendingCount = 0;
        return count;
    }

    public decimal RoundToLot(decimal quantity)
    {
        if (quantity <= 0m)
        {
            return 0m;
        }

        return _lot == 1m ? decimal.Floor(quantity) : decimal.Floor(quantity / _lot) * _lot;
    }

    private void UpdateRegime(RegimeClassifier classifier, in Bar bar, int i)
    {
        var regime = classifier.Update(in bar);
        _regimes![i] = regime;
        _regimeLabel = regime == MarketRegime.Unknown ? null : regime.ToLabel();
    }

    private void Finish(IStrategy strategy, in Bar bar)
    {
        strategy.OnFinish(this);
        if (_options.ClosePositionsAtEnd && _isOpen)
        {
            ExitFill(bar.Close, Math.Abs(_position), bar.Timestamp, ExitReasons.EndOfData, applySlippage: false);
        }
    }

    private void ProcessPending(in Bar bar, bool marketAtClose)
    {
        // By reference (an order is ~130 bytes): filling never adds or removes pending orders, so the span stays valid for
        // the whole pass. Orders that do not fill move down over the filled ones, in order; the list is cut once at the end
        // (removing each filled order at once shifted the ones behind it, a copy per fill).
        var orders = _pending.AsSpan(0, _pendingCount);
        var kept = 0;
        for (var k = 0; k < orders.Length; k++)
        {
            ref readonly var order = ref orders[k];
            double price;
            bool filled;
            if (marketAtClose)
            {
                filled = order.Request.Type == OrderType.Market;
                price = bar.Close;
            }
            else
            {
                filled = _fillModel.TryFill(in order, in bar, out price);
            }

            if (!filled)
            {
                if (kept != k)
                {
                    orders[kept] = order;
                }

                kept++;
                continue;
            }

            Fill(in order, price, bar.Timestamp);
        }

        _pendingCount = kept;
    }

    private void Fill(in PendingOrder order, double modelPrice, DateTimeOffset time)
    {
        var request = order.Request;
        var isBuy = request.Side == OrderSide.Buy;
        var applySlippage = request.Type != OrderType.Limit;
        if (request.Intent == OrderIntent.Exit)
        {
            if (!_isOpen || _isLong == isBuy)
            {
                Reject(order.Id, time, request, !_isOpen ? "no open position to exit" : "exit order does not reduce the open position");
                return;
            }

            var open = Math.Abs(_position);
            var quantity = request.Quantity is { } q ? Math.Min(RoundToLot(q), open) : open;
            if (quantity <= 0m)
            {
                Reject(order.Id, time, request, "quantity rounds down to zero lots");
                return;
            }

            ExitFill(modelPrice, quantity, time, request.Tag ?? ExitReasons.Signal, applySlippage, order.Id);
            return;
        }

        if (_isOpen && _isLong != isBuy)
        {
            ExitFill(modelPrice, Math.Abs(_position), time, ExitReasons.Reverse, applySlippage, order.Id);
        }

        if (_outOfMoney)
        {
            Reject(order.Id, time, request, OutOfMoneyRejection);
            return;
        }

        if (_risk is not null)
        {
            var decision = _risk.CheckNewPosition(time);
            if (!decision.IsAllowed)
            {
                _rejected.AddHalted(order.Id, time, request.Side, request.Intent, decision);
                return;
            }
        }

        var priceSource = applySlippage ? _slippage.Apply(modelPrice, isBuy) : modelPrice;
        var fillPrice = ToMoney(priceSource, out var fillPriceAsDouble);
        var size = request.Quantity is { } requested ? RoundToLot(requested) : AllInQuantity(fillPrice, fillPriceAsDouble);
        if (size <= 0m)
        {
            Reject(order.Id, time, request, request.Quantity is null ? "insufficient cash for one lot" : "quantity rounds down to zero lots");
            return;
        }

        var wasFlat = !_isOpen;
        var fee = Commission(fillPrice, size);
        if (request.Quantity is not null && !_options.AllowLeverage && CashShortfall(size, fillPrice, fee, AvailableCash(fillPrice)) is { } reason)
        {
            Reject(order.Id, time, request, reason);
            return;
        }

        var entry = _ledger.RecordEntry(
            _symbol,
            isBuy ? TradeSide.Long : TradeSide.Short,
            fillPrice,
            size,
            fee,
            time,
            request.StopLoss is { } sl ? (decimal)sl : null,
            regime: _regimeLabel,
            tag: request.Tag);
        _fills.Add(_index, order.Id, request.Side, OrderIntent.Entry, size, priceSource, fee, request.Tag);
        // The same value the ledger's GetSignedQuantity would give (quantity × ±1, the same bits as ± quantity for a
        // positive quantity), without the look-up or the multiplication.
        SyncPosition(isBuy ? entry.Quantity : -entry.Quantity);
        if (wasFlat)
        {
            _high = _low = fillPriceAsDouble;
        }

        _attached.OnEntry(wasFlat, in request, _index, modelPrice);
        _hasProtective = _attached.IsSet;
    }

    private decimal Commission(decimal price, decimal quantity) =>
        _noCommission ? 0m : _commission.Calculate(price, quantity);

    /// <summary>
    /// A fill price as money: the decimal conversion of <paramref name="price"/>, remembered for the next call. A reversal
    /// books its exit and its entry at the same price, and the conversion is one of the dearer steps of a fill.
    /// </summary>
    /// <param name="price">The price as a measurement.</param>
    /// <param name="moneyAsDouble">The money price converted back to double (what <c>(double)</c> of the result gives), also remembered.</param>
    private decimal ToMoney(double price, out double moneyAsDouble)
    {
        if (price != _moneyPriceSource)
        {
            _moneyPrice = (decimal)price;
            _moneyPriceAsDouble = (double)_moneyPrice;
            _moneyPriceSource = price;
        }

        moneyAsDouble = _moneyPriceAsDouble;
        return _moneyPrice;
    }

    private void ExitFill(double modelPrice, decimal quantity, DateTimeOffset time, string reason, bool applySlippage, long orderId = 0)
    {
        var isBuy = !_isLong;
        var priceSource = applySlippage ? _slippage.Apply(modelPrice, isBuy) : modelPrice;
        var price = ToMoney(priceSource, out var px);
        _ledger.ObserveExcursion(_symbol, Math.Max(_high, px), Math.Min(_low, px));
        var fee = Commission(price, quantity);
        var exit = _ledger.RecordExit(_symbol, price, quantity, fee, time, reason);
        _fills.Add(_index, orderId, isBuy ? OrderSide.Buy : OrderSide.Sell, OrderIntent.Exit, quantity, priceSource, fee, reason);
        // The same value the ledger's GetSignedQuantity would give (0 when flat, else quantity × ±1), without the look-up.
        var remaining = exit.RemainingQuantity;
        SyncPosition(remaining == 0m ? 0m : isBuy ? -remaining : remaining);
        if (!_isOpen)
        {
            _attached = AttachedExits.None;
            _hasProtective = false;
            // Flat, the equity is the cash, and its double has the same sign (zero included).
            if (_cash <= 0d && _stopWhenOutOfMoney)
            {
                _outOfMoney = true;
            }
        }
    }

    private void ProcessProtective(in Bar bar)
    {
        if (_attached.TryHit(in bar, _index, _isLong, out var price, out var isStopLoss))
        {
            ExitFill(price, Math.Abs(_position), bar.Timestamp, isStopLoss ? ExitReasons.StopLoss : ExitReasons.TakeProfit, applySlippage: isStopLoss);
        }
    }

    private void TrackExtremes(in Bar bar)
    {
        if (bar.High > _high)
        {
            _high = bar.High;
        }

        if (bar.Low < _low)
        {
            _low = bar.Low;
        }
    }

    private void UpdateRisk(in Bar bar)
    {
        if (_isOpen)
        {
            _ledger.MarkPrice(_symbol, (decimal)bar.Close);
        }

        var equity = _ledger.Equity;
        var events = _risk!.Update(bar.Timestamp, equity) & ~RiskEvents.TradingDayStarted;
        if (events != RiskEvents.None)
        {
            var s = _risk.State;
            var loss = s.DayStartEquity == 0m ? 0m : (s.DayStartEquity - equity) / s.DayStartEquity * 100m;
            _riskEvents.Add(new BacktestRiskEvent(bar.Timestamp, events, equity, loss));
        }
    }

    private void SyncPosition(decimal signedQuantity)
    {
        _position = signedQuantity;
        _isOpen = signedQuantity != 0m;
        _isLong = _isOpen && !decimal.IsNegative(signedQuantity);
        // Flat, the double of any zero is 0 (or −0, which adds the same to the cash): no conversion needed.
        _quantity = _isOpen ? (double)signedQuantity : 0d;
        _cash = (double)_ledger.Cash;
        _changes?.Record(_index, _cash, _quantity);
    }

    private void Reject(long id, DateTimeOffset time, in OrderRequest request, string reason) =>
        _rejected.Add(id, time, request.Side, request.Intent, reason);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{_symbol} bar {_index}");
}
