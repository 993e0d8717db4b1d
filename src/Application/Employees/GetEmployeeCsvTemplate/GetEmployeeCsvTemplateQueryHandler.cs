using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.Accounts;
using Mediator;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Application.Employees.Import;

namespace YearEndAdjustment.Application.Employees.GetEmployeeCsvTemplate;

public sealed class GetEmployeeCsvTemplateQueryHandler(ICurrentUser currentUser, ICsvFileWriterFactory writers) : IQueryHandler<GetEmployeeCsvTemplateQuery, CsvTemplateFile>
{
    public async ValueTask<CsvTemplateFile> Handle(GetEmployeeCsvTemplateQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequirePermission(Permission.ManageEmployees);
        using var buffer = new MemoryStream();
        await using (var writer = writers.Create(buffer, query.Encoding))
        {
            writer.WriteRow(EmployeeCsvLayout.Header);
            await writer.FlushAsync(cancellationToken);
        }

        var (suffix, charset) = query.Encoding == CsvTextEncoding.ShiftJis ? ("sjis", "shift_jis") : ("utf8", "utf-8");
        return new CsvTemplateFile($"employees-template-{suffix}.csv", $"text/csv; charset={charset}", buffer.ToArray());
    }
}
