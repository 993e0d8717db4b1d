using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using YearEndAdjustment.IntegrationTests.Employees.Support;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Employees;

/// <summary>R-04/R-33: the whole tenant as a ZIP of CSVs with a manifest; formulas neutralised; nothing of other tenants; no My Numbers.</summary>
public sealed class TenantExportTests(AuthWebApplicationFactory factory) : IClassFixture<AuthWebApplicationFactory>
{
    [Fact]
    public async Task FullExport_HasEveryKindWithManifest_NeutralisedFormulas_AndOnlyThisTenant()
    {
        var (admin, _) = await factory.AdminClientAsync("zip-a");
        var sample = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "samples", "employees-utf8.csv"));
        await ImportAsync(admin, "zip-a", sample);
        await AuthWebApplicationFactory.CreateUserWithPasswordAsync(admin, "zip-a", "formula", "=HYPERLINK(\"x\")");
        var (other, _) = await factory.AdminClientAsync("zip-b");
        await AuthWebApplicationFactory.CreateUserWithPasswordAsync(other, "zip-b", "outsider", "別会社の人");

        var response = await AuthWebApplicationFactory.PostFormAsync(admin, "/zip-a/admin/data-export", new Dictionary<string, string> { ["encoding"] = "Utf8WithBom" });
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.Content.Headers.ContentType?.MediaType == "application/zip", Encoding.UTF8.GetString(bytes)[..Math.Min(bytes.Length, 3000)]);
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var texts = zip.Entries.ToDictionary(e => e.Name, e => Read(e));
        using var manifest = JsonDocument.Parse(texts["manifest.json"]);

        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            ["access-log.csv", "accounts.csv", "audit-trail.csv", "employees.csv", "family-members.csv", "login-history.csv", "manifest.json", "payroll-totals.csv"],
            texts.Keys.Order());
        foreach (var file in manifest.RootElement.GetProperty("files").EnumerateArray())
        {
            var entry = zip.GetEntry(file.GetProperty("name").GetString()!)!;
            using var stream = entry.Open();
            Assert.Equal(file.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(stream)));
        }

        Assert.Contains("山田 太郎", texts["employees.csv"]);
        Assert.Contains("'=HYPERLINK", texts["accounts.csv"]);
        Assert.DoesNotContain("outsider", texts["accounts.csv"]);
        Assert.DoesNotContain("123456789018", string.Concat(texts.Values));
        Assert.Contains("TenantDataExported", Read(zip.GetEntry("audit-trail.csv")!));
    }

    [Fact]
    public async Task LimitedAdminWithoutExportPermission_IsRefused()
    {
        var (admin, _) = await factory.AdminClientAsync("zip-limited");
        var password = await AuthWebApplicationFactory.CreateUserWithPasswordAsync(admin, "zip-limited", "viewer", "閲覧者");
        var user = factory.CreateClient();
        await AuthWebApplicationFactory.SignInChangingPasswordAsync(user, "zip-limited", "viewer", password, "viewer's own passphrase 1");

        Assert.Equal(HttpStatusCode.Forbidden, (await user.GetAsync("/zip-limited/admin/data-export")).StatusCode);
    }

    private static string Read(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private async Task ImportAsync(HttpClient admin, string slug, byte[] file)
    {
        var confirmed = await ImportPages.ConfirmAsync(admin, slug, await ImportPages.PreviewAsync(admin, slug, file), factory);
        Assert.Contains("取り込みました", await confirmed.Content.ReadAsStringAsync());
    }
}
