using Mediator;

namespace YearEndAdjustment.Application.Declarations.WithdrawMyDeclaration;

public sealed record WithdrawMyDeclarationCommand(int TaxYear, int Version) : ICommand<WithdrawMyDeclarationResult>;
