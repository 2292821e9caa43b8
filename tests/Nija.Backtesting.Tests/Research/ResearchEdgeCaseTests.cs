using Nija.Backtesting.Engine;
using Nija.Backtesting.Research;
using Nija.Backtesting.Strategies;
using Nija.Backtesting.Testing;

namespace Nija.Backtesting.Tests.Research;

[TestFixture]
public sealed class ResearchEdgeCaseTests
{
    private static readonly Bar[] Bars = BarSeriesBuilder.StartingAt(new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero))
        .Closes(100, 110, 120, 130, 115, 105, 100).Build();

    /// <summary>Waits until both trials have started, then fails: two trials failing at once, as on a multi-core machine.</summary>
    private sealed class FailsTogether(Barrier barrier) : Strategy
    {
        public override void OnStart(IStrategyContext context)
        {
            barrier.SignalAndWait(TimeSpan.FromSeconds(10));
            throw new InvalidOperationException("the strategy failed");
        }

        public override void OnBar(IStrategyContext context, in Bar bar)
        {
        }
    }

    [Test]
    public void Sweep_TwoTrialsFailingAtOnce_ThrowTheStrategysExceptionNotAnAggregate()
    {
        using var barrier = new Barrier(2);

        Assert.That(
            () => ParameterSweep.Run(Bars, _ => new FailsTogether(barrier), [ParameterRange.Of("x", 1, 2)], new SweepOptions { MaxDegreeOfParallelism = 2 }),
            Throws.InstanceOf<InvalidOperationException>().With.Message.EqualTo("the strategy failed"));
    }
}
