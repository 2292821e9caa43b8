using Microsoft.Extensions.Logging;
using Nija.LiveTracking.Risk;

namespace Nija.LiveTracking;

/// <summary>Every log message of Nija.LiveTracking, source-generated.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Live tracker started on journal {Journal}: {Fills} fills replayed, balance {Balance}, breaker tripped {Tripped}")]
    public static partial void Started(ILogger logger, string journal, int fills, decimal balance, bool tripped);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "Duplicate execution id {ExecutionId} ignored (retry of fill #{Sequence})")]
    public static partial void DuplicateFill(ILogger logger, string executionId, long sequence);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Risk alert {Kind}: {Description}")]
    public static partial void RiskAlertWarning(ILogger logger, RiskAlertKind kind, string description);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "Risk alert {Kind}: {Description}")]
    public static partial void RiskAlertInformation(ILogger logger, RiskAlertKind kind, string description);

    [LoggerMessage(EventId = 5, Level = LogLevel.Error, Message = "Risk alert sink {Sink} failed on {Kind}; the fill is recorded and the tracker goes on")]
    public static partial void SinkFailed(ILogger logger, Exception exception, string sink, RiskAlertKind kind);

    [LoggerMessage(EventId = 6, Level = LogLevel.Error, Message = "A handler of the AlertRaised event failed on {Kind}; the fill is recorded and the tracker goes on")]
    public static partial void AlertHandlerFailed(ILogger logger, Exception exception, RiskAlertKind kind);

    [LoggerMessage(EventId = 7, Level = LogLevel.Critical, Message = "Journal write failed; the tracker is faulted and must be restarted (it rebuilds from the journal)")]
    public static partial void JournalFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 8, Level = LogLevel.Warning, Message = "Circuit breaker reset manually at {Time}")]
    public static partial void ManualReset(ILogger logger, DateTimeOffset time);

    [LoggerMessage(EventId = 9, Level = LogLevel.Warning, Message = "The journal's start-up snapshot was not used ({Reason}); every fill was replayed instead")]
    public static partial void SnapshotRejected(ILogger logger, string reason);

    [LoggerMessage(EventId = 10, Level = LogLevel.Warning, Message = "Writing a start-up snapshot at fill #{Sequence} failed; fills are unaffected and the next snapshot is tried later")]
    public static partial void SnapshotFailed(ILogger logger, Exception exception, long sequence);
}
