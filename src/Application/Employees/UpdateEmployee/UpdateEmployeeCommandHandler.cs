using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Employees.UpdateEmployee;

public sealed class UpdateEmployeeCommandHandler(IAppDbContext db, ICurrentUser currentUser, ITenantContext tenantContext, TimeProvider clock)
    : ICommandHandler<UpdateEmployeeCommand, UpdateEmployeeResult>
{
    public async ValueTask<UpdateEmployeeResult> Handle(UpdateEmployeeCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequirePermission(Permission.ManageEmployees);
        var tenant = tenantContext.TenantId ?? throw new NotFoundException("テナントが見つかりません。");
        var id = new EmployeeId(command.EmployeeId);
        var employee = await EmployeeScope.Visible(db.Employees, currentUser).SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
            ?? throw new NotFoundException("従業員が見つかりません。");
        if (employee.Version != command.Version)
        {
            throw new DomainRuleViolationException("employee.changed_meanwhile", "この従業員は他の担当者が先に更新しました。画面を開き直して、最新の内容に入力し直してください。");
        }

        var departments = currentUser.Departments;
        if (departments.Count > 0 && (command.DepartmentCode is null || !departments.Contains(command.DepartmentCode.Trim())))
        {
            throw new ForbiddenException("担当外の部署には変更できません。");
        }

        var profile = EmployeeProfile.Create(
            command.Name.Trim(), command.NameKana.Trim(), command.BirthDate, command.Gender, command.PostalCode?.Trim(), command.Address?.Trim(),
            command.HireDate, command.LeaveDate, command.DepartmentCode?.Trim(), command.DepartmentName?.Trim(), command.Email?.Trim());
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = employee.UpdateProfile(profile, now);
        var names = Enum.GetValues<EmployeeFields>().Where(f => f != EmployeeFields.None && IsSingleFlag(f) && changed.HasFlag(f)).Select(f => f.ToString()).ToList();
        if (names.Count > 0)
        {
            // a change of personal data is recorded with the fields, never the values.
            db.AuditEntries.Add(AuditEntry.Record(tenant, now, currentUser.AccountId, AuditAction.EmployeeUpdated, employee.Id, detail: "fields=" + string.Join(',', names)));
            await db.SaveChangesAsync(cancellationToken);
        }

        return new UpdateEmployeeResult(employee.Id.Value, names);
    }

    private static bool IsSingleFlag(EmployeeFields field) => ((int)field & ((int)field - 1)) == 0;
}
