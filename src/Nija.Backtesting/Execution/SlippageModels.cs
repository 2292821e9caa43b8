using System.Globalization;

namespace Nija.Backtesting.Execution;

/// <summary>Ready-made <see cref="ISlippageModel"/>s.</summary>
public static class SlippageModels
{
    /// <summary>No slippage.</summary>
    /// <returns>The model.</returns>
    public static ISlippageModel None() => new Bps(0d);

    /// <summary>A fixed number of basis points against the trader on every fill: buys at price × (1 + bps/10,000), sells at price × (1 − bps/10,000).</summary>
    /// <param name="basisPoints">Zero or more, below 10,000.</param>
    /// <returns>The model.</returns>
    public static ISlippageModel BasisPoints(double basisPoints)
    {
        if (!double.IsFinite(basisPoints) || basisPoints < 0d || basisPoints >= 10_000d)
        {
            throw new ArgumentOutOfRangeException(nameof(basisPoints), basisPoints, "Slippage must be a finite number of basis points in [0, 10000).");
        }

        return new Bps(basisPoints);
    }

    /// <summary>
    /// A fraction of the Average True Range (Wilder, <paramref name="period"/> bars) against the trader; no slippage
    /// until the ATR has warmed up. A new instance per run (it keeps state).
    /// </summary>
    /// <param name="atrMultiple">Multiple of ATR, zero or more (e.g. 0.1).</param>
    /// <param name="period">ATR period, at least 1 (default 14).</param>
    /// <returns>The model.</returns>
    public static ISlippageModel AtrProportional(double atrMultiple, int period = 14)
    {
        if (!double.IsFinite(atrMultiple) || atrMultiple < 0d)
        {
            throw new ArgumentOutOfRangeException(nameof(atrMultiple), atrMultiple, "The ATR multiple must be finite and zero or more.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        return new Atr(atrMultiple, period);
    }

    private sealed class Bps(double bps) : IStatelessSlippageModel
    {
        private readonly double _factor = bps / 10_000d;

        public void Observe(in Bar bar)
        {
        }

        public double Apply(double price, bool isBuy) => isBuy ? price * (1d + _factor) : price * (1d - _factor);

        public override string ToString() => bps == 0d ? "none" : string.Create(CultureInfo.InvariantCulture, $"{bps} bps");
    }

    private sealed class Atr(double multiple, int period) : ISlippageModel
    {
        private double _previousClose = double.NaN;
        private double _sum;
        private int _count;
        private double _atr = double.NaN;

        public void Observe(in Bar bar)
        {
            var tr = double.IsNaN(_previousClose)
                ? bar.High - bar.Low
                : Math.Max(bar.High, _previousClose) - Math.Min(bar.Low, _previousClose);
            _previousClose = bar.Close;
            if (_count < period)
            {
                _sum += tr;
                _count++;
                if (_count == period)
                {
                    _atr = _sum / period;
                }
            }
            else
            {
                _atr = ((_atr * (period - 1)) + tr) / period;
            }
        }

        public double Apply(double price, bool isBuy)
        {
            if (double.IsNaN(_atr))
            {
                return price;
            }

            var slipped = isBuy ? price + (multiple * _atr) : price - (multiple * _atr);
            return slipped > 0d ? slipped : price;
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{multiple} x ATR({period})");
    }
}
