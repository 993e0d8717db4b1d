using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Outputs.Support;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Application.Results.Contracts;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Outputs;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Outputs.GetMunicipalitySummary;

/// <summary>
/// RunCalculations or ExportData, within the admin's departments: the same results the 統一CSV writes (approved
/// declarations), summed per municipality from the stored figures, so the page needs no slip built. One narrow row per
/// employee is streamed and added up; nothing personal leaves the handler.
/// </summary>
public sealed class GetMunicipalitySummaryQueryHandler(IAppDbContext db, ICurrentUser currentUser)
    : IQueryHandler<GetMunicipalitySummaryQuery, MunicipalitySummaryDto>
{
    public async ValueTask<MunicipalitySummaryDto> Handle(GetMunicipalitySummaryQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequireAccount();
        if (!currentUser.Has(Permission.RunCalculations) && !currentUser.Has(Permission.ExportData))
        {
            throw ForbiddenException.Of(MessageKeys.ForbiddenPermission);
        }

        var year = new TaxYear(query.TaxYear);
        var stale = await ResultScope.Visible(db.YearEndResults.AsNoTracking(), db, currentUser)
            .Where(r => r.TaxYear == year)
            .Where(ResultStaleness.IsStale(db))
            .CountAsync(cancellationToken);
        var rows = from r in OutputScope.Results(db, currentUser, query.TaxYear)
                   join e in db.Employees.AsNoTracking() on r.EmployeeId equals e.Id
                   select new { e.MunicipalityCode, e.IsOfficer, r.NotAdjustedReason, r.SalaryTotal, r.AnnualTax, r.WithheldTaxTotal };

        var thresholds = TaxOfficeSubmissionThresholds.For(query.TaxYear);
        var totals = new SortedDictionary<string, MunicipalityRow>(StringComparer.Ordinal);
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var code = row.MunicipalityCode ?? string.Empty;
            var adjusted = row.NotAdjustedReason == NotAdjustedReason.None;
            var left = row.NotAdjustedReason == NotAdjustedReason.LeftDuringYear;

            // The slip's 源泉徴収税額: the annual tax when adjusted, what was withheld otherwise (as the slip prints it).
            var tax = adjusted ? row.AnnualTax : row.WithheldTaxTotal;

            // Officers take the lower thresholds (ADR 0052, §3.5).
            var toTaxOffice = thresholds.Requires(row.SalaryTotal, adjusted, row.NotAdjustedReason == NotAdjustedReason.SecondaryColumn, left, row.IsOfficer);
            var t = totals.GetValueOrDefault(code) ?? new MunicipalityRow(code, 0, 0, 0, 0, 0, 0);
            totals[code] = t with
            {
                Employees = t.Employees + 1,
                SpecialCollection = t.SpecialCollection + (left ? 0 : 1),
                Leavers = t.Leavers + (left ? 1 : 0),
                PaymentTotal = t.PaymentTotal + row.SalaryTotal,
                WithholdingTaxTotal = t.WithholdingTaxTotal + tax,
                TaxOfficeCopies = t.TaxOfficeCopies + (toTaxOffice ? 1 : 0),
            };
        }

        return new MunicipalitySummaryDto(query.TaxYear, [.. totals.Values], stale);
    }
}
