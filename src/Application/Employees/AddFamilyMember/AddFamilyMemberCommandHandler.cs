using Mediator;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Domain.AccessLogs;

namespace YearEndAdjustment.Application.Employees.AddFamilyMember;

public sealed class AddFamilyMemberCommandHandler(IAppDbContext db, ICurrentUser currentUser, IMyNumberProtector protector, TimeProvider clock)
    : ICommandHandler<AddFamilyMemberCommand, AddFamilyMemberResult>
{
    public async ValueTask<AddFamilyMemberResult> Handle(AddFamilyMemberCommand command, CancellationToken cancellationToken)
    {
        var employee = await EmployeeChanges.LoadAsync(db, currentUser, command.EmployeeId, command.Version, cancellationToken);
        var details = command.ToDetails();
        var myNumber = command.ParseMyNumber() is { } number ? await protector.ProtectAsync(number, cancellationToken) : null;

        var now = clock.GetUtcNow().UtcDateTime;
        var member = employee.AddFamilyMember(details, now);
        if (myNumber is not null)
        {
            employee.SetFamilyMemberMyNumber(member.Id, myNumber, now);
        }

        // who added whose relative, and whether a My Number came with it; never the values.
        db.AuditEntries.Add(AuditEntry.Record(
            employee.TenantId, now, currentUser.AccountId, AuditAction.FamilyMemberAdded, employee.Id, member.Id.Value,
            detail: myNumber is null ? null : "myNumber=registered"));
        await EmployeeChanges.SaveAsync(db, cancellationToken);
        return new AddFamilyMemberResult(employee.Id.Value, member.Id.Value);
    }
}
