using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Application.Declarations.SaveMyDeclaration;

public sealed record SaveMyDeclarationResult(Guid DeclarationId, int Version, string Status, int ChangedFields, IReadOnlyList<DeclarationCheck> Checks);
