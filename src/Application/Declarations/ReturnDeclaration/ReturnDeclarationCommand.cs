using Mediator;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Application.Declarations.ReturnDeclaration;

/// <summary>
/// The reviewer sends a submitted declaration back with comments on individual items (field or line paths from
/// <see cref="DeclarationFieldPaths"/>; an empty path is a general comment). <paramref name="Version"/> is the version
/// the page showed.
/// </summary>
public sealed record ReturnDeclarationCommand(int TaxYear, Guid DeclarationId, int Version, IReadOnlyList<ReviewComment> Comments)
    : ICommand<ReviewActionResult>
{
    /// <summary>Identifiers only: comments may quote names or amounts.</summary>
    public override string ToString() => $"{nameof(ReturnDeclarationCommand)} {{ TaxYear = {TaxYear}, DeclarationId = {DeclarationId}, Version = {Version} }}";
}
