using YearEndAdjustment.Domain.Accounts;
using Mediator;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Application.Employees.Import;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Employees.PreviewPayrollTotalsImport;

public sealed class PreviewPayrollTotalsImportQueryHandler(ICurrentUser currentUser, IAppDbContext db, ICsvFileReader reader)
    : IQueryHandler<PreviewPayrollTotalsImportQuery, PayrollTotalsImportPreview>
{
    public async ValueTask<PayrollTotalsImportPreview> Handle(PreviewPayrollTotalsImportQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequirePermission(Permission.ManageEmployees);
        var plan = await new PayrollTotalsImportPlanner(db, reader, currentUser).PlanAsync(query.Content, new TaxYear(query.TaxYear), cancellationToken);
        return new PayrollTotalsImportPreview(plan.IsValid, plan.Encoding?.ToString(), plan.Fingerprint, plan.Added, plan.Changed,
            plan.Unchanged, plan.Errors.Count, plan.ReportedErrors, plan.Warnings);
    }
}
