using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.EndToEndTests.Support;

namespace YearEndAdjustment.EndToEndTests;

/// <summary>
/// Issue 12 items 2–3 on a desktop: the admin finds a submitted declaration in the year's list, opens it, returns one
/// line with a comment; the employee resubmits (through the domain); the admin approves. The list and the review
/// screen pass axe (no serious or critical violation) and are photographed into the artifacts folder.
/// </summary>
public sealed class DeclarationReviewTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const int Year = 2025;
    private const string Password = "review passphrase for 2025";

    [Fact]
    public async Task Admin_ReturnsOneLineWithAComment_ThenApprovesTheResubmission()
    {
        var notice = await browser.CreateTenantAsync("review-e2e", "確認株式会社");
        await browser.SeedEmployeeAsync(notice.TenantId, "yamada", "employee passphrase 2025", Year);
        var lineEntry = Guid.NewGuid();
        await EmployeeAsync(notice.TenantId, declaration =>
        {
            var line = new SocialInsuranceLine(lineEntry, SocialInsuranceKind.NationalPension, "日本年金機構", "山田 太郎", 199_080, new CertificateEvidence([], SubmittedOnPaper: true));
            var forms = declaration.Forms with { Insurance = InsuranceForm.Empty with { SocialInsurance = [line] } };
            return declaration.SaveForms(forms, null, DateTime.UtcNow);
        });
        await EmployeeAsync(notice.TenantId, declaration =>
        {
            declaration.Submit(declaration.EmployeeId, DateTime.UtcNow);
            return [];
        });

        await using var context = await browser.Browser.NewContextAsync(new() { Locale = "ja-JP", ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var site = browser.BaseUrl + "/review-e2e";
        var problems = new List<string>();
        await SignInAsAdminAsync(page, site, notice.InitialPassword);

        await page.GotoAsync($"{site}/admin/declarations/{Year}?status=Submitted");
        // A filtered list is not an error (the page number once failed to bind on every view and said so).
        await Assertions.Expect(page.Locator(".alert--error")).ToHaveCountAsync(0);
        await CheckAsync(page, "01-list", problems);
        await page.GetByRole(AriaRole.Link, new() { Name = "E001" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "申告書の確認: E001 山田 太郎" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "代理入力" })).ToHaveAttributeAsync("href", $"/review-e2e/admin/declarations/{Year}/{await DeclarationIdAsync(notice.TenantId)}/assist");
        await CheckAsync(page, "02-review", problems);
        await page.Locator($"textarea[data-path='insurance.socialInsurance[{lineEntry}]']").FillAsync("納付証明書の金額と違います。確認してください。");
        await page.Locator("#return-button").ClickAsync();
        await Assertions.Expect(page.Locator(".alert--ok")).ToContainTextAsync("コメントを付けて差し戻しました");
        await Assertions.Expect(page.Locator("#review-status")).ToHaveTextAsync("差戻し");
        await CheckAsync(page, "03-returned", problems);

        // The employee answers the question and resubmits without a change (allowed: the comment may have been a question).
        await EmployeeAsync(notice.TenantId, declaration =>
        {
            declaration.Submit(declaration.EmployeeId, DateTime.UtcNow);
            return [];
        });

        await page.ReloadAsync();
        await page.Locator("#approve-form button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator(".alert--ok")).ToContainTextAsync("承認しました");
        await Assertions.Expect(page.Locator("#review-status")).ToHaveTextAsync("承認済み");
        await CheckAsync(page, "04-approved", problems);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private async Task EmployeeAsync(Guid tenantId, Func<Declaration, IReadOnlyList<DeclarationChange>> act)
    {
        await using var scope = browser.TenantScope(tenantId);
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        var declaration = await db.Declarations.SingleAsync(d => d.TaxYear == new TaxYear(Year));
        db.DeclarationChanges.AddRange(act(declaration));
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private async Task<Guid> DeclarationIdAsync(Guid tenantId)
    {
        await using var scope = browser.TenantScope(tenantId);
        var db = scope.ServiceProvider.GetRequiredService<IAppDbContext>();
        return (await db.Declarations.SingleAsync(d => d.TaxYear == new TaxYear(Year))).Id.Value;
    }

    private static async Task SignInAsAdminAsync(IPage page, string site, string initialPassword)
    {
        await page.GotoAsync(site + "/login");
        await page.Locator("input[name=LoginId]").FillAsync("admin");
        await page.Locator("input[name=Password]").FillAsync(initialPassword);
        await page.Locator("main form button[type=submit]").First.ClickAsync();
        await page.Locator("input[name=CurrentPassword]").FillAsync(initialPassword);
        await page.Locator("input[name=NewPassword]").FillAsync(Password);
        await page.Locator("input[name=NewPasswordConfirmation]").FillAsync(Password);
        await page.Locator("main form button[type=submit]").First.ClickAsync();
        await Assertions.Expect(page.Locator(".alert--ok")).ToBeVisibleAsync();
    }

    private static async Task CheckAsync(IPage page, string name, List<string> problems)
    {
        var result = await page.RunAxe();
        foreach (var violation in result.Violations.Where(v => v.Impact is "serious" or "critical"))
        {
            problems.Add($"{page.Url} [{name}]: {violation.Id} ({violation.Impact}) at {string.Join(" | ", violation.Nodes.Take(3).Select(n => n.Target?.ToString()))}");
        }

        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsFolder, $"review-{name}.png"), FullPage = true });
    }
}
