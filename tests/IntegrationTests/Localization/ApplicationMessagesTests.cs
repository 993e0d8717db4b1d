using System.Globalization;
using FluentValidation;
using YearEndAdjustment.Application.Tenants.CreateTenant;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.IntegrationTests.Support;
using YearEndAdjustment.Web.ErrorHandling;

namespace YearEndAdjustment.IntegrationTests.Localization;

/// <summary>Application and Domain messages follow the UI language (ADR 0027); Japanese stays the default.</summary>
public sealed class ApplicationMessagesTests(YeaWebApplicationFactory factory) : IClassFixture<YeaWebApplicationFactory>
{
    [Theory]
    [InlineData("en", "\"api\" is reserved by the system and cannot be used as a tenant identifier.")]
    [InlineData("ja", "「api」はシステムで予約されているため、テナント識別子に使えません。")]
    public async Task InvalidCommand_ThroughTheMediator_IsRefusedInTheUiLanguage(string culture, string expected)
    {
        var exception = await InCulture(culture, () =>
            Assert.ThrowsAsync<ValidationException>(() => factory.SendAsync<CreateTenantResult>(new CreateTenantCommand("api", "予約語株式会社"))));

        Assert.Equal(expected, Assert.Single(exception.Errors).ErrorMessage);
    }

    [Fact]
    public async Task InvalidCommand_WithoutAnyRequestCulture_IsJapanese()
    {
        var exception = await Assert.ThrowsAsync<ValidationException>(() => factory.SendAsync<CreateTenantResult>(new CreateTenantCommand("api", "予約語株式会社")));

        Assert.Equal("「api」はシステムで予約されているため、テナント識別子に使えません。", Assert.Single(exception.Errors).ErrorMessage);
    }

    [Theory]
    [InlineData("en", "This cannot be done.", "The tenant identifier \"msg-taken-en\" is already in use. Please choose another.")]
    [InlineData("ja", "この操作はできません。", "テナント識別子「msg-taken-ja」は既に使われています。別の識別子を指定してください。")]
    public async Task RuleViolation_IsMappedForProblemDetailsAndPages_InTheUiLanguage(string culture, string title, string detail)
    {
        var slug = $"msg-taken-{culture}";
        await factory.CreateTenantAsync(slug);
        var exception = await Assert.ThrowsAsync<DomainRuleViolationException>(() => factory.CreateTenantAsync(slug));

        var mapped = await InCulture(culture, () => Task.FromResult(ErrorMapping.Map(exception)));

        Assert.Equal("tenant.slug_taken", mapped.Code);
        Assert.Equal(title, mapped.Title);
        Assert.Equal(detail, mapped.Detail);
    }

    [Theory]
    [InlineData("en", "Please enter the login ID.", "ログインIDを入力してください。")]
    [InlineData("ja", "ログインIDを入力してください。", "Please enter the login ID.")]
    public async Task LoginPage_WithEmptyForm_ShowsTheValidatorMessageInTheRequestLanguage(string language, string shown, string notShown)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var page = await client.GetStringAsync("/demo/login");

        var response = await client.PostAsync("/demo/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["LoginId"] = "",
            ["Password"] = "",
            ["__RequestVerificationToken"] = Html.AntiforgeryToken(page),
        }));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains(shown, html);
        Assert.DoesNotContain(notShown, html);
    }

    private static async Task<T> InCulture<T>(string culture, Func<Task<T>> action)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return await action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
