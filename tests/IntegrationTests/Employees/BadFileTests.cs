using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Application.Employees.ImportEmployees;
using YearEndAdjustment.Application.Employees.PreviewEmployeeImport;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Employees.Support;

namespace YearEndAdjustment.IntegrationTests.Employees;

/// <summary>The corpus of broken uploads (Corpus/): each gets its own clear message with line and column, and nothing is written.</summary>
public sealed class BadFileTests(EmployeesWebApplicationFactory factory) : IClassFixture<EmployeesWebApplicationFactory>
{
    [Theory]
    [InlineData("wrong-encoding-utf16.csv", 0L, null, "UTF-16")]
    [InlineData("wrong-encoding-euc-jp.csv", 1L, null, "文字コード")]
    [InlineData("wrong-encoding-invalid-bytes.csv", 2L, null, "文字コードを判別できません")]
    [InlineData("excel-workbook.csv", 0L, null, "Excel 形式")]
    [InlineData("empty.csv", 0L, null, "ファイルが空です")]
    [InlineData("header-only.csv", 0L, null, "データ行がありません")]
    [InlineData("missing-required-column.csv", 1L, "生年月日", "必須の列がありません")]
    [InlineData("duplicate-employee-number.csv", 4L, "社員番号", "2 行目と重複")]
    [InlineData("invalid-my-number.csv", 2L, "個人番号", "検査用数字")]
    [InlineData("unterminated-quote.csv", 3L, null, "閉じられていません")]
    [InlineData("formula-values.csv", 2L, "氏名", "数式")]
    public async Task Import_BadFile_ReportsLineColumnAndWritesNothing(string file, long line, string? column, string message)
    {
        var tenant = await factory.NewTenantAsync("bad-" + Path.GetFileNameWithoutExtension(file)[..Math.Min(20, file.Length - 4)].TrimEnd('-'));

        var preview = await factory.SendAsync<EmployeeImportPreview>(new PreviewEmployeeImportQuery(CsvText.File(file)), tenant);
        var result = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.File(file)), tenant);

        Assert.False(preview.IsValid);
        Assert.False(result.Applied);
        Assert.Contains(result.Errors, e => e.Line == line && e.Column == column && e.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal(0, await CountAsync(tenant));
    }

    [Fact]
    public async Task Import_InvalidDates_ReportsEachRow()
    {
        var tenant = await factory.NewTenantAsync("bad-dates");

        var result = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.File("invalid-dates.csv")), tenant);

        Assert.False(result.Applied);
        Assert.Contains(result.Errors, e => e is { Line: 2, Column: "生年月日" } && e.Message.Contains("存在しない日付", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e is { Line: 3, Column: "生年月日" } && e.Message.Contains("月は1〜12", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e is { Line: 4, Column: "入社日" } && e.Message.Contains("令和は2019年5月1日から", StringComparison.Ordinal));
        Assert.Equal(0, await CountAsync(tenant));
    }

    [Fact]
    public async Task Import_TooManyAndTooFewFields_ReportsBothRows()
    {
        var tenant = await factory.NewTenantAsync("bad-fields");

        var result = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.File("field-count.csv")), tenant);

        Assert.Contains(result.Errors, e => e.Line == 2 && e.Message.Contains("この行 17 列", StringComparison.Ordinal));
        Assert.Contains(result.Errors, e => e.Line == 3 && e.Message.Contains("この行 4 列", StringComparison.Ordinal));
        Assert.Equal(0, await CountAsync(tenant));
    }

    [Fact]
    public async Task Import_FormulaLookingValues_ReportsEveryCell()
    {
        var tenant = await factory.NewTenantAsync("bad-formula");

        var result = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.File("formula-values.csv")), tenant);

        Assert.Equal(["住所", "氏名", "部署名"], result.Errors.Select(e => e.Column!).Order());
    }

    [Fact]
    public async Task Import_UserDefinedCharacter_IsRefusedWithLineAndColumn()
    {
        var tenant = await factory.NewTenantAsync("bad-gaiji");
        var bytes = new List<byte>(CsvText.ShiftJis.GetBytes("社員番号,氏名,フリガナ,生年月日,入社日,部署名\r\nE001,山田 太郎,ヤマダ タロウ,1985/04/01,2010/04/01,総務部\r\nE002,山"));
        bytes.AddRange([0xF0, 0x9F]); // a CP932 user-defined character (外字)
        bytes.AddRange(CsvText.ShiftJis.GetBytes(" 花子,ヤマ ハナコ,1990/01/01,2015/04/01,総務部\r\n"));

        var result = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(new MemoryStream([.. bytes])), tenant);

        Assert.False(result.Applied);
        var error = Assert.Single(result.Errors);
        Assert.Equal((3L, "氏名"), (error.Line, error.Column));
        Assert.Contains("外字", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_FileOverSizeLimit_IsRefusedBeforeParsing()
    {
        var tenant = await factory.NewTenantAsync("bad-size");
        var row = System.Text.Encoding.UTF8.GetBytes(CsvText.Row("E001") + "\r\n");
        var big = new MemoryStream();
        var header = System.Text.Encoding.UTF8.GetBytes(CsvText.Header + "\r\n");
        big.Write(header);
        while (big.Length < 60L * 1024 * 1024)
        {
            big.Write(row);
        }

        big.Position = 0;

        var result = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(big), tenant);

        Assert.False(result.Applied);
        Assert.Contains("上限 50 MB", result.Errors.Single().Message, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(tenant));
    }

    [Fact]
    public async Task Import_NonSeekableStreamOverLimit_IsRefused()
    {
        var tenant = await factory.NewTenantAsync("bad-size-stream");
        var bytes = new byte[50 * 1024 * 1024 + 1];
        Array.Fill(bytes, (byte)'a');

        var result = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(new ForwardOnlyStream(bytes)), tenant);

        Assert.Contains("上限 50 MB", result.Errors.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_ErrorMessages_NeverRepeatCellValues()
    {
        var tenant = await factory.NewTenantAsync("bad-no-echo");
        var file = CsvText.Utf8(CsvText.Header, CsvText.Row("E001", birth: "1985/13/45", myNumber: "987654321098", kana: "YAMADA"));

        var result = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(file), tenant);

        Assert.Equal(3, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.DoesNotMatch("1985|987654321098|YAMADA|13|45", e.Message));
    }

    private async Task<int> CountAsync(TenantId tenant)
    {
        await using var scope = factory.TenantScope(tenant);
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Employees.CountAsync();
    }

    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
