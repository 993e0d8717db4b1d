using YearEndAdjustment.Application.Employees.Import;
using YearEndAdjustment.Application.Employees.ImportEmployees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Employees.Support;

using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Employees;

/// <summary>
/// ADR 0025: the import writes chunks while it still reads, so an error found after some chunks were written must
/// still leave the database exactly as it was.
/// </summary>
public abstract class StreamingImportTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : EmployeesWebApplicationFactory
{
    private static readonly int Rows = ImportEmployeesCommandHandler.ChunkSize * 2 + 10;

    [Fact]
    public async Task Import_ErrorOnTheLastLine_AfterChunksWereWritten_WritesNothing()
    {
        var tenant = await factory.NewTenantAsync("stream-last");
        var lines = ValidLines(Rows).Append(CsvText.Row("X999", birth: "2025/02/30")).ToArray();

        var result = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(lines)), tenant);

        Assert.False(result.Applied);
        var error = Assert.Single(result.Errors);
        Assert.Equal(Rows + 2, error.Line);
        Assert.Equal("生年月日", error.Column);
        Assert.Equal(0, await CountAsync(tenant));
    }

    [Fact]
    public async Task Import_MyNumberOfAStoredEmployee_FoundOnlyAtTheEnd_WritesNothing()
    {
        var tenant = await factory.NewTenantAsync("stream-holder");
        var taken = MyNumbers.Valid(424242);
        var first = await factory.SendAsync<EmployeeImportResult>(
            new ImportEmployeesCommand(CsvText.Utf8(CsvText.Header, CsvText.Row("H001", myNumber: taken))), tenant);
        Assert.True(first.Applied);

        // The new rows come first and fill chunks; the conflict is only certain once the file has been read (H001 is
        // not in it, so it keeps the number).
        var lines = ValidLines(Rows).Append(CsvText.Row("Z001", myNumber: taken)).ToArray();
        var result = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(lines)), tenant);

        Assert.False(result.Applied);
        Assert.Equal("個人番号", Assert.Single(result.Errors).Column);
        Assert.Equal(1, await CountAsync(tenant));
    }

    [Fact]
    public async Task Import_LargeValidFile_WritesEveryRowAndReportsProgress()
    {
        var tenant = await factory.NewTenantAsync("stream-ok");
        var progress = new RecordingProgress();

        var result = await factory.SendAsync<EmployeeImportResult>(
            new ImportEmployeesCommand(CsvText.Utf8(ValidLines(Rows).ToArray()), Progress: progress), tenant);

        Assert.True(result.Applied, string.Join(" / ", result.Errors));
        Assert.Equal(Rows, result.Added);
        Assert.Equal(Rows, await CountAsync(tenant));
        var reading = progress.Reports.Where(p => p.Stage == EmployeeImportStage.Writing).ToList();
        Assert.NotEmpty(reading);
        Assert.All(reading, p => Assert.InRange(p.Done, 1, p.Total));
        Assert.Equal(new EmployeeImportProgress(EmployeeImportStage.Finishing, 1, 1), progress.Reports[^1]);

        // The 初期パスワード column is there (as in the template) but empty: no hashing pass.
        Assert.Contains("初期パスワード", CsvText.Header);
        Assert.DoesNotContain(progress.Reports, p => p.Stage is EmployeeImportStage.HashingPasswords or EmployeeImportStage.Reading);
    }

    [Fact]
    public async Task Import_InitialPasswordAfterChunksWereWritten_RollsBackHashesFirstThenWritesOnce()
    {
        var tenant = await factory.NewTenantAsync("stream-password");
        var progress = new RecordingProgress();
        var lines = ValidLines(Rows)
            .Append("P001,上田 一郎,ウエダ イチロウ,1980/01/01,男,100-0001,東京都千代田区千代田1-1,2010/04/01,,D01,総務部,p001@example.jp,,ueda,一般,quiet river stone bridge,")
            .ToArray();

        var result = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Utf8(lines), Progress: progress), tenant);

        Assert.True(result.Applied, string.Join(" / ", result.Errors));
        Assert.Equal((Rows + 1, 1), (result.Added, result.AccountsCreated));
        Assert.Equal(Rows + 1, await CountAsync(tenant));
        Assert.Contains(progress.Reports, p => p is { Stage: EmployeeImportStage.HashingPasswords, Done: 1, Total: 1 });
    }

    private static IEnumerable<string> ValidLines(int rows) =>
        new[] { CsvText.Header }.Concat(Enumerable.Range(1, rows).Select(i => CsvText.Row($"S{i:D6}", myNumber: MyNumbers.Valid(1_000_000 + i))));

    private async Task<int> CountAsync(TenantId tenant)
    {
        await using var scope = factory.TenantScope(tenant);
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Employees.CountAsync();
    }

    private sealed class RecordingProgress : IProgress<EmployeeImportProgress>
    {
        public List<EmployeeImportProgress> Reports { get; } = [];

        public void Report(EmployeeImportProgress value)
        {
            lock (Reports)
            {
                Reports.Add(value);
            }
        }
    }
}

/// <summary>On SQLite, the embedded default.</summary>
public sealed class StreamingImportTests(EmployeesWebApplicationFactory factory) : StreamingImportTests<EmployeesWebApplicationFactory>(factory);

/// <summary>The same tests on PostgreSQL (ADR 0045).</summary>
public sealed class StreamingImportTestsOnPostgreSql(PostgreSqlEmployeesWebApplicationFactory factory) : StreamingImportTests<PostgreSqlEmployeesWebApplicationFactory>(factory);
