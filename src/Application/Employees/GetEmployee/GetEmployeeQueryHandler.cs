using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Employees.GetEmployee;

public sealed class GetEmployeeQueryHandler(IAppDbContext db, ICurrentUser currentUser) : IQueryHandler<GetEmployeeQuery, EmployeeDetailsDto>
{
    public async ValueTask<EmployeeDetailsDto> Handle(GetEmployeeQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequirePermission(Permission.ManageEmployees);
        var id = new EmployeeId(query.EmployeeId);
        var e = await EmployeeScope.Visible(db.Employees.AsNoTracking(), currentUser).SingleOrDefaultAsync(x => x.Id == id, cancellationToken)
            ?? throw NotFoundException.Of(MessageKeys.NotFoundEmployee);
        return new EmployeeDetailsDto(
            e.Id.Value, e.Number.Value, e.Name, e.NameKana, e.BirthDate, e.Gender.ToString(), e.PostalCode, e.Address, e.HireDate,
            e.LeaveDate, e.DepartmentCode, e.DepartmentName, e.Email, e.HasMyNumber,
            e.FamilyMembers.Select(f => new FamilyMemberDto(
                f.Id.Value, f.Name, f.NameKana, f.Relationship.ToString(), f.BirthDate, f.Cohabiting, f.Disability.ToString(),
                f.NonResident, f.EstimatedIncome.Value, f.MyNumberCiphertext is not null, f.EndedOn)).ToList(),
            e.Version,
            e.IsOfficer);
    }
}
