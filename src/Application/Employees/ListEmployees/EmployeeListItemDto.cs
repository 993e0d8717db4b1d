using System.Linq.Expressions;
using YearEndAdjustment.Domain.Employees;

namespace YearEndAdjustment.Application.Employees.ListEmployees;

/// <summary>No My Number here: the list only says whether one is on file.</summary>
public sealed record EmployeeListItemDto(
    Guid Id, string EmployeeNumber, string Name, string NameKana, string? DepartmentCode, string? DepartmentName,
    DateOnly HireDate, DateOnly? LeaveDate, bool HasMyNumber)
{
    /// <summary>The one projection, shared by the list's LINQ and its precompiled reads (ADR 0062).</summary>
    public static readonly Expression<Func<Employee, EmployeeListItemDto>> FromEmployee = e => new EmployeeListItemDto(
        e.Id.Value, e.Number.Value, e.Name, e.NameKana, e.DepartmentCode, e.DepartmentName, e.HireDate, e.LeaveDate,
        e.MyNumberCiphertext != null);
}
