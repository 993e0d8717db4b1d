using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using YearEndAdjustment.Infrastructure.Jobs;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Employees.Support;

/// <summary>The employee import screens driven over HTTP: upload → preview → confirm → background job's outcome.</summary>
public static class ImportPages
{
    public static async Task<string> PreviewAsync(HttpClient admin, string slug, byte[] file)
    {
        var page = await admin.GetStringAsync($"/{slug}/admin/employees/import");
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(file), "file", "employees.csv" },
            { new StringContent(Html.AntiforgeryToken(page)), "__RequestVerificationToken" },
        };
        var response = await admin.PostAsync($"/{slug}/admin/employees/import?handler=Preview", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>
    /// Confirms, lets <paramref name="runner"/> (any node of the deployment) take the queued import, then reads the
    /// progress page until it shows the outcome.
    /// </summary>
    public static async Task<HttpResponseMessage> ConfirmAsync(HttpClient admin, string slug, string preview, YeaWebApplicationFactory runner)
    {
        var uploadId = HiddenValue(preview, "uploadId");
        var fingerprint = HiddenValue(preview, "fingerprint");
        var response = await admin.PostAsync($"/{slug}/admin/employees/import?handler=Confirm", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["uploadId"] = uploadId,
            ["fingerprint"] = fingerprint,
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(preview),
        }));
        var jobPage = response.RequestMessage!.RequestUri!;
        Assert.Matches("/admin/employees/import/jobs/[0-9a-f]{32}$", jobPage.AbsolutePath);
        var jobs = runner.Services.GetRequiredService<BackgroundJobRunner>();
        var ran = 0;
        while (await jobs.RunNextAsync(CancellationToken.None))
        {
            ran++;
        }

        Assert.True(ran > 0, "the import was queued");
        response = await admin.GetAsync(jobPage);
        for (var attempt = 0; attempt < 300 && (await response.Content.ReadAsStringAsync()).Contains("data-job-running", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(100);
            response = await admin.GetAsync(jobPage);
        }

        return response;
    }

    public static string HiddenValue(string html, string name)
    {
        var match = Regex.Match(html, $"name=\"{name}\" value=\"([^\"]+)\"");
        if (!match.Success)
        {
            match = Regex.Match(html, $"id=\"{name}\" name=\"{name}\" value=\"([^\"]+)\"");
        }

        Assert.True(match.Success, $"No {name} on the preview page.");
        return match.Groups[1].Value;
    }
}
