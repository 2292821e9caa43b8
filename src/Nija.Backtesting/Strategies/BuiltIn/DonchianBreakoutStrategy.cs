using System.Globalization;
using Nija.Backtesting.Indicators;

namespace Nija.Backtesting.Strategies.BuiltIn;

/// <summary>
/// "donchian-breakout": long-only trend following. Buy all-in when the close breaks above the previous N-bar high, with a
/// protective stop-loss <c>atrStop</c> ATRs below the close (the ATR as of the previous bar, read with the channel before
/// the signal bar updates them; also the trade's planned stop, for R-multiples); exit when the close breaks below the
/// previous N-bar low.
/// </summary>
public sealed class DonchianBreakoutStrategy : Strategy
{
    private readonly DonchianChannel _channel;
    private readonly AverageTrueRange _atr;
    private readonly double _atrStop;

    /// <summary>Creates the strategy.</summary>
    /// <param name="period">Channel period in bars (default 20).</param>
    /// <param name="atrStop">Stop distance in ATRs (default 2).</param>
    /// <param name="atrPeriod">ATR period (default 14).</param>
    public DonchianBreakoutStrategy(int period = 20, double atrStop = 2, int atrPeriod = 14)
    {
        if (!(atrStop > 0 && double.IsFinite(atrStop)))
        {
            throw new ArgumentOutOfRangeException(nameof(atrStop), atrStop, "The ATR stop multiple must be greater than zero.");
        }

        _channel = new DonchianChannel(period);
        _atr = new AverageTrueRange(atrPeriod);
        _atrStop = atrStop;
    }

    /// <summary>The registry entry: period (2..500, 20), atrStop (0.1..20, 2), atrPeriod (1..200, 14).</summary>
    public static StrategyDescriptor Descriptor { get; } = new(
        "donchian-breakout",
        "Long on a close above the previous N-bar high with an ATR stop; exit on a close below the previous N-bar low.",
        [
            new StrategyParameter("period", 20, 2, 500, true, "Donchian channel period in bars."),
            new StrategyParameter("atrStop", 2, 0.1, 20, false, "Stop-loss distance in ATRs below the entry signal's close."),
            new StrategyParameter("atrPeriod", 14, 1, 200, true, "ATR period in bars (Wilder)."),
        ],
        p => new DonchianBreakoutStrategy(p.GetInt("period"), p.Get("atrStop"), p.GetInt("atrPeriod")));

    /// <inheritdoc />
    public override void OnBar(IStrategyContext context, in Bar bar)
    {
        var ready = _channel.IsReady && _atr.IsReady;
        var upper = _channel.Upper;
        var lower = _channel.Lower;
        var atr = _atr.Value;
        _channel.Update(in bar);
        _atr.Update(in bar);
        if (!ready || context.PendingOrderCount > 0)
        {
            return;
        }

        if (context.Position == 0m && bar.Close > upper)
        {
            var stop = bar.Close - (_atrStop * atr);
            context.Buy(stopLoss: stop > 0 ? stop : null, tag: "breakout");
        }
        else if (context.Position > 0m && bar.Close < lower)
        {
            context.ClosePosition("channel-exit");
        }
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"donchian-breakout(period={_channel.Period}, atrStop={_atrStop}, atrPeriod={_atr.Period})");
}
