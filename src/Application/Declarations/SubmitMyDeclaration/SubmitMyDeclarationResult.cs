namespace YearEndAdjustment.Application.Declarations.SubmitMyDeclaration;

public sealed record SubmitMyDeclarationResult(Guid DeclarationId, int Version, string Status, DateTime? SubmittedAtUtc);
