using Mediator;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Employees;

namespace YearEndAdjustment.Application.Employees.UpdateFamilyMember;

public sealed class UpdateFamilyMemberCommandHandler(IAppDbContext db, ICurrentUser currentUser, IMyNumberProtector protector, TimeProvider clock)
    : ICommandHandler<UpdateFamilyMemberCommand, UpdateFamilyMemberResult>
{
    public async ValueTask<UpdateFamilyMemberResult> Handle(UpdateFamilyMemberCommand command, CancellationToken cancellationToken)
    {
        var employee = await EmployeeChanges.LoadAsync(db, currentUser, command.EmployeeId, command.Version, cancellationToken);
        var memberId = new FamilyMemberId(command.FamilyMemberId);
        var details = command.ToDetails();
        var myNumber = command.ParseMyNumber() is { } number ? await protector.ProtectAsync(number, cancellationToken) : null;

        var now = clock.GetUtcNow().UtcDateTime;
        var changed = employee.UpdateFamilyMember(memberId, details, now);
        var numberChanged = command.RemoveMyNumber
            ? employee.ClearFamilyMemberMyNumber(memberId, now)
            : myNumber is not null && employee.SetFamilyMemberMyNumber(memberId, myNumber, now);
        if (numberChanged)
        {
            changed |= FamilyMemberFields.MyNumber;
        }

        var names = EmployeeChanges.FieldNames(changed);
        if (names.Count > 0)
        {
            // a change of personal data is recorded with the fields, never the values.
            db.AuditEntries.Add(AuditEntry.Record(
                employee.TenantId, now, currentUser.AccountId, AuditAction.FamilyMemberUpdated, employee.Id, memberId.Value,
                detail: "fields=" + string.Join(',', names)));
            await EmployeeChanges.SaveAsync(db, cancellationToken);
        }

        return new UpdateFamilyMemberResult(employee.Id.Value, memberId.Value, names);
    }
}
