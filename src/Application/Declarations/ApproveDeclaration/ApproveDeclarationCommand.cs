using Mediator;

namespace YearEndAdjustment.Application.Declarations.ApproveDeclaration;

/// <summary>
/// An approver approves a submitted declaration; its family changes go into the Employee master in the same
/// transaction. <paramref name="Version"/> is the version the page showed.
/// </summary>
public sealed record ApproveDeclarationCommand(int TaxYear, Guid DeclarationId, int Version) : ICommand<ReviewActionResult>;
