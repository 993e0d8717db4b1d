namespace YearEndAdjustment.Application.Declarations.WithdrawMyDeclaration;

public sealed record WithdrawMyDeclarationResult(Guid DeclarationId, int Version, string Status, DateTime? SubmittedAtUtc);
