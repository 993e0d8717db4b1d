using System.IO.Compression;
using System.Text;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Application.Employees.ExportTenantData;
using YearEndAdjustment.Application.Employees.ImportEmployees;
using YearEndAdjustment.Application.Employees.ImportPayrollTotals;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Employees.Support;

namespace YearEndAdjustment.IntegrationTests.Employees;

/// <summary>R-04: the exact rows of the employee, family and payroll files, in both encodings.</summary>
public sealed class TenantExportContentTests(EmployeesWebApplicationFactory factory) : IClassFixture<EmployeesWebApplicationFactory>
{
    [Theory]
    [InlineData(CsvTextEncoding.Utf8WithBom)]
    [InlineData(CsvTextEncoding.ShiftJis)]
    public async Task Export_WritesEveryEmployeeFamilyMemberAndPayrollRow(CsvTextEncoding encoding)
    {
        var tenant = await factory.NewTenantAsync("zip-rows-" + (encoding == CsvTextEncoding.ShiftJis ? "sjis" : "utf8"));
        await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Sample("employees-utf8.csv")), tenant);
        await factory.SendAsync<PayrollTotalsImportResult>(new ImportPayrollTotalsCommand(CsvText.Sample("payroll-totals-2025-utf8.csv"), 2025), tenant);
        await factory.SendAsync<PayrollTotalsImportResult>(new ImportPayrollTotalsCommand(CsvText.Utf8(
            "社員番号,給与支給額,賞与支給額,源泉徴収税額,社会保険料等", "0004,100,0,10,20", "0002,300,0,30,40"), 2024), tenant);
        await AddFamilyAsync(tenant, "0002",
            FamilyMemberDetails.Create("佐藤 次郎", "サトウ ジロウ", FamilyRelationship.Spouse, new DateOnly(1988, 5, 6), true, DisabilityKind.None, false, new Yen(480_000)),
            FamilyMemberDetails.Create("佐藤 桜", "サトウ サクラ", FamilyRelationship.Child, new DateOnly(2015, 1, 2), true, DisabilityKind.General, false, Yen.Zero));
        await AddFamilyAsync(tenant, "0001",
            FamilyMemberDetails.Create("山田 梅", "ヤマダ ウメ", FamilyRelationship.Parent, new DateOnly(1950, 12, 31), false, DisabilityKind.None, true, new Yen(1_000_000)));

        var archive = new MemoryStream();
        var result = await factory.SendAsync<TenantExportResult>(new ExportTenantDataCommand(archive, encoding), tenant);

        Assert.True(result.Written, string.Join(" / ", result.Problems));
        using var zip = new ZipArchive(new MemoryStream(archive.ToArray()));
        string Text(string name)
        {
            using var reader = new StreamReader(zip.GetEntry(name)!.Open(), encoding == CsvTextEncoding.ShiftJis ? CsvText.ShiftJis : Encoding.UTF8);
            return reader.ReadToEnd();
        }

        Assert.Equal(
            """
            社員番号,氏名,フリガナ,生年月日,性別,郵便番号,住所,入社日,退職日,部署コード,部署名,メールアドレス,個人番号登録
            0001,山田 太郎,ヤマダ タロウ,1985/04/01,Male,100-0001,東京都千代田区千代田1-1,2010/04/01,,D01,総務部,yamada@example.jp,あり
            0002,佐藤 花子,サトウ ハナコ,1990/12/31,Female,105-0011,"東京都港区芝公園4-2-8, 3階",2015/04/01,,D02,営業部,sato@example.jp,あり
            0003,鈴木 一郎,スズキ イチロウ,1978/07/15,Male,530-0001,大阪府大阪市北区梅田1-1,2020/10/01,,D02,営業部,,なし
            0004,髙橋 由美,タカハシ ユミ,1993/03/03,Female,460-0008,愛知県名古屋市中区栄3-3,2021/04/01,2024/03/31,D03,"開発部 ""第一""課",takahashi@example.jp,なし
            0005,伊藤 健,イトウ ケン,1992/08/08,NotStated,812-0011,福岡県福岡市博多区博多駅前2-2 博多ビル5階,2020/04/01,,D03,開発部,ito@example.jp,なし

            """.ReplaceLineEndings("\r\n"),
            Text("employees.csv"));

        // Ordered by employee number and by year; the order within one employee or one year is not specified.
        AssertRows(Text("family-members.csv"), "社員番号,氏名,フリガナ,続柄,生年月日,同居,障害,非居住者,所得見積額,個人番号登録",
        [
            "0001,山田 梅,ヤマダ ウメ,Parent,1950/12/31,0,None,1,1000000,なし",
            "0002,佐藤 次郎,サトウ ジロウ,Spouse,1988/05/06,1,None,0,480000,なし",
            "0002,佐藤 桜,サトウ サクラ,Child,2015/01/02,1,General,0,0,なし",
        ], key: 0);
        AssertRows(Text("payroll-totals.csv"), "社員番号,年分,給与支給額,賞与支給額,源泉徴収税額,社会保険料等,前職支払金額,前職源泉徴収税額,前職社会保険料等",
        [
            "0002,2024,300,0,30,40,0,0,0",
            "0004,2024,100,0,10,20,0,0,0",
            "0001,2025,4800000,1200000,152300,864000,0,0,0",
            "0002,2025,3600000,900000,98700,648000,1200000,35000,180000",
            "0003,2025,5000000,0,160000,900000,0,0,0",
        ], key: 1);
        Assert.Equal(
            [("employees.csv", 5L), ("family-members.csv", 3L), ("payroll-totals.csv", 5L)],
            result.Files.Where(f => f.Name is "employees.csv" or "family-members.csv" or "payroll-totals.csv").Select(f => (f.Name, f.Rows)));
    }

    [Fact]
    public async Task ShiftJisExport_WithACharacterCp932Lacks_ListsWhereAndIsNotWritten()
    {
        var tenant = await factory.NewTenantAsync("zip-sjis-lack");
        await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(CsvText.Sample("employees-utf8.csv")), tenant);
        // 𠮷 (U+20BB7, the "tsuchi-yoshi" variant common in surnames) has no CP932 code.
        await AddFamilyAsync(tenant, "0003",
            FamilyMemberDetails.Create("𠮷田 花", "ヨシダ ハナ", FamilyRelationship.Child, new DateOnly(2012, 4, 5), true, DisabilityKind.None, false, Yen.Zero));

        var result = await factory.SendAsync<TenantExportResult>(new ExportTenantDataCommand(new MemoryStream(), CsvTextEncoding.ShiftJis), tenant);
        var utf8 = await factory.SendAsync<TenantExportResult>(new ExportTenantDataCommand(new MemoryStream(), CsvTextEncoding.Utf8WithBom), tenant);

        Assert.False(result.Written);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((2L, "family-members.csv: 氏名"), (problem.Line, problem.Column));
        Assert.DoesNotContain("𠮷", problem.ToString());
        Assert.True(utf8.Written);
    }

    private static void AssertRows(string text, string header, string[] expected, int key)
    {
        var lines = text.Split("\r\n");
        Assert.Equal(header, lines[0]);
        Assert.Equal("", lines[^1]);
        var rows = lines[1..^1];
        Assert.Equal(expected.Order(StringComparer.Ordinal), rows.Order(StringComparer.Ordinal));
        var keys = rows.Select(r => r.Split(',')[key]).ToArray();
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
    }

    private async Task AddFamilyAsync(TenantId tenant, string number, params FamilyMemberDetails[] members)
    {
        await using var scope = factory.TenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var employee = await db.Employees.SingleAsync(e => e.Number == EmployeeNumber.Create(number));
        foreach (var member in members)
        {
            employee.AddFamilyMember(member, DateTime.UtcNow);
        }

        await db.SaveChangesAsync();
    }
}
