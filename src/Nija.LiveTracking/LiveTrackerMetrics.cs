using System.Diagnostics.Metrics;

namespace Nija.LiveTracking;

/// <summary>The tracker's one <see cref="Meter"/>, named <see cref="MeterName"/>, and its instruments.</summary>
internal sealed class LiveTrackerMetrics : IDisposable
{
    public const string MeterName = "Nija.LiveTracking";

    private static readonly KeyValuePair<string, object?> EntryTag = new("kind", "entry");
    private static readonly KeyValuePair<string, object?> ExitTag = new("kind", "exit");

    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly Counter<long> _fills;
    private readonly Counter<long> _duplicates;
    private readonly Counter<long> _trips;
    private readonly Histogram<double> _journalLatency;

    public LiveTrackerMetrics(IMeterFactory? factory)
    {
        _ownsMeter = factory is null;
        _meter = factory?.Create(MeterName) ?? new Meter(MeterName);
        _fills = _meter.CreateCounter<long>("nija.live.fills_recorded", "{fill}", "Fills recorded (tag kind = entry | exit); retries of a recorded execution id are not counted.");
        _duplicates = _meter.CreateCounter<long>("nija.live.duplicate_fills", "{fill}", "Retries of an already recorded execution id (ignored).");
        _trips = _meter.CreateCounter<long>("nija.live.breaker_trips", "{trip}", "Daily-loss circuit breaker trips.");
        _journalLatency = _meter.CreateHistogram<double>("nija.live.journal_write_duration", "ms", "Time to write a fill to the journal (commit included in durable mode).");
    }

    public Meter Meter => _meter;

    /// <summary>True when someone listens to the journal latency (timing is skipped otherwise).</summary>
    public bool IsJournalLatencyEnabled => _journalLatency.Enabled;

    public void FillRecorded(bool entry)
    {
        if (_fills.Enabled)
        {
            _fills.Add(1, entry ? EntryTag : ExitTag);
        }
    }

    public void DuplicateIgnored() => _duplicates.Add(1);

    public void BreakerTripped() => _trips.Add(1);

    public void JournalWrite(TimeSpan elapsed) => _journalLatency.Record(elapsed.TotalMilliseconds);

    public void Dispose()
    {
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }
}
