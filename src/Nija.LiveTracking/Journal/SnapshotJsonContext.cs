using System.Text.Json.Serialization;

namespace Nija.LiveTracking.Journal;

/// <summary>Source-generated JSON for the snapshots the SQLite journal stores (camelCase, enums as strings, compact).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    WriteIndented = false,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(JournalSnapshot))]
internal sealed partial class SnapshotJsonContext : JsonSerializerContext;
