using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Employees;

/// <summary>
/// An admin's change to one employee on screen (Y-01): the permission, the department scope, and the version
/// the form was filled from, so that a change someone else saved in between is never overwritten.
/// </summary>
public static class EmployeeChanges
{
    public const string ChangedMeanwhileCode = "employee.changed_meanwhile";

    /// <summary>The employee, tracked; 404 outside the tenant or the admin's departments, 409 when the version is stale.</summary>
    public static async Task<Employee> LoadAsync(IAppDbContext db, ICurrentUser currentUser, Guid employeeId, int version, CancellationToken cancellationToken)
    {
        currentUser.RequirePermission(Permission.ManageEmployees);
        var id = new EmployeeId(employeeId);
        var employee = await EmployeeScope.Visible(db.Employees, currentUser).SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
            ?? throw NotFoundException.Of(MessageKeys.NotFoundEmployee);
        if (employee.Version != version)
        {
            throw ChangedMeanwhile();
        }

        return employee;
    }

    /// <summary>Saves; a save that lost the race with another (the version token no longer matches) changes nothing.</summary>
    public static async Task SaveAsync(IAppDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw ChangedMeanwhile();
        }
    }

    /// <summary>The names of the single flags set in <paramref name="changed"/>, for an audit detail (never the values, R-21).</summary>
    public static IReadOnlyList<string> FieldNames<TFields>(TFields changed)
        where TFields : struct, Enum =>
        Enum.GetValues<TFields>().Where(f => IsSingleFlag(Convert.ToInt64(f, System.Globalization.CultureInfo.InvariantCulture)) && changed.HasFlag(f))
            .Select(f => f.ToString()).ToList();

    private static bool IsSingleFlag(long field) => field != 0 && (field & (field - 1)) == 0;

    private static DomainRuleViolationException ChangedMeanwhile() => new(ChangedMeanwhileCode, Messages.Rule(MessageKeys.EmployeeChangedMeanwhile));
}
