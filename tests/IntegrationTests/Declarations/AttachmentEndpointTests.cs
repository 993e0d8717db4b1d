using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Declarations;

/// <summary>The attachment endpoints over HTTP: antiforgery, size refusal with a message, download headers, 404 for others' ids.</summary>
public sealed class AttachmentEndpointTests(AuthWebApplicationFactory factory) : IClassFixture<AuthWebApplicationFactory>
{
    private const int Year = 2025;
    private const long TenMegabytes = 10L * 1024 * 1024;

    [Fact]
    public async Task Upload_ThenDownload_ServesTheStoredTypeAsANoStoreAttachment()
    {
        var (client, slug, _) = await SignedInEmployeeAsync("atth-download");

        var upload = await UploadAsync(client, slug, AttachmentSamples.Png, "領収書 (1).pdf", scripted: true);

        Assert.Equal(HttpStatusCode.OK, upload.StatusCode);
        var id = await IdAsync(upload);
        var download = await client.GetAsync($"/{slug}/declarations/{Year}/attachments/{id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(AttachmentSamples.Png, await download.Content.ReadAsByteArrayAsync());
        var disposition = string.Join(",", download.Content.Headers.GetValues("Content-Disposition"));
        Assert.Equal("attachment; filename*=UTF-8''" + Uri.EscapeDataString("領収書 (1).pdf.png"), disposition);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("no-store", download.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_OverTheLimit_IsA413WithTheMessage_OrBackToThePageWithIt_AndStoresNothing()
    {
        var (client, slug, tenant) = await SignedInEmployeeAsync("atth-large");
        var tooLarge = AttachmentSamples.Sized(TenMegabytes + 1);

        var scripted = await UploadAsync(client, slug, tooLarge, "big.png", scripted: true);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, scripted.StatusCode);
        var error = JsonDocument.Parse(await scripted.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString();
        Assert.Contains("10 MB", error, StringComparison.Ordinal);

        var returnUrl = $"/{slug}/account/password";
        var form = await UploadAsync(client, slug, tooLarge, "big.png", scripted: false, returnUrl: returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, form.StatusCode);
        Assert.Equal(returnUrl, form.Headers.Location!.OriginalString);
        Assert.Equal(0, await CountAsync(tenant));
    }

    [Fact]
    public async Task Upload_ByForm_ReturnsToALocalReturnUrlOnly_AndRefusesAWrongTypeWithAMessage()
    {
        var (client, slug, tenant) = await SignedInEmployeeAsync("atth-form");

        var local = await UploadAsync(client, slug, AttachmentSamples.Jpeg, "a.jpg", scripted: false, returnUrl: $"/{slug}/account/password");
        var foreign = await UploadAsync(client, slug, AttachmentSamples.Pdf, "b.pdf", scripted: false, returnUrl: "//evil.example/x");
        var wrongType = await UploadAsync(client, slug, AttachmentSamples.Text, "c.jpg", scripted: true);

        Assert.Equal((HttpStatusCode.Redirect, $"/{slug}/account/password"), (local.StatusCode, local.Headers.Location!.OriginalString));
        Assert.Equal((HttpStatusCode.Redirect, $"/{slug}/"), (foreign.StatusCode, foreign.Headers.Location!.OriginalString));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, wrongType.StatusCode);
        Assert.Contains("PDF", await wrongType.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, await CountAsync(tenant));
    }

    [Fact]
    public async Task Upload_WithoutTheAntiforgeryToken_IsRefused()
    {
        var (client, slug, tenant) = await SignedInEmployeeAsync("atth-csrf");
        using var content = new MultipartFormDataContent { { new ByteArrayContent(AttachmentSamples.Png), "file", "x.png" } };

        var response = await client.PostAsync($"/{slug}/declarations/{Year}/attachments", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await CountAsync(tenant));
    }

    [Fact]
    public async Task AnotherEmployeesAndAnotherTenantsId_Are404_OnEveryRoute_AndTheOwnerCanRemove()
    {
        var (owner, slug, tenant) = await SignedInEmployeeAsync("atth-owner");
        var id = await IdAsync(await UploadAsync(owner, slug, AttachmentSamples.Pdf, "mine.pdf", scripted: true));
        var (colleague, _, _) = await SignedInEmployeeAsync("atth-owner", "E002", "colleague");
        var (outsider, otherSlug, _) = await SignedInEmployeeAsync("atth-outsider");

        Assert.Equal(HttpStatusCode.NotFound, (await colleague.GetAsync($"/{slug}/declarations/{Year}/attachments/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await RemoveAsync(colleague, slug, id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/{otherSlug}/declarations/{Year}/attachments/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await RemoveAsync(outsider, otherSlug, id)).StatusCode);
        Assert.Equal(1, await CountAsync(tenant));

        var removed = await RemoveAsync(owner, slug, id);

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(0, await CountAsync(tenant));
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync($"/{slug}/declarations/{Year}/attachments/{id}")).StatusCode);
    }

    [Fact]
    public async Task ReviewDownload_ServesAdmins_WithAnAuditEntry()
    {
        var (employee, slug, tenant) = await SignedInEmployeeAsync("atth-review");
        var id = await IdAsync(await UploadAsync(employee, slug, AttachmentSamples.Heic, "IMG.HEIC", scripted: true));

        // The employee has no review permission: the admin route is closed to them.
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.GetAsync($"/{slug}/admin/declarations/attachments/{id}")).StatusCode);

        var admin = _admins[slug];
        var viewed = await admin.GetAsync($"/{slug}/admin/declarations/attachments/{id}");

        Assert.Equal(HttpStatusCode.OK, viewed.StatusCode);
        Assert.Equal("image/heic", viewed.Content.Headers.ContentType!.MediaType);
        await using var scope = factory.TenantScope(tenant);
        var audit = await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries
            .SingleAsync(a => a.Action == AuditAction.AttachmentViewedForReview);
        Assert.Equal($"attachment={id}", audit.Detail);
    }

    private readonly Dictionary<string, HttpClient> _admins = [];
    private readonly Dictionary<string, TenantId> _tenants = [];

    private async Task<(HttpClient Client, string Slug, TenantId Tenant)> SignedInEmployeeAsync(string slug, string number = "E001", string login = "yamada")
    {
        if (!_admins.TryGetValue(slug, out var admin))
        {
            var created = await factory.CreateTenantAsync(slug);
            admin = factory.CreateClient();
            await AuthWebApplicationFactory.SignInChangingPasswordAsync(admin, slug, "admin", created.InitialPassword, "correct horse battery staple 42");
            _admins[slug] = admin;
            _tenants[slug] = new TenantId(created.TenantId);
        }

        var initial = await AuthWebApplicationFactory.CreateUserWithPasswordAsync(admin, slug, login, "山田 太郎");
        var tenant = _tenants[slug];
        await using (var scope = factory.TenantScope(tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var account = await db.Accounts.SingleAsync(a => a.LoginId == LoginId.Create(login));
            var employee = Employee.Register(tenant, EmployeeNumber.Create(number), EmployeeProfile.Create(
                "山田 太郎", "ヤマダ タロウ", new DateOnly(1980, 1, 1), Gender.NotStated, null, null, new DateOnly(2010, 4, 1), null, null, null, null), DateTime.UtcNow);
            db.Employees.Add(employee);
            account.LinkEmployee(employee.Id);
            await db.SaveChangesAsync();
        }

        var client = factory.CreateNonRedirectingClient();
        await AuthWebApplicationFactory.SignInChangingPasswordAsync(factory.CreateClient(), slug, login, initial, "correct horse battery staple 43");
        await SignInAsync(client, slug, login, "correct horse battery staple 43");
        return (client, slug, tenant);
    }

    private static async Task SignInAsync(HttpClient client, string slug, string login, string password)
    {
        var page = await client.GetStringAsync($"/{slug}/login");
        var response = await client.PostAsync($"/{slug}/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["LoginId"] = login,
            ["Password"] = password,
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(page),
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string slug, byte[] bytes, string fileName, bool scripted, string? returnUrl = null)
    {
        var token = Html.AntiforgeryToken(await client.GetStringAsync($"/{slug}/account/password"));
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(returnUrl ?? ""), "returnUrl" },
            { new StringContent("line-1"), "target" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "file", fileName);
        // As the partial does: returnUrl and target in the query as well, so they survive a body refused unread.
        var query = returnUrl is null ? "" : $"?returnUrl={Uri.EscapeDataString(returnUrl)}&target=line-1";
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/{slug}/declarations/{Year}/attachments{query}") { Content = content };
        if (scripted)
        {
            request.Headers.Add("X-Upload", "1");
        }

        return await client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> RemoveAsync(HttpClient client, string slug, Guid id)
    {
        var token = Html.AntiforgeryToken(await client.GetStringAsync($"/{slug}/account/password"));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/{slug}/declarations/{Year}/attachments/{id}/remove")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }),
        };
        request.Headers.Add("X-Upload", "1");
        return await client.SendAsync(request);
    }

    private static async Task<Guid> IdAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetGuid();
    }

    private async Task<int> CountAsync(TenantId tenant)
    {
        await using var scope = factory.TenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rows = await db.Attachments.CountAsync();
        Assert.Equal(rows, await db.AttachmentContents.CountAsync());
        return rows;
    }
}
