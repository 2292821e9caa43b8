namespace Nija.Backtesting.Indicators;

/// <summary>
/// Simple moving average: the arithmetic mean of the last <see cref="Period"/> values.
/// </summary>
/// <remarks>
/// Ready after exactly <see cref="Period"/> updates; <see cref="Value"/> is <see cref="double.NaN"/> before that.
/// The window sum is updated incrementally and replaced every <see cref="Period"/> updates by the exact left-to-right
/// sum of the window, so rounding errors cannot accumulate over long series. That exact sum is built as the values
/// arrive (the window is written in index order), so every update is O(1), with no loop.
/// </remarks>
public sealed class SimpleMovingAverage : IIndicator
{
    private readonly double[] _window;
    private readonly double _length;
    private int _next;
    private double _sum;
    private double _fresh;
    private bool _ready;

    /// <summary>Initialises a simple moving average over <paramref name="period"/> values.</summary>
    /// <param name="period">The number of values averaged; at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 1.</exception>
    public SimpleMovingAverage(int period)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        Period = period;
        _window = new double[period];
        _length = period;
        Value = double.NaN;
    }

    /// <summary>Gets the number of values averaged.</summary>
    public int Period { get; }

    /// <inheritdoc/>
    public int WarmUpPeriod => Period;

    /// <inheritdoc/>
    public long Samples { get; private set; }

    /// <inheritdoc/>
    public bool IsReady => Samples >= Period;

    /// <summary>Gets the current average, or <see cref="double.NaN"/> during the warm-up.</summary>
    public double Value { get; private set; }

    /// <summary>Adds the next value and returns the updated average (<see cref="double.NaN"/> during the warm-up).</summary>
    /// <param name="value">The next value; must be finite.</param>
    /// <returns>The current average.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public double Update(double value)
    {
        IndicatorGuard.Finite(value);
        var window = _window;
        var next = _next;
        var old = window[next];
        window[next] = value;
        next++;
        Samples++;
        // The window is written in index order, so this is ((0 + w[0]) + w[1]) + ... of the values written since the last
        // wrap: at the wrap it is the exact left-to-right sum of the window, bit for bit what re-summing it would give.
        var fresh = _fresh + value;
        double sum;
        if (next == window.Length)
        {
            // Window just wrapped: take the exact sum to stop drift.
            next = 0;
            sum = fresh;
            fresh = 0;
            _ready = true;
        }
        else
        {
            sum = _sum + (value - old); // old is 0 until the window is full
        }

        _fresh = fresh;
        _sum = sum;
        _next = next;
        var result = _ready ? sum / _length : double.NaN;
        Value = result;
        return result;
    }

    /// <inheritdoc/>
    public void Reset()
    {
        Array.Clear(_window);
        _next = 0;
        _sum = 0;
        _fresh = 0;
        _ready = false;
        Samples = 0;
        Value = double.NaN;
    }
}
