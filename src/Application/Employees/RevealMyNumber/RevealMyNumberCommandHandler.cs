using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Employees.RevealMyNumber;

public sealed class RevealMyNumberCommandHandler(
    IAppDbContext db,
    IMyNumberProtector protector,
    IMyNumberAccessPolicy accessPolicy,
    ITenantContext tenantContext,
    ICurrentUser currentUser,
    TimeProvider clock) : ICommandHandler<RevealMyNumberCommand, RevealedMyNumber>
{
    public async ValueTask<RevealedMyNumber> Handle(RevealMyNumberCommand command, CancellationToken cancellationToken)
    {
        var tenantId = tenantContext.TenantId ?? throw ForbiddenException.Of(MessageKeys.ForbiddenTenantRequired);
        var employeeId = new EmployeeId(command.EmployeeId);
        var employee = await db.Employees.AsNoTracking().FirstOrDefaultAsync(e => e.Id == employeeId, cancellationToken)
            ?? throw NotFoundException.Of(MessageKeys.NotFoundStaffMember);

        var now = clock.GetUtcNow().UtcDateTime;
        if (!await accessPolicy.MayRevealAsync(cancellationToken))
        {
            // A refused attempt is itself worth knowing about (PPC guideline: records of system use).
            db.AuditEntries.Add(AuditEntry.Record(tenantId, now, currentUser.AccountId, AuditAction.MyNumberRevealDenied, employeeId, command.FamilyMemberId));
            await db.SaveChangesAsync(cancellationToken);
            throw ForbiddenException.Of(MessageKeys.ForbiddenMyNumberReveal);
        }

        var ciphertext = command.FamilyMemberId is { } memberId
            ? employee.FindFamilyMember(new FamilyMemberId(memberId)).MyNumberCiphertext
            : employee.MyNumberCiphertext;
        if (ciphertext is null)
        {
            throw NotFoundException.Of(MessageKeys.NotFoundMyNumber);
        }

        var myNumber = await protector.UnprotectAsync(ciphertext, cancellationToken);
        db.AuditEntries.Add(AuditEntry.Record(tenantId, now, currentUser.AccountId, AuditAction.MyNumberRevealed, employeeId, command.FamilyMemberId));
        await db.SaveChangesAsync(cancellationToken);
        return new RevealedMyNumber(myNumber.RevealDigits());
    }
}
