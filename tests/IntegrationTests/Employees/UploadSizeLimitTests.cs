using System.Net;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Employees;

/// <summary>
/// An upload over the server's request limit gets the import page with the size message and 413 (nothing stored),
/// on real Kestrel, whose body limit is derived from the same Csv:MaxImportBytes the page shows.
/// </summary>
public sealed class UploadSizeLimitTests(UploadSizeLimitTests.Factory factory) : IClassFixture<UploadSizeLimitTests.Factory>
{
    private static readonly byte[] SeventyMegabytes = new byte[70 * 1024 * 1024];

    [Theory]
    [InlineData("admin/employees/import")]
    [InlineData("admin/employees/payroll")]
    public async Task Upload_OverTheLimit_Answers413WithTheSizeMessage_AndStoresNothing(string page)
    {
        var admin = await AdminAsync();
        var form = await admin.GetStringAsync($"/{Slug}/{page}");

        using var content = Multipart(new ByteArrayContent(SeventyMegabytes), Html.AntiforgeryToken(form));
        var response = await admin.PostAsync($"/{Slug}/{page}?handler=Preview", content);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("ファイルが大きすぎます（上限 50 MB）", html);
        Assert.Contains("最大50MB", form + html);
        Assert.Empty(StoredUploads());
    }

    [Fact]
    public async Task Upload_OverTheLimit_WithoutContentLength_Answers413()
    {
        var admin = await AdminAsync();
        var form = await admin.GetStringAsync($"/{Slug}/admin/employees/import");

        // A stream of unknown length is sent chunked: the limit must hold while the body is read.
        using var content = Multipart(new StreamContent(new UnknownLengthStream(SeventyMegabytes)), Html.AntiforgeryToken(form));
        var response = await admin.PostAsync($"/{Slug}/admin/employees/import?handler=Preview", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("ファイルが大きすぎます", await response.Content.ReadAsStringAsync());
        Assert.Empty(StoredUploads());
    }

    [Fact]
    public async Task ProgressUploader_OverTheLimit_Answers413()
    {
        var admin = await AdminAsync();
        var form = await admin.GetStringAsync($"/{Slug}/admin/employees/import");

        using var content = Multipart(new ByteArrayContent(SeventyMegabytes), Html.AntiforgeryToken(form));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/{Slug}/admin/employees/import?handler=Preview") { Content = content };
        request.Headers.Add("X-Upload", "1");
        var response = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(StoredUploads());
    }

    [Fact]
    public async Task Upload_WithoutAntiforgeryToken_IsStillRefused()
    {
        var admin = await AdminAsync();

        using var content = new MultipartFormDataContent { { new ByteArrayContent("社員番号,氏名\n1,a\n"u8.ToArray()), "file", "small.csv" } };
        var response = await admin.PostAsync($"/{Slug}/admin/employees/import?handler=Preview", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(StoredUploads());
    }

    private const string Slug = "upload-limit";

    private static readonly SemaphoreSlim Once = new(1, 1);

    private HttpClient? _admin;

    private async Task<HttpClient> AdminAsync()
    {
        await Once.WaitAsync();
        try
        {
            return _admin ??= await factory.AdminClientOnceAsync(Slug);
        }
        finally
        {
            Once.Release();
        }
    }

    /// <summary>Uploads kept for a confirm step (in the database since ADR 0046), across tenants.</summary>
    private Guid[] StoredUploads()
    {
        using var db = factory.OpenDetachedContext();
        return db.PendingUploads.IgnoreQueryFilters().Select(u => u.Id).ToArray();
    }

    private static MultipartFormDataContent Multipart(HttpContent file, string token) => new()
    {
        { new StringContent(token), "__RequestVerificationToken" },
        { new StringContent("2025"), "taxYear" },
        { file, "file", "big.csv" },
    };

    /// <summary>Real Kestrel over http (so the server's own body limit applies); cookies without the Secure flag.</summary>
    public sealed class Factory : AuthWebApplicationFactory
    {
        private Task<(HttpClient Client, string Password)>? _admin;

        public Factory()
        {
            UseKestrel(0);
        }

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Security:SecureCookies"] = "false",
        };

        public async Task<HttpClient> AdminClientOnceAsync(string slug) => (await (_admin ??= AdminClientAsync(slug))).Client;
    }

    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
