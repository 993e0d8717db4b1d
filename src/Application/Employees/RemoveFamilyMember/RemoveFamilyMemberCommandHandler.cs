using Mediator;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Employees;

namespace YearEndAdjustment.Application.Employees.RemoveFamilyMember;

public sealed class RemoveFamilyMemberCommandHandler(IAppDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<RemoveFamilyMemberCommand>
{
    public async ValueTask<Unit> Handle(RemoveFamilyMemberCommand command, CancellationToken cancellationToken)
    {
        var employee = await EmployeeChanges.LoadAsync(db, currentUser, command.EmployeeId, command.Version, cancellationToken);
        var memberId = new FamilyMemberId(command.FamilyMemberId);
        var hadMyNumber = employee.FindFamilyMember(memberId).MyNumberCiphertext is not null;

        var now = clock.GetUtcNow().UtcDateTime;
        employee.RemoveFamilyMember(memberId, now);
        db.AuditEntries.Add(AuditEntry.Record(
            employee.TenantId, now, currentUser.AccountId, AuditAction.FamilyMemberRemoved, employee.Id, memberId.Value,
            detail: hadMyNumber ? "myNumber=deleted" : null));
        await EmployeeChanges.SaveAsync(db, cancellationToken);
        return Unit.Value;
    }
}
