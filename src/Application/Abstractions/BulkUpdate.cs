namespace YearEndAdjustment.Application.Abstractions;

/// <summary>One changed entity and the concurrency version it had when it was read.</summary>
public sealed record BulkUpdate(object Entity, int OriginalVersion);
