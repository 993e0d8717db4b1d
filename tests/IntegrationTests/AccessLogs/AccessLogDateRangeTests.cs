using System.Net;
using FluentValidation;
using YearEndAdjustment.Application.AccessLogs.ListAccessLogs;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.AccessLogs;

/// <summary>Dates the Japan-to-UTC conversion cannot represent are validation errors next to the field, not a 500.</summary>
public sealed class AccessLogDateRangeTests(AuthWebApplicationFactory factory) : IClassFixture<AuthWebApplicationFactory>
{
    [Theory]
    [InlineData("from=0001-01-01", "from", "From")]
    [InlineData("to=9999-12-31", "to", "To")]
    [InlineData("from=1999-12-31", "from", "From")]
    [InlineData("to=2101-01-01", "to", "To")]
    public async Task OutOfRangeDate_IsShownNextToTheField(string query, string field, string property)
    {
        var admin = await AdminAsync();

        var response = await admin.GetAsync($"/{Slug}/admin/access-log?{query}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches($"id=\"{field}\"[^>]*aria-invalid=\"true\"", html);
        Assert.Matches($"data-valmsg-for=\"{property}\"[^>]*>[^<]*2000/01/01[^<]*2100/12/31", html);
    }

    [Fact]
    public async Task ExtremeDates_ThroughThePipeline_AreValidationErrors()
    {
        var tenant = new TenantId((await factory.CreateTenantAsync("log-range-q")).TenantId);

        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            factory.SendAsync<AccessLogPage>(new ListAccessLogsQuery(DateOnly.MinValue, DateOnly.MaxValue), tenant));

        Assert.Contains(error.Errors, e => e.PropertyName == nameof(ListAccessLogsQuery.From));
        Assert.Contains(error.Errors, e => e.PropertyName == nameof(ListAccessLogsQuery.To));
    }

    [Fact]
    public async Task DatesAtTheEdgesOfTheRange_AreAccepted()
    {
        var admin = await AdminAsync();

        var response = await admin.GetAsync($"/{Slug}/admin/access-log?from=2000-01-01&to=2100-12-31");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("aria-invalid=\"true\"", await response.Content.ReadAsStringAsync());
    }

    private const string Slug = "log-range";

    private static readonly SemaphoreSlim Once = new(1, 1);

    private static readonly Dictionary<AuthWebApplicationFactory, HttpClient> Admins = [];

    private async Task<HttpClient> AdminAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (!Admins.TryGetValue(factory, out var admin))
            {
                admin = (await factory.AdminClientAsync(Slug)).Client;
                Admins[factory] = admin;
            }

            return admin;
        }
        finally
        {
            Once.Release();
        }
    }
}
