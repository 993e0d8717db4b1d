using Mediator;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Employees.UpdateEmployee;

public sealed class UpdateEmployeeCommandHandler(IAppDbContext db, ICurrentUser currentUser, ITenantContext tenantContext, TimeProvider clock)
    : ICommandHandler<UpdateEmployeeCommand, UpdateEmployeeResult>
{
    public async ValueTask<UpdateEmployeeResult> Handle(UpdateEmployeeCommand command, CancellationToken cancellationToken)
    {
        var employee = await EmployeeChanges.LoadAsync(db, currentUser, command.EmployeeId, command.Version, cancellationToken);
        var tenant = tenantContext.TenantId ?? throw NotFoundException.Of(MessageKeys.NotFoundTenant);
        var departmentCode = EmployeeFieldText.Code(command.DepartmentCode);
        if (!EmployeeScope.Includes(currentUser.Departments, departmentCode))
        {
            throw ForbiddenException.Of(MessageKeys.ForbiddenDepartmentOutOfScope);
        }

        // Normalised as an import of the same text would be, so that export → import changes nothing (ADR 0023).
        var profile = EmployeeProfile.Create(
            EmployeeFieldText.Name(command.Name), EmployeeFieldText.Kana(command.NameKana), command.BirthDate, command.Gender,
            EmployeeFieldText.PostalCode(command.PostalCode), EmployeeFieldText.Address(command.Address),
            command.HireDate, command.LeaveDate, departmentCode, EmployeeFieldText.DepartmentName(command.DepartmentName),
            EmployeeFieldText.Email(command.Email));
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = employee.UpdateProfile(profile, now);
        if (command.IsOfficer is { } officer && employee.SetOfficer(officer, now))
        {
            changed |= EmployeeFields.Officer;
        }

        var names = EmployeeChanges.FieldNames(changed);
        if (names.Count > 0)
        {
            // a change of personal data is recorded with the fields, never the values.
            db.AuditEntries.Add(AuditEntry.Record(tenant, now, currentUser.AccountId, AuditAction.EmployeeUpdated, employee.Id, detail: "fields=" + string.Join(',', names)));
            await EmployeeChanges.SaveAsync(db, cancellationToken);
        }

        return new UpdateEmployeeResult(employee.Id.Value, names);
    }
}
