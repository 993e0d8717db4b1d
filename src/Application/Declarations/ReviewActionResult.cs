namespace YearEndAdjustment.Application.Declarations;

/// <summary>The declaration after a review action: its new status and version.</summary>
public sealed record ReviewActionResult(Guid DeclarationId, string Status, int Version, int FamilyChanges = 0);
