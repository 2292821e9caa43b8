using Nija.Backtesting.Engine;
using Nija.Backtesting.Strategies;
using Nija.Metrics;

namespace Nija.Backtesting.Research;

/// <summary>One portfolio run: the symbols' books on one ledger, stepped through the union of their timestamps. Used once.</summary>
internal sealed class PortfolioRun
{
    private readonly SymbolBook[] _books;
    private readonly List<BacktestRiskEvent> _riskEvents = [];
    private long _nextOrderId = 1;

    // The ledger's cash as a double, kept after every fill: with each book's double quantity it gives the per-step equity
    // estimate for the curve, as the single-symbol engine's does.
    private double _cash;

    public PortfolioRun(IReadOnlyList<KeyValuePair<string, ReadOnlyMemory<Bar>>> symbols, Func<string, IStrategy> strategyFactory, PortfolioBacktestOptions options)
    {
        Options = options;
        // As the single-symbol engine's: round trips built when read, and no per-fill drawdown (the curve has it per step).
        Ledger = new Ledger(options.InitialCash, deferClosedTrades: true, trackDrawdown: false);
        _cash = (double)options.InitialCash;
        MaxOpenPositions = options.MaxOpenPositions ?? symbols.Count;
        _books = new SymbolBook[symbols.Count];
        for (var i = 0; i < _books.Length; i++)
        {
            var (symbol, bars) = symbols[i];
            var strategy = strategyFactory(symbol) ?? throw new InvalidOperationException($"The strategy factory returned null for '{symbol}'.");
            _books[i] = new SymbolBook(this, symbol, bars, strategy, options.SlippageFactory() ?? throw new InvalidOperationException("SlippageFactory returned null."));
        }

        var first = long.MaxValue;
        foreach (var b in _books)
        {
            if (b.Bars.Length > 0)
            {
                first = Math.Min(first, b.Bars.Span[0].Timestamp.UtcTicks);
            }
        }

        if (options.RiskRules is { } risk && first != long.MaxValue)
        {
            Risk = new RiskRules(risk, new DateTimeOffset(first, TimeSpan.Zero), options.InitialCash);
        }
    }

    public PortfolioBacktestOptions Options { get; }

    public Ledger Ledger { get; }

    public RiskRules? Risk { get; }

    public int MaxOpenPositions { get; }

    /// <summary>The portfolio ran out of money (<see cref="PortfolioBacktestOptions.StopWhenOutOfMoney"/>): entries are rejected from now on.</summary>
    public bool IsOutOfMoney { get; private set; }

    /// <summary>After an exit: with no position left and no cash, the portfolio is out of money.</summary>
    public void CheckCashAfterExit()
    {
        if (Options.StopWhenOutOfMoney && Ledger.OpenPositionCount == 0 && Ledger.Cash <= 0m)
        {
            IsOutOfMoney = true;
        }
    }

    public long NextOrderId() => _nextOrderId++;

    /// <summary>Called after every fill: keeps the double of the ledger's cash.</summary>
    public void SyncCash() => _cash = (double)Ledger.Cash;

    /// <summary>
    /// The equity for the curve: cash plus each open position at its mark, in double (the single-symbol engine's formula;
    /// the exact figure is <see cref="MarkedEquity"/>, which marks the ledger and is used where a decision depends on it).
    /// </summary>
    private double EstimatedEquity()
    {
        var equity = _cash;
        foreach (var b in _books)
        {
            if (b.QuantityAsDouble != 0d && !double.IsNaN(b.MarkPrice))
            {
                equity += b.QuantityAsDouble * b.MarkPrice;
            }
        }

        return equity;
    }

    /// <summary>Equity with every open position marked at its symbol's <see cref="SymbolBook.MarkPrice"/>.</summary>
    public decimal MarkedEquity()
    {
        foreach (var b in _books)
        {
            if (!double.IsNaN(b.MarkPrice) && b.Position != 0m)
            {
                Ledger.MarkPrice(b.Symbol, (decimal)b.MarkPrice);
            }
        }

        return Ledger.Equity;
    }

    /// <summary>
    /// Cash not tied up as short collateral (margin 1) when <paramref name="filling"/> fills at <paramref name="fillPrice"/>:
    /// cash − 2 × the value of every short, the filling symbol's at the fill price (the single-symbol engine's formula,
    /// so one symbol gives its figure to the bit) and every other symbol's at its mark price.
    /// </summary>
    public decimal FreeCash(SymbolBook filling, decimal fillPrice)
    {
        var q = filling.Position;
        // cash + q × p − |q| × p: the cash for a long, cash − 2 × |q| × p for a short (BacktestRun.AvailableCash).
        var free = q == 0m ? Ledger.Cash : Ledger.Cash + (q * fillPrice) - (Math.Abs(q) * fillPrice);
        foreach (var b in _books)
        {
            var position = b.Position;
            if (position < 0m && !ReferenceEquals(b, filling) && !double.IsNaN(b.MarkPrice))
            {
                free += 2m * position * (decimal)b.MarkPrice;
            }
        }

        return free;
    }

    public PortfolioBacktestResult Execute(CancellationToken cancellationToken)
    {
        var curve = new EquityCurve();
        var active = new List<SymbolBook>(_books.Length);
        var closeAtMarket = Options.FillTiming == Execution.FillTiming.Close;
        foreach (var b in _books)
        {
            b.Strategy.OnStart(b);
        }

        for (var step = 0; ; step++)
        {
            if ((step & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var now = long.MaxValue;
            foreach (var b in _books)
            {
                if (b.HasNext && b.NextTicks < now)
                {
                    now = b.NextTicks;
                }
            }

            if (now == long.MaxValue)
            {
                break;
            }

            active.Clear();
            foreach (var b in _books)
            {
                if (b.HasNext && b.NextTicks == now)
                {
                    b.Advance();
                    active.Add(b);
                    b.ProcessPending(in b.Current, marketAtClose: false);
                    b.ProcessProtective(in b.Current);
                }
            }

            foreach (var b in active)
            {
                b.MarkPrice = b.Current.Close;
            }

            var time = new DateTimeOffset(now, TimeSpan.Zero);
            if (Risk is not null)
            {
                UpdateRisk(time);
            }

            foreach (var b in active)
            {
                b.UpdateRegime(in b.Current);
                b.Strategy.OnBar(b, in b.Current);
                if (closeAtMarket && b.PendingOrderCount > 0)
                {
                    b.ProcessPending(in b.Current, marketAtClose: true);
                }

                if (b.IsLast)
                {
                    b.Strategy.OnFinish(b);
                    var q = b.Position;
                    if (Options.ClosePositionsAtEnd && q != 0m)
                    {
                        b.ExitFill(b.Current.Close, Math.Abs(q), b.Current.Timestamp, ExitReasons.EndOfData, applySlippage: false);
                    }
                }
            }

            // The curve takes the estimate in double, as the single-symbol engine's does (marking every open position in
            // decimal at every step was most of a portfolio run's time). An estimate at or below zero is checked exactly
            // before the account is stopped.
            var equity = EstimatedEquity();
            if (equity <= 0d && Options.StopWhenOutOfMoney && !IsOutOfMoney && MarkedEquity() <= 0m)
            {
                StopOutOfMoney(time);
                equity = EstimatedEquity();
            }

            curve.Add(time, equity);
            foreach (var b in active)
            {
                b.Slippage.Observe(in b.Current);
            }
        }

        foreach (var b in _books)
        {
            if (b.Bars.Length == 0)
            {
                b.Strategy.OnFinish(b);
            }

            // The bars are the caller's buffers, which may hold other bars by the time the fills are read.
            b.CaptureFillTimes();
        }

        return BuildResult(curve);
    }

    private void UpdateRisk(DateTimeOffset time)
    {
        var equity = MarkedEquity();
        var events = Risk!.Update(time, equity) & ~RiskEvents.TradingDayStarted;
        if (events != RiskEvents.None)
        {
            var s = Risk.State;
            var loss = s.DayStartEquity == 0m ? 0m : (s.DayStartEquity - equity) / s.DayStartEquity * 100m;
            _riskEvents.Add(new BacktestRiskEvent(time, events, equity, loss));
        }
    }

    /// <summary>Closes every open position at its symbol's last close and stops all later entries.</summary>
    private void StopOutOfMoney(DateTimeOffset time)
    {
        IsOutOfMoney = true;
        foreach (var b in _books)
        {
            var q = b.Position;
            if (q != 0m)
            {
                b.ExitFill(b.MarkPrice, Math.Abs(q), time, ExitReasons.OutOfMoney, applySlippage: false);
            }
        }
    }

    private PortfolioBacktestResult BuildResult(EquityCurve curve)
    {
        var returns = new double[curve.Count];
        var previous = (double)Options.InitialCash;
        var values = curve.Values;
        for (var k = 0; k < returns.Length; k++)
        {
            returns[k] = (values[k] / previous) - 1d;
            previous = values[k];
        }

        var trades = Ledger.ClosedTrades.ToArray();
        var finalEquity = MarkedEquity();
        // Each symbol's trades in closing order, in one pass over all of them (not one pass per symbol).
        var bySymbol = new Dictionary<string, List<ClosedTrade>>(_books.Length, StringComparer.Ordinal);
        foreach (var b in _books)
        {
            bySymbol[b.Symbol] = [];
        }

        foreach (var t in trades)
        {
            bySymbol[t.Symbol].Add(t);
        }

        var symbols = _books.Select(b =>
        {
            var own = bySymbol[b.Symbol].ToArray();
            var net = 0m;
            foreach (var t in own)
            {
                net += t.NetPnl;
            }

            var stats = TrialEvaluator.Summarise(own, net, [], Options.PeriodsPerYear);
            return new SymbolSummary
            {
                Symbol = b.Symbol,
                Trades = own,
                Fills = b.Fills,
                RejectedOrders = b.Rejected,
                UnfilledOrders = b.Pending.ToArray(),
                NetPnl = stats.NetProfit,
                WinRate = stats.WinRate,
                ProfitFactor = stats.ProfitFactor,
                Expectancy = stats.Expectancy,
            };
        }).ToArray();
        return new PortfolioBacktestResult
        {
            Trades = trades,
            Equity = curve,
            Metrics = TrialEvaluator.Summarise(trades, finalEquity - Options.InitialCash, returns, Options.PeriodsPerYear),
            Symbols = symbols,
            RiskEvents = _riskEvents,
            OpenPositions = Ledger.OpenPositions,
            FinalEquity = finalEquity,
            FinalCash = Ledger.Cash,
            TotalFees = Ledger.TotalFees,
        };
    }
}
