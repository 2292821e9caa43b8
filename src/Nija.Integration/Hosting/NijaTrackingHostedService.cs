using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Nija.Integration.Tracking;
using Nija.LiveTracking;
using Nija.Metrics;

namespace Nija.Integration.Hosting;

/// <summary>
/// Opens the journal and recovers the tracker's state when the host starts (a bad journal fails the start), rolls the
/// trading day over on time (daily summary, breaker reset) with a timer to the next trading-day boundary, and flushes
/// the journal when the host stops (the container closes it when it is disposed).
/// </summary>
internal sealed class NijaTrackingHostedService : IHostedService, IDisposable
{
    private readonly ILiveExecutionTracker _tracker;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly TimeZoneInfo _zone;
    private readonly bool _enabled;
    private CancellationTokenSource? _stopping;
    private Task? _loop;

    public NijaTrackingHostedService(ILiveExecutionTracker tracker, IOptions<NijaTrackingOptions> options, TimeProvider? time = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(tracker);
        ArgumentNullException.ThrowIfNull(options);
        _tracker = tracker;
        _time = time ?? TimeProvider.System;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("Nija.Integration");
        _enabled = options.Value.Enabled;
        _zone = _enabled ? TradingDays.FindTimeZone(options.Value.TradingDayTimeZone) : TimeZoneInfo.Utc;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!_enabled)
        {
            return Task.CompletedTask;
        }

        var snapshot = _tracker.GetSnapshot();
        Log.TrackingStarted(_logger, snapshot.FillCount, snapshot.Balance, snapshot.Equity, snapshot.TradingDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), !snapshot.Risk.IsAllowed);
        _stopping = new CancellationTokenSource();
        _loop = RollDaysAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_stopping is null || _loop is null)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Expected: the timer was cancelled.
        }

        try
        {
            _tracker.Flush();
            Log.TrackingStopped(_logger, _tracker.GetSnapshot().FillCount);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ObjectDisposedException or Nija.LiveTracking.Journal.TradeJournalException)
        {
            Log.FlushFailed(_logger, ex);
        }
    }

    /// <summary>The trading-day loop while it runs (for tests: it must have ended once the service is stopped or disposed).</summary>
    internal Task? DayLoop => _loop;

    public void Dispose()
    {
        // A host whose start failed (another service threw) is disposed without StopAsync: end the day loop too, or it
        // would go on rolling days against the disposed tracker. Cancelling ends its wait at once.
        if (_stopping is { } stopping)
        {
            stopping.Cancel();
            try
            {
                _loop?.Wait(TimeSpan.FromSeconds(5));
            }
            catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OperationCanceledException))
            {
                // Expected: the loop was cancelled.
            }

            stopping.Dispose();
        }
    }

    private async Task RollDaysAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var now = _time.GetUtcNow();
            var boundary = TradingDays.StartOf(TradingDays.Of(now, _zone).AddDays(1), _zone);
            Log.NextBoundary(_logger, boundary);
            var delay = boundary - now;
            await Task.Delay(delay > TimeSpan.Zero ? delay : TimeSpan.Zero, _time, cancellationToken).ConfigureAwait(false);
            try
            {
                // Any tracker call rolls the day (closes the summary, releases the breaker under NextTradingDay).
                var decision = _tracker.CheckRisk();
                _tracker.Flush();
                Log.DayRolled(_logger, decision.TradingDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), decision.IsAllowed);
            }
            catch (Exception ex) when (ex is InvalidOperationException or ObjectDisposedException or Nija.LiveTracking.Journal.TradeJournalException)
            {
                Log.RolloverFailed(_logger, ex);
            }
        }
    }
}
