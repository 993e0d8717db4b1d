using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Reminders;

/// <summary>One reminder's addressee: the declaration, the linked account's address and name, the deadline.</summary>
public sealed record ReminderRecipient(DeclarationId DeclarationId, string Email, string DisplayName, DateOnly? Deadline);

/// <summary>
/// Who a reminder goes to: declarations of the year not yet submitted (not started, draft, returned) of employees
/// in the caller's scope, whose linked account is enabled and has an address. Preview, hand-sent and scheduled
/// rounds all count and mail through this one definition.
/// </summary>
public static class ReminderRecipients
{
    public static IQueryable<Declaration> Pending(IAppDbContext db, ICurrentUser user, TaxYear year)
    {
        return InScope(db, user, year).Where(d =>
            (d.Status == DeclarationStatus.NotStarted || d.Status == DeclarationStatus.Draft || d.Status == DeclarationStatus.Returned)
            && db.Accounts.Any(a => a.EmployeeId == d.EmployeeId && !a.IsDisabled && a.Email != null));
    }

    /// <summary>The year's declarations a limited admin may see: those of employees in their departments .</summary>
    public static IQueryable<Declaration> InScope(IAppDbContext db, ICurrentUser user, TaxYear year)
    {
        var declarations = db.Declarations.AsNoTracking().Where(d => d.TaxYear == year);
        var departments = user.Departments;
        if (departments.Count > 0)
        {
            var visible = db.Employees.AsNoTracking().Where(e => e.DepartmentCode != null && departments.Contains(e.DepartmentCode)).Select(e => e.Id);
            declarations = declarations.Where(d => visible.Contains(d.EmployeeId));
        }

        return declarations;
    }

    /// <summary>Addresses for a batch of ids, read again so that a declaration submitted meanwhile drops out.</summary>
    public static async Task<List<ReminderRecipient>> LoadAsync(
        IAppDbContext db, ICurrentUser user, TaxYear year, IReadOnlyCollection<DeclarationId> batch, CancellationToken cancellationToken)
    {
        var rows = await (
                from d in Pending(db, user, year)
                where batch.Contains(d.Id)
                from a in db.Accounts.AsNoTracking()
                where a.EmployeeId == d.EmployeeId && !a.IsDisabled && a.Email != null
                select new { d.Id, a.Email, a.DisplayName, d.Deadline })
            .ToListAsync(cancellationToken);

        // One mail per declaration even if two accounts point at the same employee.
        return [.. rows.GroupBy(r => r.Id).Select(g => g.First()).Select(r => new ReminderRecipient(r.Id, r.Email!, r.DisplayName, r.Deadline))];
    }
}
