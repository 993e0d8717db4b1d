using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Tenants;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Accounts;

/// <summary>
/// The menu (ADR 0056: written as one string per request, the menu kept per permission set): cut to what the account
/// may open, the current page marked in both copies (phone and side bar), and a changed role's menu after the sign-in it forces.
/// </summary>
public sealed partial class NavigationMenuTests(AuthWebApplicationFactory factory) : IClassFixture<AuthWebApplicationFactory>
{
    [Fact]
    public async Task Menu_FollowsThePermissions_MarksTheCurrentPage_AndFollowsARoleChange()
    {
        var (admin, _) = await factory.AdminClientAsync("menu");
        var initial = await AuthWebApplicationFactory.CreateUserWithPasswordAsync(admin, "menu", "hanako", "佐藤 花子");
        var user = factory.CreateClient();
        await AuthWebApplicationFactory.SignInChangingPasswordAsync(user, "menu", "hanako", initial, "correct horse battery staple 44");

        var adminPage = await admin.GetStringAsync("/menu/admin/employees");
        var userHome = await user.GetStringAsync("/menu/");

        await using (var db = factory.OpenDetachedContext())
        {
            var tenant = await db.Tenants.SingleAsync(t => t.Slug == TenantSlug.Create("menu"));
            var account = await db.Accounts.IgnoreQueryFilters().SingleAsync(a => a.TenantId == tenant.Id && a.LoginId == LoginId.Create("hanako"));
            account.AssignRole(AccountRole.LimitedAdmin, Permission.ReviewDeclarations, []);
            await db.SaveChangesAsync();
        }

        // A role change ends the account's sessions; signed in again, the menu is the reviewer's.
        var afterChange = await user.GetAsync("/menu/");
        await AuthWebApplicationFactory.SignInAsync(user, "menu", "hanako", "correct horse battery staple 44");
        var reviewerHome = await user.GetStringAsync("/menu/");

        // The admin's current page is marked in both copies of the menu, and the copies' heading ids differ.
        Assert.Equal(2, CurrentLinks().Matches(adminPage).Count(m => m.Groups[1].Value == "/menu/admin/employees" && m.Groups[2].Value == "社員一覧"));
        Assert.Contains("id=\"nav-compact-Nav-Employees\"", adminPage);
        Assert.Contains("id=\"nav-side-Nav-Employees\"", adminPage);
        Assert.Contains("href=\"/menu/admin/accounts\"", adminPage);

        // A general user sees their own account's links only; home is the current page.
        Assert.DoesNotContain("/menu/admin", userHome);
        Assert.Equal(2, CurrentLinks().Matches(userHome).Count(m => m.Groups[1].Value == "/menu/"));
        Assert.Contains("href=\"/menu/account/history\"", userHome);

        // Made a reviewer by another node: the year-end links appear, the rest stays hidden.
        Assert.DoesNotContain("nav-link", await afterChange.Content.ReadAsStringAsync());
        Assert.Contains("href=\"/menu/admin\"", reviewerHome);
        Assert.Contains("href=\"/menu/admin/declarations\"", reviewerHome);
        Assert.DoesNotContain("href=\"/menu/admin/accounts\"", reviewerHome);
        Assert.DoesNotContain("href=\"/menu/admin/employees\"", reviewerHome);
    }

    /// <summary>The markup is built once per menu, ids, tenant path, language and current link, and shared after that.</summary>
    [Fact]
    public void Markup_IsBuiltOncePerCombination_AndEachCombinationHasItsOwn()
    {
        var localizer = factory.Services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Web.SharedResource>>();
        var menu = Web.Navigation.SiteNavigation.For(new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity()));
        var encoder = factory.Services.GetRequiredService<System.Text.Encodings.Web.HtmlEncoder>();
        string Render(string path, string culture, string pathBase = "/kept-menu")
        {
            var previous = System.Globalization.CultureInfo.CurrentUICulture;
            System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo(culture);
            try
            {
                var markup = Web.Navigation.NavigationMarkup.Render(menu, "nav-side", pathBase, path, localizer, encoder);
                var again = Web.Navigation.NavigationMarkup.Render(menu, "nav-side", pathBase, path, localizer, encoder);
                Assert.Same(markup, again);
                return ((Microsoft.AspNetCore.Html.HtmlString)markup).Value!;
            }
            finally
            {
                System.Globalization.CultureInfo.CurrentUICulture = previous;
            }
        }

        var home = Render("/", "ja");
        var history = Render("/account/history", "ja");
        var historyInEnglish = Render("/account/history", "en");
        var otherTenant = Render("/account/history", "ja", "/kept-menu-2");

        Assert.Equal("/kept-menu/", Assert.Single(CurrentLinks().Matches(home)).Groups[1].Value);
        Assert.Equal("/kept-menu/account/history", Assert.Single(CurrentLinks().Matches(history)).Groups[1].Value);
        Assert.Equal("ログイン履歴", Assert.Single(CurrentLinks().Matches(history)).Groups[2].Value);
        Assert.NotEqual("ログイン履歴", Assert.Single(CurrentLinks().Matches(historyInEnglish)).Groups[2].Value);
        Assert.Equal("/kept-menu-2/account/history", Assert.Single(CurrentLinks().Matches(otherTenant)).Groups[1].Value);
    }

    [GeneratedRegex("<a class=\"nav-link\" href=\"([^\"]+)\" aria-current=\"page\">([^<]+)</a>")]
    private static partial Regex CurrentLinks();
}
