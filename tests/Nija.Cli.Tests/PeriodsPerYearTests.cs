using Nija.Backtesting;
using Nija.Backtesting.Testing;
using Nija.Cli.Commands;

namespace Nija.Cli.Tests;

[TestFixture]
public sealed class PeriodsPerYearTests
{
    private static readonly DateTimeOffset Monday = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static Bar[] Every(TimeSpan interval, int count, bool skipWeekends = false)
    {
        var bars = new List<Bar>(count);
        for (var t = Monday; bars.Count < count; t += interval)
        {
            if (!skipWeekends || t.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                bars.Add(new Bar(t, 100, 100, 100, 100, 0));
            }
        }

        return [.. bars];
    }

    [Test]
    public void DailyBars_KeepTheDailyConvention()
    {
        // Weekdays only: 252; with weekend bars (crypto): 365. Per-bar and daily returns are the same thing here.
        Assert.That(BacktestCommand.GuessBarsPerYear(Every(TimeSpan.FromDays(1), 500, skipWeekends: true)), Is.EqualTo(252d));
        Assert.That(BacktestCommand.GuessBarsPerYear(Every(TimeSpan.FromDays(1), 500)), Is.EqualTo(365d));
    }

    [Test]
    public void IntradayBars_AreCountedPerYearOfTheData()
    {
        // Around the clock: 24 × 365.25 = 8,766 hourly bars a year, 1,440 × 365.25 = 525,960 one-minute bars.
        Assert.That(BacktestCommand.GuessBarsPerYear(Every(TimeSpan.FromHours(1), 2_000)), Is.EqualTo(8_766d));
        Assert.That(BacktestCommand.GuessBarsPerYear(Every(TimeSpan.FromMinutes(1), 20_000)), Is.EqualTo(525_960d));

        // Hourly on weekdays only: (n − 1) bars over the calendar time they span, weekends included.
        var weekdays = Every(TimeSpan.FromHours(1), 24 * 5 * 10, skipWeekends: true);
        var years = (weekdays[^1].Timestamp - weekdays[0].Timestamp).TotalDays / 365.25;
        Assert.That(BacktestCommand.GuessBarsPerYear(weekdays), Is.EqualTo(Math.Round((weekdays.Length - 1) / years)));
        Assert.That(BacktestCommand.GuessBarsPerYear(weekdays), Is.EqualTo(6_444d), "1,199 bars from Monday 00:00 to the tenth Friday 23:00: 67.958 days, 0.18606 years");
    }

    [Test]
    public void OneBar_FallsBackToTheDailyGuess() =>
        Assert.That(BacktestCommand.GuessBarsPerYear(Every(TimeSpan.FromHours(1), 1)), Is.EqualTo(252d));
}
