namespace Nija.Backtesting.Engine;

/// <summary>The settings a run used, in a form that serialises and reads well.</summary>
/// <param name="Strategy">The strategy's description (its <c>ToString()</c>, e.g. "sma-cross(fast=10, slow=30)").</param>
/// <param name="Symbol">The instrument.</param>
/// <param name="InitialCash">Starting cash.</param>
/// <param name="Commission">The commission model, described.</param>
/// <param name="Slippage">The slippage model, described.</param>
/// <param name="FillTiming">"NextOpen" or "Close".</param>
/// <param name="LotSize">The lot size.</param>
/// <param name="ClosePositionsAtEnd">Whether open positions were closed at the last close.</param>
/// <param name="MaxDailyLossPercent">The daily-loss limit, when risk rules were enabled.</param>
/// <param name="MaxDrawdownPercent">The drawdown alert threshold, when risk rules were enabled.</param>
/// <param name="TradingDayTimeZone">The trading-day time zone id, when risk rules were enabled.</param>
/// <param name="StopWhenOutOfMoney">
/// Whether the run stopped trading when its equity fell to zero or below (<see cref="BacktestOptions.StopWhenOutOfMoney"/>);
/// false when read from a file written before the rule existed, as those runs did not stop.
/// </param>
/// <param name="AllowLeverage">
/// Whether entries with an explicit quantity could cost more than the cash available (<see cref="BacktestOptions.AllowLeverage"/>);
/// true when read from a file written before the check existed, as those runs did not check.
/// </param>
public sealed record BacktestSettings(
    string Strategy,
    string Symbol,
    decimal InitialCash,
    string Commission,
    string Slippage,
    string FillTiming,
    decimal LotSize,
    bool ClosePositionsAtEnd,
    decimal? MaxDailyLossPercent,
    decimal? MaxDrawdownPercent,
    string? TradingDayTimeZone,
    bool StopWhenOutOfMoney = false,
    bool AllowLeverage = true)
{
    internal static BacktestSettings From(string strategy, BacktestOptions o) => new(
        strategy,
        o.Symbol,
        o.InitialCash,
        o.Commission.ToString() ?? "custom",
        o.Slippage.ToString() ?? "custom",
        o.FillTiming.ToString(),
        o.LotSize,
        o.ClosePositionsAtEnd,
        o.RiskRules?.MaxDailyLossPercent,
        o.RiskRules?.MaxDrawdownPercent,
        o.RiskRules?.TradingDayTimeZone.Id,
        o.StopWhenOutOfMoney,
        o.AllowLeverage);
}
