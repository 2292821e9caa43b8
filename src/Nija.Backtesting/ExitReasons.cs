namespace Nija.Backtesting;

/// <summary>
/// The exit reasons the backtest engines write on a trade (<see cref="Nija.Metrics.ClosedTrade.ExitReason"/>) and on its
/// closing fill (<see cref="Orders.FillRecord.Reason"/>). A strategy's own reason (the tag of an exit order, or the
/// reason given to <see cref="Strategies.StrategyContextExtensions.ClosePosition"/>) is kept as given.
/// </summary>
public static class ExitReasons
{
    /// <summary>An exit order without a tag: the strategy closed the position (the default reason of <c>ClosePosition</c>).</summary>
    public const string Signal = "signal";

    /// <summary>An entry on the opposite side closed the open position first.</summary>
    public const string Reverse = "reverse";

    /// <summary>The protective stop attached to the entry was hit.</summary>
    public const string StopLoss = "stop-loss";

    /// <summary>The take-profit attached to the entry was hit.</summary>
    public const string TakeProfit = "take-profit";

    /// <summary>The data ended with the position open and the run closes positions at the end (the default).</summary>
    public const string EndOfData = "end-of-data";

    /// <summary>The equity fell to zero or below at a bar's close, and the run stops when out of money (the default).</summary>
    public const string OutOfMoney = "out-of-money";
}
