using Microsoft.EntityFrameworkCore;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Employees.Support;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Employees;

/// <summary>The admin screens over HTTP: upload → preview → confirm, list, detail, audited reveal, export, permissions.</summary>
public sealed partial class EmployeePagesTests(AuthWebApplicationFactory factory) : IClassFixture<AuthWebApplicationFactory>
{
    [Fact]
    public async Task ImportSample_PreviewThenConfirm_ListsEmployees_AndReimportChangesNothing()
    {
        var (admin, _) = await factory.AdminClientAsync("emp-import");
        var sample = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "samples", "employees-sjis.csv"));

        var preview = await PreviewAsync(admin, "emp-import", sample);
        var confirmed = await ConfirmAsync(admin, "emp-import", preview);
        var list = await admin.GetStringAsync("/emp-import/admin/employees?status=All");
        var again = await PreviewAsync(admin, "emp-import", sample);

        Assert.Contains("Shift_JIS", preview, StringComparison.OrdinalIgnoreCase);
        Assert.Matches("追加: [1-9][0-9]* 人", preview);
        Assert.Contains("取り込みました", await confirmed.Content.ReadAsStringAsync());
        Assert.Contains("1001", list);
        Assert.Contains("追加: 0 人", again);
        Assert.Contains("変更: 0 人", again);
    }

    [Fact]
    public async Task BadFile_ShowsLineAndColumn_AndOffersNoConfirm()
    {
        var (admin, _) = await factory.AdminClientAsync("emp-bad");
        var csv = "社員番号,氏名,フリガナ,生年月日,入社日\r\n2001,山田 太郎,ヤマダ タロウ,2025/02/30,2020/04/01\r\n";

        var preview = await PreviewAsync(admin, "emp-bad", Encoding.UTF8.GetBytes(csv));

        Assert.Contains("2行目「生年月日」", preview);
        Assert.DoesNotContain("この内容で取り込む", preview);

        // A refused upload is not kept for the confirm step (issue 9 item 9): nothing of it stays stored.
        await using var db = factory.OpenDetachedContext();
        var tenant = (await db.Tenants.ToListAsync()).Single(t => t.Slug.Value == "emp-bad").Id;
        Assert.False(await db.PendingUploads.IgnoreQueryFilters().AnyAsync(u => u.TenantId == tenant));
    }

    [Fact]
    public async Task EmptyFile_IsCalledEmpty_NotMissing()
    {
        var (admin, _) = await factory.AdminClientAsync("emp-empty");

        var preview = await PreviewAsync(admin, "emp-empty", []);

        Assert.Contains("ファイルが空です", preview);
        Assert.DoesNotContain(">CSVファイルを選んでください。<", preview);
    }

    [Fact]
    public async Task Detail_RevealsMyNumberOnlyByPost_AndAuditsIt()
    {
        var (admin, _) = await factory.AdminClientAsync("emp-reveal");
        var sample = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "samples", "employees-utf8.csv"));
        await ConfirmAsync(admin, "emp-reveal", await PreviewAsync(admin, "emp-reveal", sample));
        var list = await admin.GetStringAsync("/emp-reveal/admin/employees?q=0001");
        var id = EmployeeLink().Match(list).Groups[1].Value;

        var detail = await admin.GetStringAsync($"/emp-reveal/admin/employees/{id}");
        var revealed = await AuthWebApplicationFactory.PostFormAsync(admin, $"/emp-reveal/admin/employees/{id}", new Dictionary<string, string>(), $"/emp-reveal/admin/employees/{id}?handler=Reveal");

        Assert.DoesNotContain("123456789018", detail);
        Assert.Contains("****-****-****", detail);
        Assert.Contains("123456789018", await revealed.Content.ReadAsStringAsync());
        await using var scope = factory.SystemScope();
        var audit = await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.IgnoreQueryFilters()
            .CountAsync(a => a.Action == AuditAction.MyNumberRevealed);
        Assert.True(audit >= 1);
    }

    [Fact]
    public async Task LimitedAdminWithoutMyNumberPermission_CannotReveal_AndSeesOnlyOwnDepartment()
    {
        var (admin, _) = await factory.AdminClientAsync("emp-limited");
        var sample = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "samples", "employees-utf8.csv"));
        await ConfirmAsync(admin, "emp-limited", await PreviewAsync(admin, "emp-limited", sample));
        var password = await AuthWebApplicationFactory.CreateUserWithPasswordAsync(admin, "emp-limited", "hr-d01", "人事D01");
        var accounts = await admin.GetStringAsync("/emp-limited/admin/accounts?q=hr-d01");
        var accountId = Regex.Match(accounts, "/emp-limited/admin/accounts/([0-9a-f-]{36})\">hr-d01<").Groups[1].Value;
        await AuthWebApplicationFactory.PostFormAsync(admin, $"/emp-limited/admin/accounts/{accountId}", new Dictionary<string, string>
        {
            ["Role.Role"] = "LimitedAdmin",
            ["Role.Permissions"] = "ManageEmployees",
            ["Role.Departments"] = "D01",
        }, $"/emp-limited/admin/accounts/{accountId}?handler=Role");
        var clerk = factory.CreateClient();
        await AuthWebApplicationFactory.SignInChangingPasswordAsync(clerk, "emp-limited", "hr-d01", password, "department clerk passphrase 1");

        var list = await clerk.GetStringAsync("/emp-limited/admin/employees?status=All");
        var id = EmployeeLink().Match(list).Groups[1].Value;
        var reveal = await AuthWebApplicationFactory.PostFormAsync(clerk, $"/emp-limited/admin/employees/{id}", new Dictionary<string, string>(), $"/emp-limited/admin/employees/{id}?handler=Reveal");
        var export = await clerk.GetAsync("/emp-limited/admin/employees/export");

        Assert.Contains("0001", list);
        Assert.DoesNotContain("0002", list);
        Assert.DoesNotContain("123456789018", await reveal.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, export.StatusCode);
    }

    [Fact]
    public async Task GeneralUser_CannotReachEmployeeScreens()
    {
        var (admin, _) = await factory.AdminClientAsync("emp-general");
        var password = await AuthWebApplicationFactory.CreateUserWithPasswordAsync(admin, "emp-general", "staff", "社員");
        var user = factory.CreateClient();
        await AuthWebApplicationFactory.SignInChangingPasswordAsync(user, "emp-general", "staff", password, "general staff passphrase 1");

        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/emp-general/admin/employees")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/emp-general/admin/employees/import")).StatusCode);
    }

    [Fact]
    public async Task Export_DownloadsCsvInTemplateLayout_WithoutMyNumbers()
    {
        var (admin, _) = await factory.AdminClientAsync("emp-export");
        var sample = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "samples", "employees-utf8.csv"));
        await ConfirmAsync(admin, "emp-export", await PreviewAsync(admin, "emp-export", sample));

        var response = await AuthWebApplicationFactory.PostFormAsync(admin, "/emp-export/admin/employees/export", new Dictionary<string, string> { ["encoding"] = "Utf8WithBom" });
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("\uFEFF社員番号,氏名", csv);
        Assert.Contains("山田 太郎", csv);
        Assert.DoesNotContain("123456789018", csv);
    }

    [Fact]
    public async Task Template_DownloadsInBothEncodings()
    {
        var (admin, _) = await factory.AdminClientAsync("emp-template");

        var utf8 = await admin.GetByteArrayAsync("/emp-template/admin/employees/import?handler=Template&encoding=Utf8WithBom");
        var sjis = await admin.GetByteArrayAsync("/emp-template/admin/employees/import?handler=Template&encoding=ShiftJis");

        Assert.Equal([0xEF, 0xBB, 0xBF], utf8[..3]);
        Assert.Equal("社員番号", CsvText.ShiftJis.GetString(sjis).Split(',')[0]);
    }

    [Fact]
    public async Task PayrollTotals_PreviewThenConfirm_ForTheChosenYear()
    {
        var (admin, _) = await factory.AdminClientAsync("emp-payroll");
        var employees = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "samples", "employees-utf8.csv"));
        await ConfirmAsync(admin, "emp-payroll", await PreviewAsync(admin, "emp-payroll", employees));
        var payroll = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "samples", "payroll-totals-2025-utf8.csv"));

        var page = await admin.GetStringAsync("/emp-payroll/admin/employees/payroll");
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(payroll), "file", "payroll.csv" },
            { new StringContent("2025"), "taxYear" },
            { new StringContent(Html.AntiforgeryToken(page)), "__RequestVerificationToken" },
        };
        var preview = await (await admin.PostAsync("/emp-payroll/admin/employees/payroll?handler=Preview", form)).Content.ReadAsStringAsync();
        var confirmed = await admin.PostAsync("/emp-payroll/admin/employees/payroll?handler=Confirm", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["uploadId"] = ImportPages.HiddenValue(preview, "uploadId"),
            ["fingerprint"] = ImportPages.HiddenValue(preview, "fingerprint"),
            ["taxYear"] = "2025",
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(preview),
        }));

        Assert.Matches("追加: [1-9][0-9]* 人", preview);
        Assert.Contains("2025年分の給与集計を取り込みました", await confirmed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Edit_SavesChangedFields_Audits_AndRefusesAStaleForm()
    {
        var (admin, _) = await factory.AdminClientAsync("emp-edit");
        var sample = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "samples", "employees-utf8.csv"));
        await ConfirmAsync(admin, "emp-edit", await PreviewAsync(admin, "emp-edit", sample));
        var id = EmployeeLink().Match(await admin.GetStringAsync("/emp-edit/admin/employees?q=0001")).Groups[1].Value;
        var form = await admin.GetStringAsync($"/emp-edit/admin/employees/{id}/edit");
        var fields = EmployeeEditForm.Fields(form, "D09");
        fields["DepartmentName"] = "経理部";

        var saved = await admin.PostAsync($"/emp-edit/admin/employees/{id}/edit", new FormUrlEncodedContent(fields));
        var stale = await admin.PostAsync($"/emp-edit/admin/employees/{id}/edit", new FormUrlEncodedContent(fields));

        var savedHtml = await saved.Content.ReadAsStringAsync();
        Assert.Contains("経理部", savedHtml);
        Assert.Contains("監査ログに記録されました", savedHtml);
        Assert.Contains("他の担当者が先に更新しました", await stale.Content.ReadAsStringAsync());
        await using var scope = factory.SystemScope();
        var audit = await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.IgnoreQueryFilters()
            .SingleAsync(a => a.Action == AuditAction.EmployeeUpdated && a.SubjectEmployeeId == new Domain.SharedKernel.EmployeeId(Guid.Parse(id)));
        Assert.Contains("DepartmentCode", audit.Detail);
        Assert.DoesNotContain("経理部", audit.Detail);
    }

    [Fact]
    public async Task Edit_OfficerCheckbox_IsShown_Saved_Audited_AndOnTheDetails()
    {
        var (admin, _) = await factory.AdminClientAsync("emp-officer");
        var sample = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "samples", "employees-utf8.csv"));
        await ConfirmAsync(admin, "emp-officer", await PreviewAsync(admin, "emp-officer", sample));
        var id = EmployeeLink().Match(await admin.GetStringAsync("/emp-officer/admin/employees?q=0001")).Groups[1].Value;
        var form = await admin.GetStringAsync($"/emp-officer/admin/employees/{id}/edit");
        Assert.DoesNotContain("checked", OfficerBox(form));
        var fields = EmployeeEditForm.Fields(form, "D01");
        fields["IsOfficer"] = "true";

        var saved = await admin.PostAsync($"/emp-officer/admin/employees/{id}/edit", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var employeeId = new Domain.SharedKernel.EmployeeId(Guid.Parse(id));
        await using var scope = factory.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.True(await db.Employees.IgnoreQueryFilters().Where(e => e.Id == employeeId).Select(e => e.IsOfficer).SingleAsync());
        var audit = await db.AuditEntries.IgnoreQueryFilters().SingleAsync(a => a.Action == AuditAction.EmployeeUpdated && a.SubjectEmployeeId == employeeId);
        Assert.Contains("Officer", audit.Detail);
        Assert.Contains("checked", OfficerBox(await admin.GetStringAsync($"/emp-officer/admin/employees/{id}/edit")));
    }

    private static string OfficerBox(string html)
    {
        var box = Regex.Match(html, "<input[^>]*id=\"officer\"[^>]*>");
        Assert.True(box.Success, "the edit form has the officer checkbox");
        return box.Value;
    }

    [Fact]
    public async Task Confirm_RunsInTheBackground_AndOnlyItsTenantsAdminSeesTheJob()
    {
        var (admin, _) = await factory.AdminClientAsync("emp-job");
        var (other, _) = await factory.AdminClientAsync("emp-job-other");
        var sample = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "samples", "employees-utf8.csv"));

        var done = await ConfirmAsync(admin, "emp-job", await PreviewAsync(admin, "emp-job", sample));
        var jobPath = done.RequestMessage!.RequestUri!.AbsolutePath;
        var jobId = jobPath[(jobPath.LastIndexOf('/') + 1)..];
        var fromOtherTenant = await other.GetAsync($"/emp-job-other/admin/employees/import/jobs/{jobId}");
        var unknown = await admin.GetAsync($"/emp-job/admin/employees/import/jobs/{Guid.NewGuid():N}");
        var anonymous = await factory.CreateClient().GetAsync(jobPath);

        Assert.Contains("取り込みました", await done.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, fromOtherTenant.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("/emp-job/login", anonymous.RequestMessage!.RequestUri!.AbsolutePath);

        // Another admin account of the same tenant does not see it either.
        var tenant = await TenantIdAsync("emp-job");
        await Assert.ThrowsAsync<Application.Exceptions.NotFoundException>(() =>
            factory.SendAsync<Application.Jobs.GetBackgroundJob.BackgroundJobDto>(new Application.Jobs.GetBackgroundJob.GetBackgroundJobQuery(Guid.Parse(jobId)), tenant));
    }

    [Fact]
    public async Task Uploader_SendsTheFile_ThenThePreviewOpensByItsId()
    {
        var (admin, _) = await factory.AdminClientAsync("emp-upload");
        var page = await admin.GetStringAsync("/emp-upload/admin/employees/import");
        var sample = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "samples", "employees-utf8.csv"));
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(sample), "file", "employees.csv" },
            { new StringContent(Html.AntiforgeryToken(page)), "__RequestVerificationToken" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/emp-upload/admin/employees/import?handler=Preview") { Content = form };
        request.Headers.Add("X-Upload", "1");

        var uploaded = await admin.SendAsync(request);
        var next = System.Text.Json.JsonDocument.Parse(await uploaded.Content.ReadAsStringAsync()).RootElement.GetProperty("next").GetString()!;
        var preview = await admin.GetStringAsync(next);
        var forged = await admin.GetStringAsync("/emp-upload/admin/employees/import?upload=../../etc/passwd");

        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        Assert.Matches("^/emp-upload/admin/employees/import\\?upload=[0-9a-f]{32}$", next);
        Assert.Contains("この内容で取り込む", preview);
        Assert.Matches("追加: [1-9][0-9]* 人", preview);
        Assert.Contains("有効期限が切れました", forged);
    }

    private async Task<Domain.SharedKernel.TenantId> TenantIdAsync(string slug)
    {
        await using var scope = factory.SystemScope();
        var tenant = (await scope.ServiceProvider.GetRequiredService<AppDbContext>().Tenants.ToListAsync()).Single(t => t.Slug.Value == slug);
        return tenant.Id;
    }

    private static Task<string> PreviewAsync(HttpClient admin, string slug, byte[] file) => ImportPages.PreviewAsync(admin, slug, file);

    private Task<HttpResponseMessage> ConfirmAsync(HttpClient admin, string slug, string preview) => ImportPages.ConfirmAsync(admin, slug, preview, factory);

    [GeneratedRegex("/admin/employees/([0-9a-f-]{36})\"")]
    private static partial Regex EmployeeLink();
}
