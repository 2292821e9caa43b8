namespace Nija.Metrics;

/// <summary>The ledger's totals cache and its peak-equity and drawdown book-keeping (optional, see the constructor).</summary>
public sealed partial class Ledger
{
    private readonly bool _trackPeak = true;

    // Balance and equity as the last update computed them: every change to realized P&L, fees or unrealized P&L ends in
    // UpdatePeak, which refreshes them (or, without drawdown tracking, marks them to be computed when read), so reading
    // them costs no decimal additions (a tracker reads both per fill).
    private decimal _balance;
    private decimal _equity;
    private bool _totalsValid;

    // The peak and its conversion to double, made once per new peak instead of once per fill below it.
    private decimal _peak;
    private double _peakAsDouble;
    private double _maxDrawdown;

    /// <summary>Creates a ledger holding <paramref name="initialCash"/> and no positions, optionally without drawdown book-keeping.</summary>
    /// <param name="initialCash">Starting cash; must be positive.</param>
    /// <param name="deferClosedTrades">As in <see cref="Ledger(decimal, bool)"/>.</param>
    /// <param name="trackDrawdown">
    /// When false, fills and marks do not update the peak equity and the drawdown (7 % of the sma-cross benchmark's run
    /// time, docs/performance.md), for an engine that measures drawdown on its own equity curve (the backtest engine's is
    /// per bar, finer than per fill). Every other figure is the same to the bit; <see cref="PeakEquity"/>, <see cref="MaxDrawdown"/>,
    /// <see cref="DrawdownAmount"/>, <see cref="Drawdown"/> and <see cref="Export"/> then throw <see cref="InvalidOperationException"/>.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="initialCash"/> is zero or negative.</exception>
    public Ledger(decimal initialCash, bool deferClosedTrades, bool trackDrawdown)
        : this(initialCash, deferClosedTrades)
    {
        _trackPeak = trackDrawdown;
    }

    /// <summary>The highest equity seen after any fill or mark (starts at the initial cash).</summary>
    /// <exception cref="InvalidOperationException">The ledger was created without drawdown tracking.</exception>
    public decimal PeakEquity
    {
        get => _trackPeak ? _peak : throw PeakNotTracked();
        private set
        {
            _peak = value;
            _peakAsDouble = (double)value;
        }
    }

    /// <summary>Current drawdown from <see cref="PeakEquity"/> in cash (zero or positive).</summary>
    /// <exception cref="InvalidOperationException">The ledger was created without drawdown tracking.</exception>
    public decimal DrawdownAmount => PeakEquity - Equity;

    /// <summary>Current drawdown as a fraction of <see cref="PeakEquity"/> (0.12 = 12 %); a measurement, so <see cref="double"/>.</summary>
    /// <exception cref="InvalidOperationException">The ledger was created without drawdown tracking.</exception>
    public double Drawdown => PeakEquity <= 0m ? 0d : (double)DrawdownAmount / (double)PeakEquity;

    /// <summary>The largest <see cref="Drawdown"/> seen after any fill or mark, as a fraction.</summary>
    /// <exception cref="InvalidOperationException">The ledger was created without drawdown tracking.</exception>
    public double MaxDrawdown
    {
        get => _trackPeak ? _maxDrawdown : throw PeakNotTracked();
        private set => _maxDrawdown = value;
    }

    /// <summary>initial + realized − fees; a plain-zero fee total is not subtracted (the same decimal).</summary>
    private decimal ComputeBalance() => DecimalSign.IsPlainZero(TotalFees) ? InitialCash + RealizedPnl : InitialCash + RealizedPnl - TotalFees;

    private static InvalidOperationException PeakNotTracked() =>
        new("This ledger was created without drawdown tracking (trackDrawdown: false): it keeps no peak equity or drawdown.");

    /// <summary>After a change to realized P&amp;L, fees or unrealized P&amp;L: the totals and, when tracked, the peak and drawdown.</summary>
    private void UpdatePeak()
    {
        if (_trackPeak)
        {
            UpdatePeak(ComputeBalance());
        }
        else
        {
            // Balance and equity are computed when read: the same formulas UpdatePeak would have cached.
            _totalsValid = false;
        }
    }

    /// <summary>After a mark, which changes no realized P&amp;L or fee: the balance is the one the last update computed (Balance returns it).</summary>
    private void UpdatePeakAfterMark()
    {
        if (_trackPeak)
        {
            UpdatePeak(Balance);
        }
        else
        {
            _totalsValid = false;
        }
    }

    /// <summary>Refreshes the cached balance and equity from <paramref name="balance"/> (what <see cref="ComputeBalance"/> gives now) and the peak and drawdown from them.</summary>
    private void UpdatePeak(decimal balance)
    {
        var equity = balance + _unrealized;
        _balance = balance;
        _equity = equity;
        _totalsValid = true;
        // One comparison; the peak's sign from its double (a decimal and its double have the same sign).
        var versusPeak = decimal.Compare(equity, _peak);
        if (versusPeak > 0)
        {
            PeakEquity = equity;
        }
        else if (versusPeak < 0 && _peakAsDouble > 0d)
        {
            // A ratio is a measurement: double division is exact enough and ~50x cheaper than decimal division.
            var dd = (double)(PeakEquity - equity) / _peakAsDouble;
            if (dd > MaxDrawdown)
            {
                MaxDrawdown = dd;
            }
        }
    }
}
