using YearEndAdjustment.Application.Employees.ImportEmployees;
using YearEndAdjustment.Application.Employees.PreviewEmployeeImport;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Employees.Support;

using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Employees;

/// <summary>R-10 through the real pipeline: preview, confirm, upsert by 社員番号, normalisation, My Numbers encrypted.</summary>
public abstract class ImportEmployeesTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : EmployeesWebApplicationFactory
{
    [Fact]
    public async Task Preview_ValidFile_ListsAddedRowsAndWritesNothing()
    {
        var tenant = await factory.NewTenantAsync("imp-preview");

        var preview = await factory.SendAsync<EmployeeImportPreview>(
            new PreviewEmployeeImportQuery(CsvText.Utf8(CsvText.Header, CsvText.Row("E001"), CsvText.Row("E002"))), tenant);

        Assert.True(preview.IsValid);
        Assert.Equal((2, 0, 0), (preview.Added, preview.Changed, preview.Unchanged));
        Assert.Equal(["E001", "E002"], preview.Items.Select(i => i.EmployeeNumber));
        Assert.Equal("Utf8", preview.Encoding);
        Assert.Matches("^[0-9a-f]{64}$", preview.Fingerprint);
        Assert.Equal(0, await CountAsync(tenant));
    }

    [Fact]
    public async Task Import_ValidFile_AddsEmployeesWithNormalisedValues()
    {
        var tenant = await factory.NewTenantAsync("imp-add");
        var file = CsvText.Utf8(
            CsvText.Header,
            // Full-width digits and letters, half-width kana, hiragana kana, 和暦 dates, postcode without hyphen.
            "Ｅ００１,山田　太郎,ﾔﾏﾀﾞ ﾀﾛｳ,昭和60年4月1日,男性,1000001,東京都千代田区千代田１－１,H22.4.1,,ｄ０１,総務部,ＴＡＲＯ＠ＥＸＡＭＰＬＥ.JP,,,,,",
            "E002,佐藤 花子,さとう はなこ,1990-12-31,女,100-0002,\"東京都港区芝公園4-2-8, 3階\",20150401,,D02,\"営業部 \"\"第一\"\"課\",,,,,,");

        var result = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(file), tenant);

        Assert.True(result.Applied, string.Join(" / ", result.Errors));
        Assert.Equal(2, result.Added);
        await using var scope = factory.TenantScope(tenant);
        var employees = await Db(scope).Employees.OrderBy(e => e.Number).ToListAsync();
        var yamada = employees[0];
        Assert.Equal("E001", yamada.Number.Value);
        Assert.Equal("山田 太郎", yamada.Name);
        Assert.Equal("ヤマダ タロウ", yamada.NameKana);
        Assert.Equal(new DateOnly(1985, 4, 1), yamada.BirthDate);
        Assert.Equal(new DateOnly(2010, 4, 1), yamada.HireDate);
        Assert.Equal("100-0001", yamada.PostalCode);
        Assert.Equal("東京都千代田区千代田1-1", yamada.Address);
        Assert.Equal("d01", yamada.DepartmentCode);
        Assert.Equal("TARO@EXAMPLE.JP", yamada.Email);
        Assert.Equal(Gender.Male, yamada.Gender);
        var sato = employees[1];
        Assert.Equal("サトウ ハナコ", sato.NameKana);
        Assert.Equal("東京都港区芝公園4-2-8, 3階", sato.Address);
        Assert.Equal("営業部 \"第一\"課", sato.DepartmentName);
        Assert.Equal(new DateOnly(2015, 4, 1), sato.HireDate);
    }

    [Fact]
    public async Task Preview_FullWidthInput_ShowsNormalisedValues()
    {
        var tenant = await factory.NewTenantAsync("imp-normal");

        var preview = await factory.SendAsync<EmployeeImportPreview>(new PreviewEmployeeImportQuery(CsvText.Utf8(
            CsvText.Header, CsvText.Row("Ｅ００１", kana: "ﾔﾏﾀﾞ ﾀﾛｳ", myNumber: "１２３４ ５６７８ ９０１８"))), tenant);

        var cells = preview.Items.Single().NormalizedCells;
        Assert.Contains(cells, c => c is { Column: "社員番号", Value: "E001" });
        Assert.Contains(cells, c => c is { Column: "フリガナ", Value: "ヤマダ タロウ" });
        Assert.DoesNotContain(cells, c => c.Value.Contains("9018", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_SameFileTwice_SecondRunChangesNothing()
    {
        var tenant = await factory.NewTenantAsync("imp-rerun");
        string[] lines = [CsvText.Header, CsvText.Row("E001", myNumber: MyNumbers.Valid(1)), CsvText.Row("E002", leave: "2020/03/31")];
        await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(lines)), tenant);
        var versions = await VersionsAsync(tenant);

        var preview = await factory.SendAsync<EmployeeImportPreview>(new PreviewEmployeeImportQuery(CsvText.Utf8(lines)), tenant);
        var second = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(lines)), tenant);

        Assert.Equal((0, 0, 2, 0), (preview.Added, preview.Changed, preview.Unchanged, preview.ToDisable));
        Assert.Empty(preview.Items);
        Assert.Equal((0, 0, 2), (second.Added, second.Changed, second.Unchanged));
        Assert.Equal(versions, await VersionsAsync(tenant));
    }

    [Fact]
    public async Task Preview_ChangedFields_ListsColumnsAndLeavers()
    {
        var tenant = await factory.NewTenantAsync("imp-change");
        await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(CsvText.Header, CsvText.Row("E001"), CsvText.Row("E002"))), tenant);

        var preview = await factory.SendAsync<EmployeeImportPreview>(new PreviewEmployeeImportQuery(CsvText.Utf8(
            CsvText.Header,
            CsvText.Row("E001", departmentName: "人事部", myNumber: MyNumbers.Valid(7)),
            CsvText.Row("E002", leave: "2021/03/31"),
            CsvText.Row("E003"))), tenant);

        Assert.Equal((1, 2, 0, 1, 0), (preview.Added, preview.Changed, preview.Unchanged, preview.Leaving, preview.ToDisable));
        var e001 = preview.Items.Single(i => i.EmployeeNumber == "E001");
        Assert.Equal(["部署名", "個人番号"], e001.ChangedColumns);
        var e002 = preview.Items.Single(i => i.EmployeeNumber == "E002");
        Assert.True(e002.Leaves);
        Assert.False(e002.WillBeDisabled); // no user ID to disable
        Assert.Equal(["退職日"], e002.ChangedColumns);
    }

    [Fact]
    public async Task Import_FileWithoutOptionalColumns_KeepsStoredValues()
    {
        var tenant = await factory.NewTenantAsync("imp-partial");
        await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(CsvText.Header, CsvText.Row("E001", myNumber: MyNumbers.Valid(11)))), tenant);

        // Columns in another order, only the required ones plus 部署名.
        var result = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(
            "入社日,部署名,フリガナ,氏名,生年月日,社員番号",
            "2010/04/01,経理部,ヤマダ タロウ,山田 太郎,1985/04/01,E001")), tenant);

        Assert.Equal(1, result.Changed);
        await using var scope = factory.TenantScope(tenant);
        var employee = await Db(scope).Employees.SingleAsync();
        Assert.Equal("経理部", employee.DepartmentName);
        Assert.Equal("D01", employee.DepartmentCode);
        Assert.Equal("100-0001", employee.PostalCode);
        Assert.True(employee.HasMyNumber);
    }

    [Fact]
    public async Task Import_ShiftJisWithJapaneseEraDates_Imports()
    {
        var tenant = await factory.NewTenantAsync("imp-sjis");
        var file = CsvText.Sjis(CsvText.Header, "E001,髙橋 一郎,ﾀｶﾊｼ ｲﾁﾛｳ,S50.1.31,男,1500001,東京都渋谷区①,令和元年5月1日,,D01,開発部,,,,,,");

        var preview = await factory.SendAsync<EmployeeImportPreview>(new PreviewEmployeeImportQuery(CsvText.Sjis(
            CsvText.Header, "E001,髙橋 一郎,ﾀｶﾊｼ ｲﾁﾛｳ,S50.1.31,男,1500001,東京都渋谷区①,令和元年5月1日,,D01,開発部,,,,,,")), tenant);
        var result = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(file), tenant);

        Assert.Equal("ShiftJis", preview.Encoding);
        Assert.True(result.Applied, string.Join(" / ", result.Errors));
        await using var scope = factory.TenantScope(tenant);
        var employee = await Db(scope).Employees.SingleAsync();
        Assert.Equal("髙橋 一郎", employee.Name);
        Assert.Equal("タカハシ イチロウ", employee.NameKana);
        Assert.Equal(new DateOnly(1975, 1, 31), employee.BirthDate);
        Assert.Equal(new DateOnly(2019, 5, 1), employee.HireDate);
    }

    [Fact]
    public async Task Import_WithMyNumber_StoresOnlyCiphertextAndAudits()
    {
        var tenant = await factory.NewTenantAsync("imp-mynumber");
        var digits = MyNumbers.Valid(123456789);

        await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(CsvText.Header, CsvText.Row("E001", myNumber: digits))), tenant);

        await using var scope = factory.TenantScope(tenant);
        var employee = await Db(scope).Employees.SingleAsync();
        Assert.NotNull(employee.MyNumberCiphertext);
        Assert.DoesNotContain(digits, System.Text.Encoding.ASCII.GetString(employee.MyNumberCiphertext!), StringComparison.Ordinal);
        Assert.DoesNotContain(digits[..8], employee.MyNumberLookup!, StringComparison.Ordinal);
        var audit = await Db(scope).AuditEntries.SingleAsync();
        Assert.Equal(AuditAction.EmployeesImported, audit.Action);
        Assert.Contains("added=1", audit.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(digits, audit.Detail!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MyNumberHeldByAnotherEmployee_IsRefused()
    {
        var tenant = await factory.NewTenantAsync("imp-mn-dup");
        var digits = MyNumbers.Valid(555);
        await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(CsvText.Header, CsvText.Row("E001", myNumber: digits))), tenant);

        var result = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(CsvText.Header, CsvText.Row("E002", myNumber: digits))), tenant);

        Assert.False(result.Applied);
        var error = Assert.Single(result.Errors);
        Assert.Equal((2L, "個人番号"), (error.Line, error.Column));
        Assert.Equal(1, await CountAsync(tenant));
    }

    [Fact]
    public async Task Import_FileDifferentFromPreview_WritesNothing()
    {
        var tenant = await factory.NewTenantAsync("imp-fingerprint");
        var preview = await factory.SendAsync<EmployeeImportPreview>(new PreviewEmployeeImportQuery(CsvText.Utf8(CsvText.Header, CsvText.Row("E001"))), tenant);

        var result = await factory.SendAsync<EmployeeImportResult>(
            new ImportEmployeesCommand(CsvText.Utf8(CsvText.Header, CsvText.Row("E001"), CsvText.Row("E002")), preview.Fingerprint), tenant);

        Assert.False(result.Applied);
        Assert.Contains("プレビュー", result.Errors.Single().Message, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(tenant));
    }

    [Fact]
    public async Task Import_FileMatchingPreviewFingerprint_Applies()
    {
        var tenant = await factory.NewTenantAsync("imp-confirm");
        var preview = await factory.SendAsync<EmployeeImportPreview>(new PreviewEmployeeImportQuery(CsvText.Utf8(CsvText.Header, CsvText.Row("E001"))), tenant);

        var result = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(CsvText.Header, CsvText.Row("E001")), preview.Fingerprint), tenant);

        Assert.True(result.Applied);
        Assert.Equal(1, await CountAsync(tenant));
    }

    [Theory]
    [InlineData("employees-utf8.csv", "Utf8WithBom")]
    [InlineData("employees-sjis.csv", "ShiftJis")]
    public async Task Import_SampleFile_ImportsEveryRow(string sample, string encoding)
    {
        var tenant = await factory.NewTenantAsync("imp-sample-" + encoding.ToLowerInvariant());

        var preview = await factory.SendAsync<EmployeeImportPreview>(new PreviewEmployeeImportQuery(CsvText.Sample(sample)), tenant);
        var result = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Sample(sample)), tenant);

        Assert.Equal(encoding, preview.Encoding);
        Assert.True(result.Applied, string.Join(" / ", result.Errors));
        Assert.True(result.Added >= 5);
        Assert.Equal(result.Added, await CountAsync(tenant));
    }

    [Fact]
    public async Task Import_MoreRowsThanOneMultiRowInsert_WritesEveryRowOnce()
    {
        var tenant = await factory.NewTenantAsync("imp-many");
        var lines = new[] { CsvText.Header }.Concat(Enumerable.Range(1, 123).Select(i => CsvText.Row($"E{i:D4}", myNumber: MyNumbers.Valid(10_000 + i)))).ToArray();

        var result = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(lines)), tenant);
        var again = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(lines)), tenant);

        Assert.Equal(123, result.Added);
        Assert.Equal(123, again.Unchanged);
        Assert.Equal(123, await CountAsync(tenant));
    }

    private async Task<int> CountAsync(TenantId tenant)
    {
        await using var scope = factory.TenantScope(tenant);
        return await Db(scope).Employees.CountAsync();
    }

    private async Task<List<int>> VersionsAsync(TenantId tenant)
    {
        await using var scope = factory.TenantScope(tenant);
        return await Db(scope).Employees.OrderBy(e => e.Number).Select(e => e.Version).ToListAsync();
    }

    private static AppDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<AppDbContext>();
}

/// <summary>On SQLite, the embedded default.</summary>
public sealed class ImportEmployeesTests(EmployeesWebApplicationFactory factory) : ImportEmployeesTests<EmployeesWebApplicationFactory>(factory);

/// <summary>The same tests on PostgreSQL (ADR 0045).</summary>
public sealed class ImportEmployeesTestsOnPostgreSql(PostgreSqlEmployeesWebApplicationFactory factory) : ImportEmployeesTests<PostgreSqlEmployeesWebApplicationFactory>(factory);
