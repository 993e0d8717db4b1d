using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Declarations.GetMyTasks;
using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Infrastructure.Persistence.Queries;

/// <summary>ADR 0063: the employee home's reads compiled once per provider's model, as <see cref="RequestLookups{TContext}"/> are.</summary>
internal sealed class MyTasksReads<TContext>(TContext db) : IMyTasksReads
    where TContext : AppDbContext
{
    private static readonly Func<TContext, EmployeeId, IAsyncEnumerable<OpenDeclarationRow>> Open = EF.CompileAsyncQuery(
        (TContext c, EmployeeId employee) => c.Declarations.AsNoTracking()
            .Where(d => d.EmployeeId == employee && (d.Status != DeclarationStatus.Approved || d.AssistedEditsPendingSinceUtc != null))
            .OrderByDescending(d => d.TaxYear)
            .Select(d => new OpenDeclarationRow(d.TaxYear, d.Status, d.Deadline, d.AssistedEditsPendingSinceUtc != null)));

    private static readonly Func<TContext, EmployeeId, IAsyncEnumerable<MyPublishedResultDto>> Published = EF.CompileAsyncQuery(
        (TContext c, EmployeeId employee) => c.YearEndResults.AsNoTracking()
            .Where(r => r.EmployeeId == employee && r.IsPublished)
            .OrderByDescending(r => r.TaxYear)
            .Select(r => new MyPublishedResultDto(r.TaxYear.Value, r.Difference, r.NotAdjustedReason == NotAdjustedReason.None)));

    public Task<List<OpenDeclarationRow>> OpenDeclarationsAsync(EmployeeId employee, CancellationToken cancellationToken) =>
        Open(db, employee).ReadAllAsync(4, cancellationToken);

    public Task<List<MyPublishedResultDto>> PublishedResultsAsync(EmployeeId employee, CancellationToken cancellationToken) =>
        Published(db, employee).ReadAllAsync(4, cancellationToken);
}
