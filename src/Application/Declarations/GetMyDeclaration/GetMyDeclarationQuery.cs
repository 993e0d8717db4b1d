using Mediator;

namespace YearEndAdjustment.Application.Declarations.GetMyDeclaration;

/// <summary>The signed-in employee's declaration for the year (a not-started one when nothing is saved yet).</summary>
public sealed record GetMyDeclarationQuery(int TaxYear) : IQuery<DeclarationDto>;
