namespace YearEndAdjustment.Infrastructure.Persistence.Bulk;

/// <summary>One element of an owned collection (e.g. a family member) written beside its newly inserted owner.</summary>
internal sealed record OwnedRow(object Owner, object Element);
