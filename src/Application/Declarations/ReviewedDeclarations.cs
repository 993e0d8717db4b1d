using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Declarations;

/// <summary>
/// A declaration as an admin reaches it: in the tenant (query filter), in the year of the URL, and of an employee
/// inside the admin's departments; anything else is the same 404 as an unknown id.
/// </summary>
public static class ReviewedDeclarations
{
    public const string ChangedSinceLoadedCode = "declaration.changed_since_loaded";

    public static async Task<Declaration> LoadAsync(IAppDbContext db, ICurrentUser currentUser, int taxYear, Guid declarationId, CancellationToken cancellationToken)
    {
        var id = new DeclarationId(declarationId);
        var year = new TaxYear(taxYear);
        var visible = VisibleEmployees.To(currentUser, db.Employees).Select(e => e.Id);
        return await db.Declarations.SingleOrDefaultAsync(d => d.Id == id && d.TaxYear == year && visible.Contains(d.EmployeeId), cancellationToken)
            ?? throw NotFoundException.Of(MessageKeys.NotFoundDeclaration);
    }

    /// <summary>The page's copy must be the current one: a withdrawal, an edit or another reviewer's action in between refuses.</summary>
    public static void EnsureUnchangedSinceLoaded(Declaration declaration, int version)
    {
        if (declaration.Version != version)
        {
            throw ChangedSinceLoaded();
        }
    }

    /// <summary>Saves; losing the race on the version token (someone saved first) changes nothing.</summary>
    public static async Task SaveAsync(IAppDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw ChangedSinceLoaded();
        }
    }

    private static DomainRuleViolationException ChangedSinceLoaded() =>
        new(ChangedSinceLoadedCode, Messages.Rule(MessageKeys.DeclarationChangedSinceLoaded));
}
