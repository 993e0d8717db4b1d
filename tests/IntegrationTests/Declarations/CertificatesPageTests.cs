using System.Net.Http.Headers;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Declarations;

// The certificates page over HTTP with antiforgery: a signed-in employee uploads an XML certificate and another
// person's; the first becomes lines, the second is listed with its reason.
public sealed class CertificatesPageTests(AuthWebApplicationFactory factory) : IClassFixture<AuthWebApplicationFactory>
{
    private const int Year = 2025;
    private const string Password = "correct horse battery staple 42";

    [Fact]
    public async Task Upload_AddsTheLines_AndListsTheRefusedFile()
    {
        const string slug = "cert-page";
        var (admin, _) = await factory.AdminClientAsync(slug);
        await using var lookup = factory.SystemScope();
        var tenant = await lookup.ServiceProvider.GetRequiredService<AppDbContext>().Tenants.IgnoreQueryFilters()
            .Where(t => t.Slug == Domain.Tenants.TenantSlug.Create(slug)).Select(t => t.Id).SingleAsync();
        var initial = await AuthWebApplicationFactory.CreateUserWithPasswordAsync(admin, slug, "yamada", "山田 太郎");
        var client = factory.CreateClient();
        await AuthWebApplicationFactory.SignInChangingPasswordAsync(client, slug, "yamada", initial, Password);
        var employee = Employee.Register(tenant, EmployeeNumber.Create("E001"), EmployeeProfile.Create(
            "山田 太郎", "ヤマダ タロウ", new DateOnly(1980, 1, 1), Gender.NotStated, null, null, new DateOnly(2010, 4, 1), null, null, null, null), DateTime.UtcNow);
        await using (var scope = factory.TenantScope(tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Employees.Add(employee);
            (await db.Accounts.SingleAsync(a => a.LoginId == LoginId.Create("yamada"))).LinkEmployee(employee.Id);
            await db.SaveChangesAsync();
        }

        var url = $"/{slug}/declarations/{Year}/certificates";
        var page = await client.GetStringAsync(url);
        Assert.Contains("電子的控除証明書の取り込み", page);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Html.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { File(CertificateSamples.Life()), "files", "life.xml" },
            { File(CertificateSamples.Life(holder: "佐藤 花子")), "files", "other.xml" },
        };

        var response = await client.PostAsync(url, form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode, html);
        Assert.Contains("1件の証明書から2行を追加しました。", html);
        Assert.Contains("other.xml: 証明書の契約者", html);
        await using var check = factory.TenantScope(tenant);
        var declaration = await check.ServiceProvider.GetRequiredService<AppDbContext>().Declarations.AsNoTracking().SingleAsync(d => d.EmployeeId == employee.Id);
        Assert.Equal(2, declaration.Insurance.Life.Count);
        Assert.All(declaration.Insurance.Life, l => Assert.True(l.Certificate.IsPresent));
        Assert.Equal(DeclarationStatus.Draft, declaration.Status);
    }

    private static ByteArrayContent File(byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
        return file;
    }
}
