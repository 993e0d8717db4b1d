using Mediator;

namespace YearEndAdjustment.Application.Declarations.SaveMyDeclaration;

/// <summary>
/// The signed-in employee saves their forms (autosave included). <paramref name="Version"/> is the version the
/// screen was filled from (0 before the first save): a stale one is refused and nothing is written.
/// <paramref name="Step"/> is the guided flow's page to resume at next time (optional).
/// </summary>
public sealed record SaveMyDeclarationCommand(int TaxYear, int Version, DeclarationFormsDto Forms, string? Step = null) : ICommand<SaveMyDeclarationResult>
{
    /// <summary>Identifiers only: the generated text would print names, incomes and My Numbers.</summary>
    public override string ToString() => $"{nameof(SaveMyDeclarationCommand)} {{ TaxYear = {TaxYear}, Version = {Version} }}";
}
