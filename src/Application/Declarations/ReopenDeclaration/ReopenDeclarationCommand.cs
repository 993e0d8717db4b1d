using Mediator;

namespace YearEndAdjustment.Application.Declarations.ReopenDeclaration;

/// <summary>An approver reopens an approved declaration; it goes back to the employee as returned, with the reason.</summary>
public sealed record ReopenDeclarationCommand(int TaxYear, Guid DeclarationId, int Version, string Reason) : ICommand<ReviewActionResult>
{
    /// <summary>Identifiers only: the reason may quote personal details.</summary>
    public override string ToString() => $"{nameof(ReopenDeclarationCommand)} {{ TaxYear = {TaxYear}, DeclarationId = {DeclarationId}, Version = {Version} }}";
}
