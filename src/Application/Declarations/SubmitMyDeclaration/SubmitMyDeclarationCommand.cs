using Mediator;

namespace YearEndAdjustment.Application.Declarations.SubmitMyDeclaration;

public sealed record SubmitMyDeclarationCommand(int TaxYear, int Version) : ICommand<SubmitMyDeclarationResult>;
