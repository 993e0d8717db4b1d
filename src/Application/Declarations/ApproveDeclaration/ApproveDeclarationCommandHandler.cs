using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Declarations.ApproveDeclaration;

/// <summary>
/// Approves and applies the declared family to the master in one SaveChanges (one transaction): the declaration's new
/// status, the family rows, one audit row per family change (fields only, R-21) and the approval's own audit row
/// commit together or not at all (ADR 0038).
/// </summary>
public sealed class ApproveDeclarationCommandHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<ApproveDeclarationCommand, ReviewActionResult>
{
    public async ValueTask<ReviewActionResult> Handle(ApproveDeclarationCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequirePermission(Permission.ApproveDeclarations);
        var declaration = await ReviewedDeclarations.LoadAsync(db, currentUser, command.TaxYear, command.DeclarationId, cancellationToken);
        ReviewedDeclarations.EnsureUnchangedSinceLoaded(declaration, command.Version);

        var now = clock.GetUtcNow().UtcDateTime;
        declaration.Approve(now);
        var employee = await db.Employees.SingleAsync(e => e.Id == declaration.EmployeeId, cancellationToken);
        var changes = employee.ApplyDeclaredFamily(DeclaredFamily.From(declaration.Forms), now);
        var source = $"declaration={declaration.Id.Value}";
        foreach (var change in changes)
        {
            var (action, detail) = change.Kind switch
            {
                FamilyMasterChangeKind.Added => (AuditAction.FamilyMemberAdded, source),
                FamilyMasterChangeKind.Ended => (AuditAction.FamilyMemberEnded, source),
                _ => (AuditAction.FamilyMemberUpdated, source + " fields=" + string.Join(',', FieldNames(change.Fields))),
            };
            db.AuditEntries.Add(AuditEntry.Record(declaration.TenantId, now, currentUser.AccountId, action, employee.Id, change.MemberId.Value, detail));
        }

        db.AuditEntries.Add(AuditEntry.Record(
            declaration.TenantId, now, currentUser.AccountId, AuditAction.DeclarationApproved, declaration.EmployeeId,
            detail: $"{source} familyChanges={changes.Count}"));
        await ReviewedDeclarations.SaveAsync(db, cancellationToken);
        return new ReviewActionResult(declaration.Id.Value, declaration.Status.ToString(), declaration.Version, changes.Count);
    }

    private static IEnumerable<string> FieldNames(FamilyMemberFields fields) =>
        Enum.GetValues<FamilyMemberFields>().Where(f => f != FamilyMemberFields.None && fields.HasFlag(f)).Select(f => f.ToString());
}
