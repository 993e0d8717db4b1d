using Mediator;
using YearEndAdjustment.Application.Declarations.SaveMyDeclaration;

namespace YearEndAdjustment.Application.Declarations.SaveDeclarationOnBehalf;

/// <summary>
/// An admin saves the forms of an employee's declaration on the employee's behalf (assisted entry). Like the
/// employee's own save: whole forms, the Version the screen was filled from; the history rows are marked assisted and
/// the declaration waits for the employee's confirmation. The employee's resume point is left alone.
/// </summary>
public sealed record SaveDeclarationOnBehalfCommand(int TaxYear, Guid DeclarationId, int Version, DeclarationFormsDto Forms) : ICommand<SaveMyDeclarationResult>
{
    /// <summary>Identifiers only: the generated text would print names, incomes and My Numbers.</summary>
    public override string ToString() => $"{nameof(SaveDeclarationOnBehalfCommand)} {{ TaxYear = {TaxYear}, DeclarationId = {DeclarationId}, Version = {Version} }}";
}
