using Nija.Backtesting.Strategies;

namespace Nija.Backtesting.Tests.Research;

/// <summary>Goes long all-in on the first bar with the given attached stop-loss and take-profit, then holds.</summary>
internal sealed class BuyWithExitsStrategy(double? stopLoss, double? takeProfit) : Strategy
{
    private bool _ordered;

    public override void OnBar(IStrategyContext context, in Bar bar)
    {
        if (!_ordered)
        {
            _ordered = true;
            context.Buy(stopLoss: stopLoss, takeProfit: takeProfit);
        }
    }
}
