using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Application.Results.Contracts;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Declarations.ListDeclarations;

/// <summary>
/// Without a search, one joined query of declarations and (visible) employees, filtered, ordered by an indexed column,
/// counted up to <see cref="CountLimit"/> and paged by a bounded offset. With a search, the employee ranges of ADR 0029
/// give at most <see cref="CountLimit"/> employees; their declarations' rows are read in chunks, then sorted and paged
/// here — never more than that many rows in memory (ADR 0038).
/// </summary>
public sealed class ListDeclarationsQueryHandler(
    IAppDbContext db, ICurrentUser currentUser, ITenantContext tenantContext, VisibleDepartments departmentLists, IReadModelCache cache, IRequestLookups lookups,
    IEmployeeSearchReads searchReads)
    : IQueryHandler<ListDeclarationsQuery, DeclarationListPage>
{
    public const int PageSize = 50;

    public const int CountLimit = 1000;

    // Below SQL Server's 2,100 parameters per command, with room for the other filters.
    private const int ChunkSize = 500;

    public async ValueTask<DeclarationListPage> Handle(ListDeclarationsQuery query, CancellationToken cancellationToken)
    {
        var tenant = tenantContext.TenantId ?? throw ForbiddenException.Of(MessageKeys.ForbiddenTenantRequired);
        currentUser.RequirePermission(Permission.ReviewDeclarations);

        var employees = VisibleEmployees.To(currentUser, db.Employees.AsNoTracking());
        if (!string.IsNullOrWhiteSpace(query.Department))
        {
            var department = query.Department.Trim();
            employees = employees.Where(e => e.DepartmentCode == department);
        }

        var year = new TaxYear(query.TaxYear);
        var declarations = db.Declarations.AsNoTracking().Where(d => d.TaxYear == year);
        if (!string.IsNullOrEmpty(query.Status))
        {
            var status = Enum.Parse<DeclarationStatus>(query.Status);
            declarations = declarations.Where(d => d.Status == status);
        }

        if (query.HasWarnings)
        {
            declarations = declarations.Where(d => d.WarningCount > 0);
        }

        if (query.HasAttachments)
        {
            declarations = declarations.Where(d => db.Attachments.Any(a => a.DeclarationId == d.Id));
        }

        if (query.ChangedSinceCalculation)
        {
            declarations = declarations.Where(ResultStaleness.ChangedSinceCalculation(db));
        }

        var page = BoundedCount.ClampPage(query.Page, PageSize, CountLimit);
        var (items, total, more) = string.IsNullOrWhiteSpace(query.Search)
            ? await CachedListAsync(Join(declarations, employees), query, page, CountKey(tenant, query), cancellationToken)
            : await SearchAsync(declarations, employees, query, page, cancellationToken);
        var departments = await departmentLists.ListAsync(db, lookups, currentUser, tenant, cancellationToken);
        return new DeclarationListPage(query.TaxYear, items, page, PageSize, total, more, departments);
    }

    // The bounded count of a filter built only from declaration columns (status, warnings) and the department is kept per
    // node under the year's stamp (ADR 0053): counting up to a thousand matches of a status in one department of a large
    // tenant read thousands of rows on every page. Attachments and staleness change without the declaration's stamp
    // moving, so those filters are always counted.
    private string? CountKey(TenantId tenant, ListDeclarationsQuery query) =>
        query.HasAttachments || query.ChangedSinceCalculation
            ? null
            : string.Join(
                '|',
                "declaration-count",
                tenant.Value.ToString("N"),
                query.TaxYear,
                query.Status ?? "",
                query.Department?.Trim() ?? "",
                query.HasWarnings,
                currentUser.DepartmentScopeKey());

    private sealed record CountEntry((int Count, bool More) Value);

    private sealed record PageEntry(List<DeclarationListItemDto> Items, int Total, bool More);

    // A page of such a filter is kept the same way (ADR 0056): an admin going back to the list after a review, or
    // paging back and forth, reads it again only when a declaration of the year has changed (or after MaxAge).
    private async Task<(List<DeclarationListItemDto> Items, int Total, bool More)> CachedListAsync(
        IQueryable<Row> rows, ListDeclarationsQuery query, int page, string? countKey, CancellationToken cancellationToken)
    {
        if (countKey is null)
        {
            return await ListAsync(rows, query, page, null, cancellationToken);
        }

        var stamp = await Support.DeclarationYearStamp.ReadAsync(lookups, [query.TaxYear], cancellationToken);
        var entry = await cache.GetOrComputeAsync(
            $"{countKey}|page|{page}|{query.Sort}|{query.Descending}",
            stamp,
            Support.DeclarationYearStamp.MaxAge,
            async ct =>
            {
                var (items, total, more) = await ListAsync(rows, query, page, (countKey, stamp), ct);
                return new PageEntry(items, total, more);
            },
            cancellationToken);
        return (entry.Items, entry.Total, entry.More);
    }

    // When the bounded count finds at most CountLimit matches, the filter is selective: its rows are read without an
    // ORDER BY (the planner then drives from the filter's own index, as for the count) and sorted here. An ORDER BY
    // would let SQLite, which keeps no statistics, walk the sort column's index over the whole year looking for a rare
    // status. Above the limit the matches are dense enough for the sorted index walk to fill a page quickly.
    private async Task<(List<DeclarationListItemDto> Items, int Total, bool More)> ListAsync(
        IQueryable<Row> rows, ListDeclarationsQuery query, int page, (string Key, string Stamp)? keptCount, CancellationToken cancellationToken)
    {
        var (total, more) = keptCount is not { } kept
            ? await BoundedCount.CountAsync(rows, CountLimit, cancellationToken)
            : (await cache.GetOrComputeAsync(
                kept.Key,
                kept.Stamp,
                Support.DeclarationYearStamp.MaxAge,
                async ct => new CountEntry(await BoundedCount.CountAsync(rows, CountLimit, ct)),
                cancellationToken)).Value;
        if (total == 0)
        {
            return ([], 0, false);
        }

        if (!more)
        {
            var all = await Project(rows.Take(CountLimit)).ToListAsync(cancellationToken);
            return ([.. Sort(all, query.Sort, query.Descending).Skip((page - 1) * PageSize).Take(PageSize)], total, false);
        }

        var items = await Project(Order(rows, query.Sort, query.Descending).Skip((page - 1) * PageSize).Take(PageSize)).ToListAsync(cancellationToken);
        return (items, total, more);
    }

    private async Task<(List<DeclarationListItemDto> Items, int Total, bool More)> SearchAsync(
        IQueryable<Declaration> declarations, IQueryable<Employee> employees, ListDeclarationsQuery query, int page, CancellationToken cancellationToken)
    {
        var matches = new HashSet<EmployeeId>();
        var more = false;
        foreach (var range in Ranges(employees, query, cancellationToken))
        {
            var found = await range();
            more |= found.Count > CountLimit;
            matches.UnionWith(found);
        }

        more |= matches.Count > CountLimit;
        var rows = new List<DeclarationListItemDto>();
        foreach (var chunk in matches.Take(CountLimit).Chunk(ChunkSize))
        {
            var ids = chunk.ToList();
            rows.AddRange(await Project(Join(declarations.Where(d => ids.Contains(d.EmployeeId)), employees)).ToListAsync(cancellationToken));
        }

        var sorted = Sort(rows, query.Sort, query.Descending).Skip((page - 1) * PageSize).Take(PageSize).ToList();
        return (sorted, rows.Count, more);
    }

    // Only the id: the (tenant, key, number, leave date) index and the primary key answer it. A reader who sees every
    // department reads the ranges through the provider's own reads (ADR 0069); a limited one through LINQ over their
    // visible employees.
    private IEnumerable<Func<Task<List<EmployeeId>>>> Ranges(IQueryable<Employee> employees, ListDeclarationsQuery query, CancellationToken cancellationToken)
    {
        var term = query.Search!.Trim();
        if (currentUser.Departments.Count > 0)
        {
            foreach (var range in EmployeeSearch.Ranges(employees, term))
            {
                yield return () => range.Take(CountLimit + 1).Select(e => e.Id).ToListAsync(cancellationToken);
            }

            yield break;
        }

        var department = string.IsNullOrWhiteSpace(query.Department) ? null : query.Department.Trim();
        var parts = SearchTerm.Of(term);
        if (parts.Number is { } number)
        {
            yield return () => searchReads.IdsByNumberAsync(department, number, cancellationToken);
        }

        if (parts.Key.Length > 0)
        {
            foreach (var kind in (SearchKeyKind[])[SearchKeyKind.Name, SearchKeyKind.Kana])
            {
                yield return () => searchReads.IdsByKeyAsync(department, kind, parts.Key, parts.UpperBound, CountLimit + 1, cancellationToken);
            }
        }
    }

    private static IQueryable<Row> Join(IQueryable<Declaration> declarations, IQueryable<Employee> employees) =>
        declarations.Join(employees, d => d.EmployeeId, e => e.Id, (d, e) => new Row { Declaration = d, Employee = e });

    // Each order is one index walk: employee number (TenantId, Number, …) and reading (TenantId, KanaSearch, …) on
    // Employees; status, submission and last change on Declarations (TenantId, TaxYear, column, Id), where the
    // declaration id breaks ties inside the index, so a status shared by 40,000 declarations needs no sort of them all.
    private static IQueryable<Row> Order(IQueryable<Row> rows, DeclarationSort sort, bool descending) => (sort, descending) switch
    {
        (DeclarationSort.Name, false) => rows.OrderBy(r => r.Employee.KanaSearch).ThenBy(r => r.Employee.Number),
        (DeclarationSort.Name, true) => rows.OrderByDescending(r => r.Employee.KanaSearch).ThenByDescending(r => r.Employee.Number),
        (DeclarationSort.Status, false) => rows.OrderBy(r => r.Declaration.Status).ThenBy(r => r.Declaration.Id),
        (DeclarationSort.Status, true) => rows.OrderByDescending(r => r.Declaration.Status).ThenByDescending(r => r.Declaration.Id),
        (DeclarationSort.SubmittedAt, false) => rows.OrderBy(r => r.Declaration.SubmittedAtUtc).ThenBy(r => r.Declaration.Id),
        (DeclarationSort.SubmittedAt, true) => rows.OrderByDescending(r => r.Declaration.SubmittedAtUtc).ThenByDescending(r => r.Declaration.Id),
        (DeclarationSort.UpdatedAt, false) => rows.OrderBy(r => r.Declaration.UpdatedAtUtc).ThenBy(r => r.Declaration.Id),
        (DeclarationSort.UpdatedAt, true) => rows.OrderByDescending(r => r.Declaration.UpdatedAtUtc).ThenByDescending(r => r.Declaration.Id),
        (_, true) => rows.OrderByDescending(r => r.Employee.Number),
        _ => rows.OrderBy(r => r.Employee.Number),
    };

    // The same orders as Order, for at most CountLimit rows in memory.
    private static IEnumerable<DeclarationListItemDto> Sort(List<DeclarationListItemDto> rows, DeclarationSort sort, bool descending)
    {
        var ordinal = StringComparer.Ordinal;
        return (sort, descending) switch
        {
            (DeclarationSort.Name, false) => rows.OrderBy(r => NameSearchKey.Of(r.NameKana), ordinal).ThenBy(r => r.EmployeeNumber, ordinal),
            (DeclarationSort.Name, true) => rows.OrderByDescending(r => NameSearchKey.Of(r.NameKana), ordinal).ThenByDescending(r => r.EmployeeNumber, ordinal),
            (DeclarationSort.Status, false) => rows.OrderBy(r => r.Status, ordinal).ThenBy(r => r.Id),
            (DeclarationSort.Status, true) => rows.OrderByDescending(r => r.Status, ordinal).ThenByDescending(r => r.Id),
            (DeclarationSort.SubmittedAt, false) => rows.OrderBy(r => r.SubmittedAtUtc).ThenBy(r => r.Id),
            (DeclarationSort.SubmittedAt, true) => rows.OrderByDescending(r => r.SubmittedAtUtc).ThenByDescending(r => r.Id),
            (DeclarationSort.UpdatedAt, false) => rows.OrderBy(r => r.UpdatedAtUtc).ThenBy(r => r.Id),
            (DeclarationSort.UpdatedAt, true) => rows.OrderByDescending(r => r.UpdatedAtUtc).ThenByDescending(r => r.Id),
            (_, true) => rows.OrderByDescending(r => r.EmployeeNumber, ordinal),
            _ => rows.OrderBy(r => r.EmployeeNumber, ordinal),
        };
    }

    private IQueryable<DeclarationListItemDto> Project(IQueryable<Row> rows) => rows.Select(r => new DeclarationListItemDto(
        r.Declaration.Id.Value,
        r.Employee.Number.Value,
        r.Employee.Name,
        r.Employee.NameKana,
        r.Employee.DepartmentCode,
        r.Employee.DepartmentName,
        r.Declaration.Status.ToString(),
        r.Declaration.SubmittedAtUtc,
        r.Declaration.UpdatedAtUtc,
        r.Declaration.WarningCount,
        db.Attachments.Any(a => a.DeclarationId == r.Declaration.Id)));

    private sealed class Row
    {
        public required Declaration Declaration { get; init; }

        public required Employee Employee { get; init; }
    }
}
