using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Nija.LiveTracking.Journal;
using Nija.LiveTracking.Risk;
using Nija.Metrics;

namespace Nija.LiveTracking;

/// <summary>
/// The live execution tracker: fills go into one <see cref="Ledger"/> guarded by one <see cref="RiskRules"/>, and into an
/// <see cref="ITradeJournal"/> (SQLite by default) from which the whole state is rebuilt at start-up.
/// </summary>
/// <remarks>
/// <para>Thread-safe: one lock serialises every call, so snapshots are consistent. Alerts are delivered after the lock is
/// released, on the calling thread.</para>
/// <para>Idempotent: a fill whose execution id was recorded before returns the original result and changes nothing; the
/// same id with other data throws <see cref="ExecutionIdConflictException"/>.</para>
/// <para>Bad input throws before anything changes. If the journal itself fails, the fill is not acknowledged and the
/// tracker is faulted (every later call throws) until it is re-created, which rebuilds it from the journal.</para>
/// </remarks>
public sealed partial class LiveExecutionTracker : ILiveExecutionTracker, IDisposable
{
    private readonly Lock _gate = new();
    private readonly LiveTrackerOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ITradeJournal _journal;
    private readonly bool _ownsJournal;
    private readonly AlertDispatcher _alerts;
    private readonly LiveTrackerMetrics _metrics;
    private Ledger _ledger;
    private readonly RiskRules _risk;
    private readonly IAccountRiskGate? _accountGate;
    private readonly Dictionary<string, JournalMark> _dirtyMarks = new(StringComparer.Ordinal);
    private readonly SortedDictionary<DateOnly, DailySummary> _closedDays = [];
    private readonly EquityTrack _curve = new();
    private readonly long _markIntervalTicks;
    private DailySummary _today;
    private long _sequence;
    private Exception? _fault;
    private bool _disposed;

    /// <summary>Starts a tracker: opens (or creates) the journal and rebuilds positions, balance, breaker and summaries from it.</summary>
    /// <param name="options">Settings; validated and copied.</param>
    /// <param name="journal">The journal; default a <see cref="SqliteTradeJournal"/> at <see cref="LiveTrackerOptions.ResolveJournalPath"/>, owned and disposed by the tracker. A journal passed in is not disposed by the tracker.</param>
    /// <param name="timeProvider">The clock; default <see cref="TimeProvider.System"/>.</param>
    /// <param name="loggerFactory">Logging; default none.</param>
    /// <param name="alertSinks">Where alerts go; default one <see cref="LoggingRiskAlertSink"/>. Pass an empty list for none.</param>
    /// <param name="meterFactory">Creates the "Nija.LiveTracking" meter; default a meter owned by the tracker.</param>
    /// <exception cref="ArgumentException">An option is out of range, or no journal path is set and no journal was given.</exception>
    /// <exception cref="TradeJournalException">The journal is locked, corrupt, newer, or does not replay.</exception>
    public LiveExecutionTracker(
        LiveTrackerOptions options,
        ITradeJournal? journal = null,
        TimeProvider? timeProvider = null,
        ILoggerFactory? loggerFactory = null,
        IEnumerable<IRiskAlertSink>? alertSinks = null,
        IMeterFactory? meterFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options.Clone();
        _time = timeProvider ?? TimeProvider.System;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("Nija.LiveTracking");
        _alerts = new AlertDispatcher(alertSinks ?? [new LoggingRiskAlertSink(_logger)], _logger);

        var path = _options.ResolveJournalPath();
        if (journal is null && path is null)
        {
            throw new ArgumentException("Set LiveTrackerOptions.DataDirectory or JournalPath, or pass a journal.", nameof(options));
        }

        _markIntervalTicks = _options.MarkCurveInterval.Ticks;
        _ledger = new Ledger(_options.InitialBalance);
        _journal = journal ?? new SqliteTradeJournal(path!, _options.Durability, _options.BatchWindow, _time);
        _ownsJournal = journal is null;
        _accountGate = _journal as IAccountRiskGate;
        _fillReader = _journal as ITradeJournalFillReader;
        _fillData = _fillReader is null ? new ChunkedList<JournalFill>() : null;
        _metrics = new LiveTrackerMetrics(meterFactory);
        var journalName = journal is null ? path! : journal.GetType().Name;
        List<RiskAlert>? alerts = null;
        try
        {
            var now = _time.GetUtcNow();
            var replayed = Start(now, out var contents);
            _risk = contents.RiskState is { } state
                ? new RiskRules(_options.Risk, state)
                : new RiskRules(_options.Risk, now, _ledger.Equity);
            foreach (var day in contents.DailySummaries)
            {
                _closedDays[day.Day] = day;
            }

            var tradingDay = _risk.State.TradingDay;
            _today = _closedDays.Remove(tradingDay, out var current)
                ? current
                : DailySummary.Start(tradingDay, _ledger.Balance, _risk.State.DayStartEquity);
            AdvanceTo(now, ref alerts);
            Log.Started(_logger, journalName, replayed, _ledger.Balance, _risk.IsHalted);
        }
        catch
        {
            _metrics.Dispose();
            if (_ownsJournal)
            {
                _journal.Dispose();
            }

            throw;
        }

        _alerts.Dispatch(alerts, this, AlertRaised);
    }

    /// <inheritdoc />
    public event EventHandler<RiskAlert>? AlertRaised;

    /// <summary>The meter the tracker reports to (named "Nija.LiveTracking").</summary>
    public Meter Meter => _metrics.Meter;

    /// <inheritdoc />
    public bool MarkPrice(string symbol, decimal price)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(price);
        List<RiskAlert>? alerts = null;
        try
        {
            lock (_gate)
            {
                ThrowIfUnusable();
                var now = _time.GetUtcNow();
                AdvanceTo(now, ref alerts);
                if (!_ledger.MarkPrice(symbol, price))
                {
                    return false;
                }

                _dirtyMarks[symbol] = new JournalMark(symbol, price, now, _sequence);
                var equity = _ledger.Equity;
                var events = _risk.Update(now, equity);
                _today = _today with { EndingEquity = equity };
                var point = (double)equity;
                TrackMarkPoint(_curve.AddMark(now, point, _markIntervalTicks), point);
                if (events != RiskEvents.None)
                {
                    var closedDay = HandleEvents(events, now, ref alerts);
                    Persist(closedDay);
                }

                return true;
            }
        }
        finally
        {
            _alerts.Dispatch(alerts, this, AlertRaised);
        }
    }

    /// <inheritdoc />
    public RiskDecision CheckRisk() =>
        UnderLock((DateTimeOffset now, ref List<RiskAlert>? alerts) => WithAccount(_risk.CheckNewPosition(now), now, ref alerts));

    /// <inheritdoc />
    public bool CanOpenPosition() => CheckRisk().IsAllowed;

    /// <inheritdoc />
    public RiskDecision ResetCircuitBreaker() => UnderLock((DateTimeOffset now, ref List<RiskAlert>? alerts) =>
    {
        if (_risk.IsHalted)
        {
            var closedDay = HandleEvents(_risk.Reset(now), now, ref alerts);
            Log.ManualReset(_logger, now);
            Persist(closedDay);
        }

        return _risk.CheckNewPosition(now);
    });

    /// <inheritdoc />
    public LiveTrackerSnapshot GetSnapshot() => UnderLock((DateTimeOffset now, ref List<RiskAlert>? alerts) =>
    {
        var equity = _ledger.Equity;
        return new LiveTrackerSnapshot
        {
            Time = now,
            InitialBalance = _ledger.InitialCash,
            Balance = _ledger.Balance,
            Cash = _ledger.Cash,
            Equity = equity,
            RealizedPnl = _ledger.RealizedPnl,
            UnrealizedPnl = _ledger.UnrealizedPnl,
            TotalFees = _ledger.TotalFees,
            TradingDay = _risk.State.TradingDay,
            TodayPnl = equity - _today.StartingEquity,
            DrawdownPercent = _risk.DrawdownPercent,
            PeakEquity = _risk.State.PeakEquity,
            Risk = WithAccount(_risk.CheckNewPosition(now), now, ref alerts),
            RiskState = _risk.State,
            Today = _today with { EndingBalance = _ledger.Balance, EndingEquity = equity },
            OpenPositions = _ledger.OpenPositions,
            ClosedTrades = _ledger.SnapshotClosedTrades(),
            EquityCurve = _curve.ToCurve(),
            FillCount = _sequence,
        };
    });

    /// <summary>
    /// Runs <paramref name="body"/> under the tracker's lock, after the usability check and the day roll to "now", and
    /// delivers the alerts it raised once the lock is released (on this thread). The record path does the same inline.
    /// </summary>
    private T UnderLock<T>(LockedBody<T> body)
    {
        List<RiskAlert>? alerts = null;
        try
        {
            lock (_gate)
            {
                ThrowIfUnusable();
                var now = _time.GetUtcNow();
                AdvanceTo(now, ref alerts);
                return body(now, ref alerts);
            }
        }
        finally
        {
            _alerts.Dispatch(alerts, this, AlertRaised);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<DailySummary> GetDailySummaries(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, $"The range end {to:yyyy-MM-dd} is before its start {from:yyyy-MM-dd}.");
        }

        lock (_gate)
        {
            ThrowIfUnusable();
            var list = new List<DailySummary>();
            foreach (var (day, summary) in _closedDays)
            {
                if (day >= from && day <= to)
                {
                    list.Add(summary);
                }
            }

            if (_today.Day >= from && _today.Day <= to)
            {
                list.Add(_today with { EndingBalance = _ledger.Balance, EndingEquity = _ledger.Equity });
            }

            return list;
        }
    }

    /// <inheritdoc />
    public void Flush()
    {
        lock (_gate)
        {
            ThrowIfUnusable();
            Persist(closedDay: null);
            Guard(_journal.Flush);
            WriteSnapshot();
        }
    }

    /// <summary>Saves marks and derived state, commits batched fills, and closes the journal if the tracker opened it.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            try
            {
                if (_fault is null)
                {
                    _journal.SaveCheckpoint(new JournalCheckpoint(_risk.State, _today with { EndingBalance = _ledger.Balance, EndingEquity = _ledger.Equity }, null), _dirtyMarks.Values);
                    SaveCurveMarks();
                    WriteSnapshot();
                    _journal.Flush();
                }
            }
            finally
            {
                if (_ownsJournal)
                {
                    _journal.Dispose();
                }

                _metrics.Dispose();
            }
        }
    }

    private void ThrowIfUnusable()
    {
        if (_disposed || _fault is not null)
        {
            ThrowUnusable();
        }
    }

    /// <summary>Throws because the tracker is disposed or faulted (kept out of the callers' frames).</summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowUnusable()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        throw new InvalidOperationException("The tracker is faulted after a journal failure; dispose it and create a new one (it rebuilds from the journal).", _fault);
    }

    private delegate T LockedBody<T>(DateTimeOffset now, ref List<RiskAlert>? alerts);
}
