using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Declarations;

/// <summary>The signed-in account's own employee and declaration; never chosen by an id from the request.</summary>
public static class MyDeclarations
{
    public const string NoEmployeeMessage = "このアカウントには従業員情報が登録されていないため、申告書はありません。担当者に連絡してください。";

    public static async Task<EmployeeId> RequireEmployeeAsync(IAppDbContext db, ICurrentUser currentUser, CancellationToken cancellationToken)
    {
        var accountId = currentUser.RequireAccount();
        var employeeId = await db.Accounts.Where(a => a.Id == accountId).Select(a => a.EmployeeId).SingleOrDefaultAsync(cancellationToken);
        return employeeId ?? throw new NotFoundException(NoEmployeeMessage);
    }

    public static Task<Declaration?> FindAsync(IAppDbContext db, EmployeeId employeeId, int taxYear, CancellationToken cancellationToken)
    {
        var year = new TaxYear(taxYear);
        return db.Declarations.SingleOrDefaultAsync(d => d.EmployeeId == employeeId && d.TaxYear == year, cancellationToken);
    }

    public static async Task<Declaration> RequireAsync(IAppDbContext db, EmployeeId employeeId, int taxYear, CancellationToken cancellationToken) =>
        await FindAsync(db, employeeId, taxYear, cancellationToken)
        ?? throw new NotFoundException($"{taxYear}年分の申告書はまだ保存されていません。");
}
