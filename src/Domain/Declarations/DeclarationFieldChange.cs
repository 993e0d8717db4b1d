namespace YearEndAdjustment.Domain.Declarations;

// One changed field between two form states; a null side means the field (or its whole row) did not exist.
public sealed record DeclarationFieldChange(string Path, string? OldValue, string? NewValue);
