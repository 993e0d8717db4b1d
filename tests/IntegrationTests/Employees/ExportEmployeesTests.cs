using System.Text;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Application.Employees.ExportEmployees;
using YearEndAdjustment.Application.Employees.GetEmployeeCsvTemplate;
using YearEndAdjustment.Application.Employees.ImportEmployees;
using YearEndAdjustment.Application.Employees.PreviewEmployeeImport;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Employees.Support;

namespace YearEndAdjustment.IntegrationTests.Employees;

/// <summary>Exports in the template layout: round trip, encodings, formula neutralisation, My Numbers only with permission.</summary>
public sealed class ExportEmployeesTests(EmployeesWebApplicationFactory factory) : IClassFixture<EmployeesWebApplicationFactory>
{
    [Theory]
    [InlineData(CsvTextEncoding.Utf8WithBom)]
    [InlineData(CsvTextEncoding.ShiftJis)]
    public async Task Export_ThenImport_ReportsNoChanges(CsvTextEncoding encoding)
    {
        var tenant = await factory.NewTenantAsync("exp-round-" + (encoding == CsvTextEncoding.ShiftJis ? "sjis" : "utf"));
        await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Sample("employees-utf8.csv")), tenant);
        await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Sample("employees-sjis.csv")), tenant);

        var exported = new MemoryStream();
        var result = await factory.SendAsync<EmployeeExportResult>(new ExportEmployeesCommand(exported, encoding), tenant);
        exported.Position = 0;
        var preview = await factory.SendAsync<EmployeeImportPreview>(new PreviewEmployeeImportQuery(exported), tenant);

        Assert.True(result.Written);
        Assert.Equal(10, result.RowCount);
        Assert.True(preview.IsValid, string.Join(" / ", preview.Errors));
        Assert.Equal((0, 0, 10), (preview.Added, preview.Changed, preview.Unchanged));
    }

    [Fact]
    public async Task Export_Utf8_StartsWithBomAndTemplateHeaderWithoutMyNumbers()
    {
        var tenant = await factory.NewTenantAsync("exp-layout");
        var digits = MyNumbers.Valid(42);
        await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(CsvText.Header, CsvText.Row("E001", myNumber: digits))), tenant);

        var exported = new MemoryStream();
        await factory.SendAsync<EmployeeExportResult>(new ExportEmployeesCommand(exported), tenant);
        var bytes = exported.ToArray();
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith(CsvText.TemplateHeader + "\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain(digits, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_ShiftJisWithCharacterOutsideCp932_ReportsCellAndWritesNothing()
    {
        var tenant = await factory.NewTenantAsync("exp-sjis-bad");
        await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(
            CsvText.Header, CsvText.Row("E001"), CsvText.Row("E002", name: "𠮷田 花子"))), tenant);

        var exported = new MemoryStream();
        var result = await factory.SendAsync<EmployeeExportResult>(new ExportEmployeesCommand(exported, CsvTextEncoding.ShiftJis), tenant);

        Assert.False(result.Written);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((3L, "氏名"), (problem.Line, problem.Column));
        Assert.Equal(0, exported.Length);
    }

    [Fact]
    public async Task Export_FormulaLookingValue_IsNeutralisedWithApostrophe()
    {
        var tenant = await factory.NewTenantAsync("exp-formula");
        await using (var scope = factory.TenantScope(tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var profile = EmployeeProfile.Create("=HYPERLINK(\"http://evil\")", "ヤマダ", new DateOnly(1980, 1, 1), Gender.NotStated,
                null, "@SUM(1)", new DateOnly(2000, 4, 1), null, null, "-総務部", "+x@example.jp");
            db.Employees.Add(Employee.Register(tenant, EmployeeNumber.Create("E001"), profile, DateTime.UtcNow));
            await db.SaveChangesAsync();
        }

        var exported = new MemoryStream();
        await factory.SendAsync<EmployeeExportResult>(new ExportEmployeesCommand(exported, CsvTextEncoding.Utf8), tenant);
        var text = Encoding.UTF8.GetString(exported.ToArray());

        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\")\"", text, StringComparison.Ordinal);
        Assert.Contains(",'@SUM(1),", text, StringComparison.Ordinal);
        Assert.Contains(",'-総務部,", text, StringComparison.Ordinal);
        Assert.Contains(",'+x@example.jp,", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_WithMyNumbersWithoutPermission_IsForbiddenAndAudited()
    {
        var tenant = await factory.NewTenantAsync("exp-mn-denied");
        factory.AccessPolicy.Allow = false;

        await Assert.ThrowsAsync<ForbiddenException>(() =>
            factory.SendAsync<EmployeeExportResult>(new ExportEmployeesCommand(new MemoryStream(), IncludeMyNumbers: true), tenant));

        Assert.Equal([AuditAction.MyNumberExportDenied], await AuditActionsAsync(tenant));
    }

    [Fact]
    public async Task Export_WithMyNumbersAndPermission_IncludesDigitsAndIsAudited()
    {
        var tenant = await factory.NewTenantAsync("exp-mn-allowed");
        var digits = MyNumbers.Valid(4242);
        await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(CsvText.Header, CsvText.Row("E001", myNumber: digits))), tenant);
        factory.AccessPolicy.Allow = true;
        try
        {
            var exported = new MemoryStream();
            await factory.SendAsync<EmployeeExportResult>(new ExportEmployeesCommand(exported, CsvTextEncoding.Utf8, IncludeMyNumbers: true), tenant);

            Assert.Contains("," + digits + ",", Encoding.UTF8.GetString(exported.ToArray()), StringComparison.Ordinal);
            Assert.Contains(AuditAction.EmployeesExportedWithMyNumbers, await AuditActionsAsync(tenant));
        }
        finally
        {
            factory.AccessPolicy.Allow = false;
        }
    }

    [Theory]
    [InlineData(CsvTextEncoding.Utf8WithBom, "employees-template-utf8.csv")]
    [InlineData(CsvTextEncoding.ShiftJis, "employees-template-sjis.csv")]
    public async Task Template_EachEncoding_IsTheHeaderRowOnly(CsvTextEncoding encoding, string fileName)
    {
        var template = await factory.SendAsync<CsvTemplateFile>(new GetEmployeeCsvTemplateQuery(encoding));

        var text = encoding == CsvTextEncoding.ShiftJis
            ? CsvText.ShiftJis.GetString(template.Content)
            : Encoding.UTF8.GetString(template.Content.AsSpan(3));
        Assert.Equal(fileName, template.FileName);
        Assert.Equal(CsvText.TemplateHeader + "\r\n", text);
    }

    private async Task<List<AuditAction>> AuditActionsAsync(TenantId tenant)
    {
        await using var scope = factory.TenantScope(tenant);
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.OrderBy(a => a.OccurredAtUtc).Select(a => a.Action).ToListAsync();
    }
}
