namespace Nija.Metrics;

/// <summary>
/// The daily-loss circuit breaker and the max-drawdown alert, as a pure state machine over (time, equity): no clock,
/// no I/O. The backtest engine and the live tracker both use this one type, so a trip means the same in both.
/// </summary>
/// <remarks>
/// <para><b>Trading day</b>: the calendar date of the update's time in <see cref="RiskRulesOptions.TradingDayTimeZone"/>.
/// The first update of a new day re-bases the day-start equity to the last equity seen before it (the previous day's
/// close), then evaluates the new equity. Times that fall on an earlier day than the current one count towards the
/// current day (the day never moves backwards).</para>
/// <para><b>Breaker</b>: trips when (day-start equity − equity) ≥ limit% × day-start equity, i.e. realized plus unrealized
/// loss since the start of the day. It stays tripped until the next trading day
/// (<see cref="BreakerResetPolicy.NextTradingDay"/>) or until <see cref="Reset"/> (<see cref="BreakerResetPolicy.Manual"/>;
/// <see cref="Reset"/> also works under the default policy). A reset starts a fresh daily-loss budget from the current
/// equity, so it does not trip again at once.</para>
/// <para><b>Drawdown alert</b>: raised once when (peak − equity) / peak ≥ the drawdown threshold; cleared when drawdown
/// falls back below it, and can then be raised again.</para>
/// <para>Not thread-safe; callers serialise access.</para>
/// </remarks>
public sealed class RiskRules
{
    private const decimal DrawdownMargin = 0.000000000000001m;
    private const decimal DrawdownBracketMinLimit = 0.0001m;
    private const decimal DrawdownBracketMinPeak = 0.01m;
    private const decimal DrawdownBracketMaxPeak = 1_000_000_000_000_000_000m;

    private readonly decimal _dailyLossLimit;
    private readonly decimal _drawdownLimit;
    private readonly TimeZoneInfo _timeZone;
    private readonly BreakerResetPolicy _resetPolicy;
    private readonly decimal _drawdownLowFactor;
    private readonly decimal _drawdownHighFactor;
    private readonly bool _drawdownBracketUsable;
    private RiskState _state;
    private TradingDayCache _days;

    // The loss threshold is DayStartEquity × limit / 100, the very expression the breaker compared against before; it is
    // keyed on the day-start equity it was computed from (_lossThresholdBase) and recomputed only when that changes.
    private decimal _lossThreshold;
    private decimal _lossThresholdBase;

    // Drawdown bracket for _bracketPeak: below _drawdownLow the drawdown is certainly under the limit, at or above
    // _drawdownHigh certainly at or over it; only in between is the exact division done (see DrawdownReached).
    private decimal _bracketPeak;
    private decimal _drawdownLow;
    private decimal _drawdownHigh;
    private bool _bracketInRange;

    // The state's peak and day-start equity and the day's loss threshold as doubles, refreshed whenever the state changes
    // them (Refresh): Update first compares in double, with a margin far wider than the conversions' rounding, and does the
    // exact decimal comparison only when the double one is too close to call (see Certainly).
    private double _peakAsDouble = double.NaN;
    private double _dayStartAsDouble = double.NaN;
    private double _thresholdAsDouble = double.NaN;
    private readonly double _drawdownLimitAsDouble;

    /// <summary>Starts the rules at <paramref name="start"/> with <paramref name="startEquity"/> as day-start and peak equity.</summary>
    /// <param name="options">The limits; validated and copied.</param>
    /// <param name="start">The time the rules start (fixes the first trading day).</param>
    /// <param name="startEquity">The equity at start; greater than zero.</param>
    /// <exception cref="ArgumentException">An option is out of range or <paramref name="startEquity"/> is not positive.</exception>
    public RiskRules(RiskRulesOptions options, DateTimeOffset start, decimal startEquity)
        : this(options)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(startEquity);
        _state = new RiskState(_days.Of(start), startEquity, startEquity, startEquity, false, null, false, 0);
        Refresh();
    }

    /// <summary>Restores the rules from a persisted <see cref="RiskState"/>.</summary>
    /// <param name="options">The limits; validated and copied.</param>
    /// <param name="state">The state saved from <see cref="State"/>.</param>
    /// <exception cref="ArgumentException">An option is out of range or the state is inconsistent.</exception>
    public RiskRules(RiskRulesOptions options, RiskState state)
        : this(options)
    {
        if (state.DayStartEquity <= 0m || state.PeakEquity <= 0m)
        {
            throw new ArgumentException("A restored risk state needs positive day-start and peak equity.", nameof(state));
        }

        if (state.BreakerTripped != state.TrippedAt.HasValue)
        {
            throw new ArgumentException("A restored risk state must have TrippedAt exactly when the breaker is tripped.", nameof(state));
        }

        _state = state;
        Refresh();
    }

    private RiskRules(RiskRulesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _dailyLossLimit = options.MaxDailyLossPercent;
        _drawdownLimit = options.MaxDrawdownPercent;
        _timeZone = options.TradingDayTimeZone;
        _resetPolicy = options.ResetPolicy;
        _days = new TradingDayCache(_timeZone);

        // A margin of 1e-15 (relative) around the limit is far wider than decimal rounding (about 1e-28), so outside the
        // margin the comparison of the division has a known outcome; limits below 0.0001 % always take the exact path.
        _drawdownBracketUsable = _drawdownLimit >= DrawdownBracketMinLimit;
        _drawdownLowFactor = _drawdownLimit / 100m * (1m - DrawdownMargin);
        _drawdownHighFactor = _drawdownLimit / 100m * (1m + DrawdownMargin);
        _drawdownLimitAsDouble = (double)_drawdownLimit;
    }

    /// <summary>The current state, for persistence and display.</summary>
    public RiskState State => _state;

    /// <summary>The daily-loss limit in percent.</summary>
    public decimal MaxDailyLossPercent => _dailyLossLimit;

    /// <summary>The drawdown alert threshold in percent.</summary>
    public decimal MaxDrawdownPercent => _drawdownLimit;

    /// <summary>The trading-day time zone.</summary>
    public TimeZoneInfo TradingDayTimeZone => _timeZone;

    /// <summary>The reset policy.</summary>
    public BreakerResetPolicy ResetPolicy => _resetPolicy;

    /// <summary>True while the breaker is tripped (as of the last update).</summary>
    public bool IsHalted => _state.BreakerTripped;

    /// <summary>The day's P&amp;L so far: last equity − day-start equity.</summary>
    public decimal DailyPnl => _state.LastEquity - _state.DayStartEquity;

    /// <summary>Current drawdown from peak in percent.</summary>
    public decimal DrawdownPercent => _state.PeakEquity == 0m ? 0m : (_state.PeakEquity - _state.LastEquity) / _state.PeakEquity * 100m;

    /// <summary>Feeds the equity observed at <paramref name="time"/> and returns what changed.</summary>
    /// <param name="time">When the equity was observed.</param>
    /// <param name="equity">Equity including unrealized P&amp;L.</param>
    /// <returns>The events caused by this update.</returns>
    public RiskEvents Update(DateTimeOffset time, decimal equity)
    {
        var events = RollDay(time);
        var s = _state;
        var e = (double)equity;

        // Each test in double first: when it is certain (see Certainly), the exact decimal comparison is skipped.
        var belowPeak = Certainly(_peakAsDouble - e, e, _peakAsDouble);
        var peak = belowPeak || equity <= s.PeakEquity ? s.PeakEquity : equity;
        var peakAsDouble = belowPeak ? _peakAsDouble : (double)peak;
        var tripped = s.BreakerTripped;
        var trippedAt = s.TrippedAt;
        var trips = s.TripCount;
        if (!tripped && s.DayStartEquity > 0m
            && !Certainly(e + _thresholdAsDouble - _dayStartAsDouble, e, _thresholdAsDouble, _dayStartAsDouble)
            && s.DayStartEquity - equity >= LossThreshold(s.DayStartEquity))
        {
            tripped = true;
            trippedAt = time;
            trips++;
            events |= RiskEvents.BreakerTripped;
        }

        var alert = s.DrawdownAlertActive;
        var reached = DrawdownReached(peak, equity, peakAsDouble, e);
        if (!alert && reached)
        {
            alert = true;
            events |= RiskEvents.DrawdownAlertRaised;
        }
        else if (alert && !reached)
        {
            alert = false;
            events |= RiskEvents.DrawdownAlertCleared;
        }

        // Built field by field in place: a `with` copy went through a temporary whose wide reloads stalled on the narrow
        // stores just made to it (about 3 % of a risk-checked backtest's profile samples landed on them).
        _state = new RiskState(s.TradingDay, s.DayStartEquity, equity, peak, tripped, trippedAt, alert, trips);
        _peakAsDouble = peakAsDouble;

        return events;
    }

    /// <summary>
    /// Whether a new position may be opened at <paramref name="time"/>, with the numbers. Pure: changes nothing. A breaker
    /// that the next trading day would release counts as released when <paramref name="time"/> is on a later day.
    /// </summary>
    /// <param name="time">When the position would be opened.</param>
    /// <returns>Allowed, or halted with the reason and numbers.</returns>
    public RiskDecision CheckNewPosition(DateTimeOffset time)
    {
        var s = _state;
        var day = _days.Of(time);
        var newDay = day > s.TradingDay;
        var dayStart = newDay ? s.LastEquity : s.DayStartEquity;
        var tripped = s.BreakerTripped && !(newDay && _resetPolicy == BreakerResetPolicy.NextTradingDay);
        var lossPercent = dayStart == 0m ? 0m : (dayStart - s.LastEquity) / dayStart * 100m;
        return new RiskDecision(
            !tripped,
            tripped ? RiskHaltReason.DailyLossLimit : RiskHaltReason.None,
            newDay ? day : s.TradingDay,
            dayStart,
            s.LastEquity,
            lossPercent,
            _dailyLossLimit,
            tripped ? s.TrippedAt : null);
    }

    /// <summary>
    /// Releases a tripped breaker and starts a fresh daily-loss budget from the last equity. Rolls the trading day first
    /// when <paramref name="time"/> is on a later day.
    /// </summary>
    /// <param name="time">When the reset happens.</param>
    /// <returns>The events (<see cref="RiskEvents.BreakerReset"/> when the breaker was tripped).</returns>
    public RiskEvents Reset(DateTimeOffset time)
    {
        var events = RollDay(time);
        if (_state.BreakerTripped)
        {
            events |= RiskEvents.BreakerReset;
        }

        _state = _state with { BreakerTripped = false, TrippedAt = null, DayStartEquity = _state.LastEquity };
        Refresh();
        return events;
    }

    /// <summary>Moves to the trading day of <paramref name="time"/> if it is later, without an equity update.</summary>
    /// <param name="time">The current time.</param>
    /// <returns><see cref="RiskEvents.TradingDayStarted"/> (and <see cref="RiskEvents.BreakerReset"/>) when the day rolled.</returns>
    public RiskEvents RollDay(DateTimeOffset time)
    {
        var day = _days.Of(time);
        // The day alone first: copying the whole state (96 bytes) on every update, to read one field, showed in profiles.
        if (day <= _state.TradingDay)
        {
            return RiskEvents.None;
        }

        var s = _state;

        var events = RiskEvents.TradingDayStarted;
        var tripped = s.BreakerTripped;
        var trippedAt = s.TrippedAt;
        if (tripped && _resetPolicy == BreakerResetPolicy.NextTradingDay)
        {
            tripped = false;
            trippedAt = null;
            events |= RiskEvents.BreakerReset;
        }

        _state = s with { TradingDay = day, DayStartEquity = s.LastEquity, BreakerTripped = tripped, TrippedAt = trippedAt };
        Refresh();
        return events;
    }

    private decimal LossThreshold(decimal dayStartEquity)
    {
        if (dayStartEquity != _lossThresholdBase)
        {
            _lossThresholdBase = dayStartEquity;
            _lossThreshold = dayStartEquity * _dailyLossLimit / 100m;
        }

        return _lossThreshold;
    }

    /// <summary>
    /// True when <paramref name="difference"/>, a sum or difference of the doubles of decimals computed in double, is
    /// certainly positive for the exact decimals too: it exceeds a margin of 1e-12 of the operands' magnitudes, about ten
    /// thousand times the worst rounding of the conversions and the arithmetic (≈ 3.3e-16 of them). False when too close to
    /// call, and for NaN (an operand not yet known).
    /// </summary>
    private static bool Certainly(double difference, double a, double b, double c = 0d) =>
        difference > 1e-12 * (Math.Abs(a) + Math.Abs(b) + Math.Abs(c));

    /// <summary>The doubles of the state's peak, day-start equity and loss threshold, after the state changed them.</summary>
    private void Refresh()
    {
        var s = _state;
        _peakAsDouble = (double)s.PeakEquity;
        _dayStartAsDouble = (double)s.DayStartEquity;
        _thresholdAsDouble = s.DayStartEquity > 0m ? (double)LossThreshold(s.DayStartEquity) : double.NaN;
    }

    /// <summary>
    /// Exactly <c>(peak − equity) / peak × 100 ≥ limit</c> (the drawdown in percent, as <see cref="DrawdownPercent"/>
    /// computes it), with the division skipped when the outcome is already certain. <paramref name="peakAsDouble"/> and
    /// <paramref name="equityAsDouble"/> are the doubles of <paramref name="peak"/> and <paramref name="equity"/>.
    /// </summary>
    private bool DrawdownReached(decimal peak, decimal equity, double peakAsDouble, double equityAsDouble)
    {
        // In double first: limit × peak / 100 − (peak − equity) certainly positive means the drawdown is certainly below
        // the limit (for a positive peak: the same comparison multiplied by peak / 100).
        if (peakAsDouble > 0d)
        {
            var limitFall = _drawdownLimitAsDouble * peakAsDouble / 100d;
            if (Certainly(limitFall - peakAsDouble + equityAsDouble, limitFall, peakAsDouble, equityAsDouble))
            {
                return false;
            }
        }

        return DrawdownReachedExactly(peak, equity);
    }

    /// <summary>Exactly <c>(peak − equity) / peak × 100 ≥ limit</c>, with the division skipped when a bracket settles it.</summary>
    private bool DrawdownReachedExactly(decimal peak, decimal equity)
    {
        if (peak <= 0m)
        {
            return 0m >= _drawdownLimit;
        }

        var fall = peak - equity;
        if (fall <= 0m)
        {
            // At or above the peak: the drawdown is zero or negative, below any limit (limits are greater than zero).
            return false;
        }

        if (_drawdownBracketUsable && peak != _bracketPeak)
        {
            // A new peak: whether it is in the bracket's range, and the bracket, worked out once per peak.
            _bracketPeak = peak;
            _bracketInRange = peak >= DrawdownBracketMinPeak && peak <= DrawdownBracketMaxPeak;
            if (_bracketInRange)
            {
                _drawdownLow = peak * _drawdownLowFactor;
                _drawdownHigh = peak * _drawdownHighFactor;
            }
        }

        if (_drawdownBracketUsable && _bracketInRange)
        {
            if (fall < _drawdownLow)
            {
                return false;
            }

            if (fall >= _drawdownHigh)
            {
                return true;
            }
        }

        return fall / peak * 100m >= _drawdownLimit;
    }
}
