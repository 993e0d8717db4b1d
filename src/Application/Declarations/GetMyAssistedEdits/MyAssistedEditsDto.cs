namespace YearEndAdjustment.Application.Declarations.GetMyAssistedEdits;

/// <summary>
/// The pending assisted edits, oldest first, and the declaration's Version to confirm them with. Values are as the
/// change history holds them (My Numbers masked).
/// </summary>
public sealed record MyAssistedEditsDto(int Version, IReadOnlyList<AssistedEditDto> Edits);

public sealed record AssistedEditDto(string FieldPath, string? OldValue, string? NewValue, string EditedBy, DateTime EditedAtUtc);
