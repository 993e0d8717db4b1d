using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using YearEndAdjustment.Application.Declarations;
using YearEndAdjustment.Application.Declarations.AddMyAttachment;
using YearEndAdjustment.Application.Declarations.SaveMyDeclaration;
using YearEndAdjustment.Application.Declarations.SubmitMyDeclaration;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Domain.Tenants;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Declarations;

/// <summary>The list and review pages signed in as the tenant's admin: links, the inline preview's headers, a return by form.</summary>
public sealed class DeclarationReviewPagesTests(AuthWebApplicationFactory factory) : IClassFixture<AuthWebApplicationFactory>
{
    private const int Year = 2025;

    [Fact]
    public async Task ListAndReview_ShowTheDeclaration_PreviewInline_AndReturnWithALineComment()
    {
        const string slug = "rv-pages";
        var (admin, _) = await factory.AdminClientAsync(slug);
        var (tenant, declarationId, attachmentId, lineEntry) = await SubmittedWithAttachmentAsync(slug);

        var list = await admin.GetStringAsync($"/{slug}/admin/declarations/{Year}?q=%E3%83%A4%E3%83%9E%E3%83%80");
        Assert.Contains($"href=\"/{slug}/admin/declarations/{Year}/{declarationId}\"", list);
        Assert.Contains("提出済み", list, StringComparison.Ordinal);

        var reviewPath = $"/{slug}/admin/declarations/{Year}/{declarationId}";
        var review = await admin.GetStringAsync(reviewPath);
        Assert.Contains($"href=\"{reviewPath}/assist\"", review);
        Assert.Contains($"src=\"/{slug}/admin/declarations/attachments/{attachmentId}/preview\"", review);
        Assert.Contains("協会けんぽ", review);

        var preview = await admin.GetAsync($"/{slug}/admin/declarations/attachments/{attachmentId}/preview");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.StartsWith("inline;", string.Join(",", preview.Content.Headers.GetValues("Content-Disposition")), StringComparison.Ordinal);
        Assert.Equal("SAMEORIGIN", preview.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'self'", preview.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", preview.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("no-store", preview.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var page = await admin.GetAsync(reviewPath);
        Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());

        var line = $"insurance.socialInsurance[{lineEntry}]";
        var version = await VersionAsync(tenant, declarationId);
        var returned = await AuthWebApplicationFactory.PostFormAsync(admin, reviewPath, new Dictionary<string, string>
        {
            ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Comments[0].Path"] = line,
            ["Comments[0].Text"] = "証明書の金額と違います",
            ["GeneralComment"] = "",
        }, reviewPath + "?handler=Return");
        Assert.Contains("コメントを付けて差し戻しました", await returned.Content.ReadAsStringAsync());

        await using var scope = factory.TenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stored = await db.Declarations.AsNoTracking().SingleAsync(d => d.Id == new DeclarationId(declarationId));
        Assert.Equal(DeclarationStatus.Returned, stored.Status);
        Assert.Equal(new ReviewComment(line, "証明書の金額と違います"), Assert.Single(stored.ReturnComments));
        Assert.True(await db.AuditEntries.CountAsync(a => a.Action == AuditAction.AttachmentViewedForReview) >= 1);
        Assert.True(await db.AuditEntries.CountAsync(a => a.Action == AuditAction.DeclarationViewedForReview) >= 2);
    }

    [Fact]
    public async Task Review_OffersEachItemOfALine_AndAReturnOnOneItem_IsStoredOnThatItem_AndShownUnderItsLine()
    {
        const string slug = "rv-pages-item";
        var (admin, _) = await factory.AdminClientAsync(slug);
        var (tenant, declarationId, _, lineEntry) = await SubmittedWithAttachmentAsync(slug);
        var reviewPath = $"/{slug}/admin/declarations/{Year}/{declarationId}";
        var line = $"insurance.socialInsurance[{lineEntry}]";
        var premium = line + ".premium";

        var review = await admin.GetStringAsync(reviewPath);
        Assert.Contains($"<option value=\"{line}\" selected=\"selected\">この行全体</option>", review);
        Assert.Contains($"<option value=\"{premium}\">支払保険料等</option>", review);
        Assert.DoesNotContain($"<option value=\"{line}.certificate.attachments\"", review);

        var version = await VersionAsync(tenant, declarationId);
        var returned = await AuthWebApplicationFactory.PostFormAsync(admin, reviewPath, new Dictionary<string, string>
        {
            ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Comments[0].Path"] = premium,
            ["Comments[0].Text"] = "保険料は証明書の金額と合っていますか？",
            ["GeneralComment"] = "",
        }, reviewPath + "?handler=Return");
        var after = await returned.Content.ReadAsStringAsync();

        Assert.Contains("コメントを付けて差し戻しました", after);
        await using var scope = factory.TenantScope(tenant);
        var stored = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Declarations.AsNoTracking().SingleAsync(d => d.Id == new DeclarationId(declarationId));
        Assert.Equal(new ReviewComment(premium, "保険料は証明書の金額と合っていますか？"), Assert.Single(stored.ReturnComments));
        // The reviewer sees the earlier comment under its line, naming the item.
        Assert.Matches("前回のコメント \\([^)]+\\): 保険料は証明書の金額と合っていますか？", after);
    }

    [Fact]
    public async Task Return_OfAStalePage_ShowsTheReason_AndChangesNothing()
    {
        const string slug = "rv-pages-stale";
        var (admin, _) = await factory.AdminClientAsync(slug);
        var (tenant, declarationId, _, _) = await SubmittedWithAttachmentAsync(slug);
        var reviewPath = $"/{slug}/admin/declarations/{Year}/{declarationId}";

        var refused = await AuthWebApplicationFactory.PostFormAsync(admin, reviewPath, new Dictionary<string, string>
        {
            ["Version"] = "1",
            ["GeneralComment"] = "確認してください",
        }, reviewPath + "?handler=Return");

        Assert.Contains("画面を開いた後に変更されました", await refused.Content.ReadAsStringAsync());
        await using var scope = factory.TenantScope(tenant);
        var stored = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Declarations.AsNoTracking().SingleAsync(d => d.Id == new DeclarationId(declarationId));
        Assert.Equal(DeclarationStatus.Submitted, stored.Status);
    }

    private async Task<(TenantId Tenant, Guid DeclarationId, Guid AttachmentId, Guid LineEntry)> SubmittedWithAttachmentAsync(string slug)
    {
        TenantId tenant;
        await using (var system = factory.SystemScope())
        {
            var s = TenantSlug.Create(slug);
            tenant = (await system.ServiceProvider.GetRequiredService<AppDbContext>().Tenants.SingleAsync(t => t.Slug == s)).Id;
        }

        var now = DateTime.UtcNow;
        var employee = Employee.Register(tenant, EmployeeNumber.Create("E001"), EmployeeProfile.Create(
            "山田 太郎", "ヤマダ タロウ", new DateOnly(1980, 1, 1), Gender.NotStated, null, null, new DateOnly(2010, 4, 1), null, "HR", "人事部", null), now);
        var account = Account.Register(tenant, LoginId.Create("yamada"), "山田", null, AccountRole.General, Permission.None, [], now);
        account.LinkEmployee(employee.Id);
        await using (var scope = factory.TenantScope(tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Employees.Add(employee);
            db.Accounts.Add(account);
            await db.SaveChangesAsync();
        }

        using var content = new MemoryStream(AttachmentSamples.Png);
        var attachment = await factory.SendAsAccountAsync<AttachmentDto>(new AddMyAttachmentCommand(Year, content, "けんぽ.png", AttachmentSamples.Png.Length), tenant, account.Id.Value);
        var line = new SocialInsuranceLine(Guid.NewGuid(), SocialInsuranceKind.NationalHealthInsurance, "協会けんぽ", "山田 太郎", 120_000, new CertificateEvidence([attachment.Id], false));
        var forms = new DeclarationFormsDto(
            new DependantsFormDto(OwnStatus.Empty, null, [], [], [], []),
            new BasicDeductionFormDto(0, 0, null, [], null),
            InsuranceForm.Empty with { SocialInsurance = [line] },
            null);
        var saved = await factory.SendAsAccountAsync<SaveMyDeclarationResult>(new SaveMyDeclarationCommand(Year, 0, forms), tenant, account.Id.Value);
        var submitted = await factory.SendAsAccountAsync<SubmitMyDeclarationResult>(new SubmitMyDeclarationCommand(Year, saved.Version), tenant, account.Id.Value);
        return (tenant, submitted.DeclarationId, attachment.Id, line.EntryId);
    }

    private async Task<int> VersionAsync(TenantId tenant, Guid declarationId)
    {
        await using var scope = factory.TenantScope(tenant);
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Declarations.Where(d => d.Id == new DeclarationId(declarationId)).Select(d => d.Version).SingleAsync();
    }
}
