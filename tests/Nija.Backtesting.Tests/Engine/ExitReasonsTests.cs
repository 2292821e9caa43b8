namespace Nija.Backtesting.Tests.Engine;

/// <summary>The exit reasons are part of the JSON contract (results written today are read and compared later): pinned.</summary>
[TestFixture]
public sealed class ExitReasonsTests
{
    [Test]
    public void ExitReasons_AreTheStringsWrittenOnTrades()
    {
        Assert.That(
            new[] { ExitReasons.Signal, ExitReasons.Reverse, ExitReasons.StopLoss, ExitReasons.TakeProfit, ExitReasons.EndOfData, ExitReasons.OutOfMoney },
            Is.EqualTo(new[] { "signal", "reverse", "stop-loss", "take-profit", "end-of-data", "out-of-money" }));
    }
}
