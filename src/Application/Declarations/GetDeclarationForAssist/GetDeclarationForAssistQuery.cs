using Mediator;

namespace YearEndAdjustment.Application.Declarations.GetDeclarationForAssist;

/// <summary>An employee's declaration opened by an admin to enter it on the employee's behalf; each opening is audited.</summary>
public sealed record GetDeclarationForAssistQuery(int TaxYear, Guid DeclarationId) : IQuery<AssistedDeclarationDto>;
