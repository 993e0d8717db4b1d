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
        var departments = currentUser.Departments;
        if (departments.Count > 0 && (command.DepartmentCode is null || !departments.Contains(command.DepartmentCode.Trim())))
        {
            throw ForbiddenException.Of(MessageKeys.ForbiddenDepartmentOutOfScope);
        }

        var profile = EmployeeProfile.Create(
            command.Name.Trim(), command.NameKana.Trim(), command.BirthDate, command.Gender, command.PostalCode?.Trim(), command.Address?.Trim(),
            command.HireDate, command.LeaveDate, command.DepartmentCode?.Trim(), command.DepartmentName?.Trim(), command.Email?.Trim());
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = employee.UpdateProfile(profile, now);
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
