using Mediator;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Declarations.ReturnDeclaration;

public sealed class ReturnDeclarationCommandHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<ReturnDeclarationCommand, ReviewActionResult>
{
    public async ValueTask<ReviewActionResult> Handle(ReturnDeclarationCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequirePermission(Permission.ReviewDeclarations);
        var declaration = await ReviewedDeclarations.LoadAsync(db, currentUser, command.TaxYear, command.DeclarationId, cancellationToken);
        ReviewedDeclarations.EnsureUnchangedSinceLoaded(declaration, command.Version);

        // Every comment must point at an item the declaration has (or be general), so the employee's flow can take
        // them straight to it.
        var paths = DeclarationFieldPaths.Flatten(declaration.Forms).Keys.ToList();
        var comments = command.Comments.Select(c => new ReviewComment(c.FieldPath.Trim(), c.Text.Trim())).ToList();
        if (comments.Any(c => c.FieldPath.Length > 0 && !paths.Any(p => p == c.FieldPath || p.StartsWith(c.FieldPath + ".", StringComparison.Ordinal))))
        {
            throw new DomainRuleViolationException(MessageKeys.DeclarationCommentPathUnknown, Messages.Rule(MessageKeys.DeclarationCommentPathUnknown));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        declaration.Return(comments, now);
        db.AuditEntries.Add(AuditEntry.Record(
            declaration.TenantId, now, currentUser.AccountId, AuditAction.DeclarationReturned, declaration.EmployeeId,
            detail: $"declaration={declaration.Id.Value} comments={comments.Count}"));
        await ReviewedDeclarations.SaveAsync(db, cancellationToken);
        return new ReviewActionResult(declaration.Id.Value, declaration.Status.ToString(), declaration.Version);
    }
}
