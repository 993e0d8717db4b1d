using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Declarations;

/// <summary>The signed-in account's own employee and declaration; never chosen by an id from the request.</summary>
public static class MyDeclarations
{
    public static async Task<EmployeeId> RequireEmployeeAsync(IAppDbContext db, ICurrentUser currentUser, CancellationToken cancellationToken) =>
        await currentUser.FindEmployeeAsync(db, cancellationToken) ?? throw NotFoundException.Of(MessageKeys.DeclarationNoEmployee);

    public static Task<Declaration?> FindAsync(IAppDbContext db, EmployeeId employeeId, int taxYear, CancellationToken cancellationToken) =>
        Of(db.Declarations, employeeId, taxYear).SingleOrDefaultAsync(cancellationToken);

    /// <summary>
    /// For queries: nothing is saved, so the aggregate is read without change tracking, by a precompiled query or, on
    /// SQLite, a kept statement (every step view of the flow reads it; ADR 0062, 0066).
    /// </summary>
    public static Task<Declaration?> FindForReadAsync(IRequestLookups lookups, EmployeeId employeeId, int taxYear, CancellationToken cancellationToken) =>
        lookups.FindDeclarationAsync(employeeId, taxYear, cancellationToken);

    public static async Task<Declaration> RequireAsync(IAppDbContext db, EmployeeId employeeId, int taxYear, CancellationToken cancellationToken) =>
        await FindAsync(db, employeeId, taxYear, cancellationToken)
        ?? throw new NotFoundException(Messages.Get(MessageKeys.DeclarationNotSaved, taxYear));

    private static IQueryable<Declaration> Of(IQueryable<Declaration> declarations, EmployeeId employeeId, int taxYear)
    {
        var year = new TaxYear(taxYear);
        return declarations.Where(d => d.EmployeeId == employeeId && d.TaxYear == year);
    }
}
