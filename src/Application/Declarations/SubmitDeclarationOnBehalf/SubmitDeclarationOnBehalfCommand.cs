using Mediator;
using YearEndAdjustment.Application.Declarations.SubmitMyDeclaration;

namespace YearEndAdjustment.Application.Declarations.SubmitDeclarationOnBehalf;

/// <summary>An admin submits the declaration they entered on the employee's behalf (assisted entry); audited.</summary>
public sealed record SubmitDeclarationOnBehalfCommand(int TaxYear, Guid DeclarationId, int Version) : ICommand<SubmitMyDeclarationResult>;
