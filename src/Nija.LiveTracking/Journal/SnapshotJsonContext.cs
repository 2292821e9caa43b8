using System.Text.Json.Serialization;
using Nija.Metrics;

namespace Nija.LiveTracking.Journal;

/// <summary>Source-generated JSON for what the SQLite journal stores as text: snapshots and closed trades (camelCase, enums as strings, compact).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    WriteIndented = false,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(JournalSnapshot))]
[JsonSerializable(typeof(ClosedTrade))]
internal sealed partial class SnapshotJsonContext : JsonSerializerContext;
