using System.Net;
using System.Text.RegularExpressions;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Declarations;

/// <summary>The employee's guided declaration flow over HTTP with antiforgery (issue 11 item 4): each step saved and
/// shown on the summary, resume after signing out, conflicts keep the typed values, submit/withdraw, isolation.</summary>
public sealed partial class DeclarationFlowPagesTests(AuthWebApplicationFactory factory) : IClassFixture<AuthWebApplicationFactory>
{
    private const int Year = 2026;
    private const string Password = "correct horse battery staple 42";

    [Fact]
    public async Task CompletingEachStep_ShowsEveryAnswerOnTheSummary()
    {
        var me = await EmployeeAsync("flow-steps");

        await PostAsync(me, "self", new() { ["Disability"] = "General", ["Widow"] = "None", ["SingleParent"] = "false", ["WorkingStudent"] = "true" });
        var spouse = await PostAsync(me, "spouse", Spouse("山田 花子", "1985-05-05", "0", "650000"));
        Assert.EndsWith("/dependants", spouse.RequestMessage!.RequestUri!.AbsolutePath);
        await PostAsync(me, "dependants/new", Relative("山田 一郎", "2006-04-01", "900000"));
        await PostAsync(me, "dependants/new", Relative("山田 二郎", "2016-05-05", "0"));
        await PostAsync(me, "insurance/life/new", new() { ["Category"] = "General", ["Regime"] = "New", ["InsurerName"] = "ひまわり生命", ["Premium"] = "100000", ["Certificate"] = "true" });
        await PostAsync(me, "insurance/earthquake/new", new() { ["EarthquakeKind"] = "Earthquake", ["InsurerName"] = "さくら損保", ["Premium"] = "30000", ["Certificate"] = "true" });
        var loan = await PostAsync(me, "housing-loan", new() { ["HasLoan"] = "false" });

        Assert.EndsWith("/summary", loan.RequestMessage!.RequestUri!.AbsolutePath);
        var summary = await loan.Content.ReadAsStringAsync();
        Assert.Contains("はい（一般の障害者）", summary);
        Assert.Contains("山田 花子", summary);
        Assert.Contains("配偶者特別控除の対象", summary);
        Assert.Contains("650,000円", summary);
        Assert.Contains("山田 一郎", summary);
        Assert.Contains("特定親族特別控除の対象", summary);
        Assert.Contains("16歳未満（住民税のための記入）", summary);
        Assert.Contains("生命保険 1件・地震保険 1件", summary);
        Assert.Contains("住宅ローン控除は受けません。", summary);
        Assert.Contains("直す必要のある項目はありません。", summary);
        Assert.Contains($"/flow-steps/declarations/{Year}/spouse\"", summary);

        // No payroll imported: no number, but the employee may enter figures for this page only.
        Assert.Contains("見込み額は計算できません", summary);
        var estimate = await PostPageAsync(me, "summary", "summary?handler=estimate", new() { ["EnteredSalary"] = "5000000", ["EnteredTaxWithheld"] = "120000" });
        var estimateHtml = await estimate.Content.ReadAsStringAsync();
        Assert.Matches("見込み: 約[0-9,]+円が(戻ります|追加で納めます)", estimateHtml);
        Assert.Contains("計算の内訳を見る", estimateHtml);

        var stored = await DeclarationAsync(me);
        Assert.Equal(Domain.Adjustments.DisabilityLevel.General, stored.Dependants.Self.Disability);
        Assert.Single(stored.Basic.SpecificRelatives);
        Assert.Single(stored.Dependants.YoungRelatives);
        Assert.Equal("summary", stored.LastStep);
    }

    [Fact]
    public async Task SavedPages_AreKept_AndTheNextSignInResumesAtTheLastPage()
    {
        var me = await EmployeeAsync("flow-resume");
        await PostAsync(me, "self", new() { ["Disability"] = "None", ["Widow"] = "None", ["SingleParent"] = "false", ["WorkingStudent"] = "false" });
        await PostAsync(me, "spouse", Spouse("山田 花子", "1985-05-05", "0"));

        await PostPageAsync(me, $"declarations/{Year}", "logout", []);
        var client = factory.CreateClient();
        await AuthWebApplicationFactory.SignInAsync(client, me.Slug, me.Login, Password);
        var overview = await client.GetStringAsync($"/{me.Slug}/declarations/{Year}");

        Assert.Contains("続きから入力する", overview);
        Assert.Contains($"href=\"/{me.Slug}/declarations/{Year}/dependants\"", overview);
        Assert.Contains("value=\"山田 花子\"", await client.GetStringAsync($"/{me.Slug}/declarations/{Year}/spouse"));
    }

    [Fact]
    public async Task TwoPostsWithTheSameVersion_TheSecondGetsTheConflict_AndKeepsWhatWasTyped()
    {
        var me = await EmployeeAsync("flow-conflict");
        var page = await me.Client.GetStringAsync(Url(me, "spouse"));

        var first = await me.Client.PostAsync(Url(me, "spouse"), Form(page, Spouse("山田 花子", "1985-05-05", "0")));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var second = await me.Client.PostAsync(Url(me, "spouse"), Form(page, Spouse("山田 次郎", "1984-04-04", "777000")));

        var html = await second.Content.ReadAsStringAsync();
        Assert.Contains("別の画面で先に更新されました", html);
        Assert.Contains("value=\"山田 次郎\"", html);
        Assert.Contains("value=\"777000\"", html);
        Assert.Equal("山田 花子", (await DeclarationAsync(me)).Dependants.Spouse!.Name);
    }

    [Fact]
    public async Task InvalidInput_IsRefusedNextToTheField_AndNothingIsSaved()
    {
        var me = await EmployeeAsync("flow-invalid");

        var future = await PostAsync(me, "dependants/new", Relative("山田 一郎", DateTime.UtcNow.AddDays(40).ToString("yyyy-MM-dd"), "99999999999"));
        var html = await future.Content.ReadAsStringAsync();
        Assert.Matches("class=\"field-validation-error\"[^>]*>未来の日付は入力できません。<", html);
        Assert.Matches("class=\"field-validation-error\"[^>]*>0円以上10,000,000,000円以下", html);
        Assert.Contains("<a href=\"#BirthDate\">", html);
        Assert.Contains("<a href=\"#Income\">", html);

        var impossible = await PostAsync(me, "dependants/new", Relative("山田 一郎", "2010-02-30", "-5"));
        var impossibleHtml = await impossible.Content.ReadAsStringAsync();
        Assert.Contains("<a href=\"#BirthDate\">", impossibleHtml);
        Assert.Contains("<a href=\"#Income\">", impossibleHtml);

        var stored = await DeclarationAsync(me);
        Assert.Equal((DeclarationStatus.NotStarted, 0), (stored.Status, stored.Version));
        Assert.Empty(stored.Dependants.Relatives);
    }

    [Fact]
    public async Task Submit_WithABlockingCheck_IsRefused_WithTheMessageLinkingToTheField()
    {
        var me = await EmployeeAsync("flow-block");
        await PostAsync(me, "insurance/life/new", new() { ["Category"] = "General", ["Regime"] = "New", ["InsurerName"] = "ひまわり生命", ["Premium"] = "100000", ["Certificate"] = "false" });
        var line = Assert.Single((await DeclarationAsync(me)).Insurance.Life);

        var refused = await PostPageAsync(me, "summary", "summary?handler=submit", []);

        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("提出できませんでした", html);
        Assert.Contains($"href=\"/{me.Slug}/declarations/{Year}/insurance/life/{line.EntryId}#Certificate\">保険料控除申告書の生命保険料の1行目の控除証明書を添付してください", html);
        Assert.Equal(DeclarationStatus.Draft, (await DeclarationAsync(me)).Status);

        // An English user reads the same check in English, still linking to the field.
        await PostPageAsync(me, "summary", "culture", new() { ["culture"] = "en", ["returnUrl"] = $"/{me.Slug}/" });
        var english = await me.Client.GetStringAsync(Url(me, "summary"));
        Assert.Contains($"href=\"/{me.Slug}/declarations/{Year}/insurance/life/{line.EntryId}#Certificate\">Attach the deduction certificate of life insurance line 1 of the insurance premium form", english);
        Assert.Contains("Check and submit", english);
    }

    [Fact]
    public async Task Submit_ThenWithdraw_ThenSubmitAgain()
    {
        var me = await EmployeeAsync("flow-submit");
        await PostAsync(me, "self", new() { ["Disability"] = "None", ["Widow"] = "None", ["SingleParent"] = "false", ["WorkingStudent"] = "false" });

        var submitted = await PostPageAsync(me, "summary", "summary?handler=submit", []);
        var status = await submitted.Content.ReadAsStringAsync();
        Assert.Contains("提出しました。", status);
        Assert.Contains("提出を取り消す", status);
        Assert.Equal(DeclarationStatus.Submitted, (await DeclarationAsync(me)).Status);

        // A submitted declaration is read, not edited: the step pages lead to the summary.
        var step = await me.Client.GetAsync(Url(me, "self"));
        Assert.EndsWith("/summary", step.RequestMessage!.RequestUri!.AbsolutePath);

        var withdrawn = await PostPageAsync(me, $"declarations/{Year}", $"declarations/{Year}?handler=withdraw", []);
        Assert.Contains("提出を取り消しました", await withdrawn.Content.ReadAsStringAsync());
        Assert.Equal(DeclarationStatus.Draft, (await DeclarationAsync(me)).Status);

        await PostPageAsync(me, "summary", "summary?handler=submit", []);
        Assert.Equal(DeclarationStatus.Submitted, (await DeclarationAsync(me)).Status);
    }

    [Fact]
    public async Task AUserWithoutADeclaration_GetsAClearPage()
    {
        var me = await EmployeeAsync("flow-none", createDeclaration: false);

        var overview = await me.Client.GetAsync($"/{me.Slug}/declarations/{Year}");
        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
        Assert.Contains("申告書はまだ用意されていません", await overview.Content.ReadAsStringAsync());
        var step = await me.Client.GetAsync(Url(me, "insurance"));
        Assert.EndsWith($"/declarations/{Year}", step.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, (await me.Client.GetAsync($"/{me.Slug}/declarations/2019")).StatusCode);
    }

    [Fact]
    public async Task AnotherEmployeesOrTenantsEntries_AreNotFound_OnEveryRoute()
    {
        var owner = await EmployeeAsync("flow-owner");
        await PostAsync(owner, "dependants/new", Relative("山田 一郎", "2015-04-01", "0"));
        await PostAsync(owner, "insurance/life/new", new() { ["Category"] = "General", ["Regime"] = "New", ["InsurerName"] = "ひまわり生命", ["Premium"] = "100000", ["Certificate"] = "true" });
        var stored = await DeclarationAsync(owner);
        var relative = stored.Dependants.YoungRelatives[0].EntryId;
        var line = stored.Insurance.Life[0].EntryId;
        var colleague = await EmployeeAsync("flow-owner", login: "colleague", number: "E002");
        var outsider = await EmployeeAsync("flow-outsider");

        foreach (var other in new[] { colleague, outsider })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync(Url(other, $"dependants/{relative}"))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync(Url(other, $"insurance/life/{line}"))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await PostPageAsync(other, "dependants", $"dependants/{relative}", Relative("X", "2010-04-01", "0"))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await PostPageAsync(other, "insurance", $"insurance/life/{line}", new() { ["InsurerName"] = "X", ["Premium"] = "1", ["Certificate"] = "true" })).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await PostPageAsync(other, "dependants", $"dependants?handler=remove&entryId={relative}", [])).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await PostPageAsync(other, "insurance", $"insurance?handler=remove&kind=life&entryId={line}", [])).StatusCode);
            foreach (var page in new[] { "self", "spouse", "dependants", "insurance", "housing-loan", "summary" })
            {
                var html = await other.Client.GetStringAsync(Url(other, page));
                Assert.DoesNotContain("山田 一郎", html);
                Assert.DoesNotContain("ひまわり生命", html);
            }
        }

        // The owner's own cookie does not open another tenant's flow.
        var foreign = await owner.Client.GetAsync($"/{outsider.Slug}/declarations/{Year}/insurance/life/{line}");
        Assert.NotEqual(HttpStatusCode.OK, foreign.StatusCode);
        Assert.DoesNotContain("ひまわり生命", await foreign.Content.ReadAsStringAsync());
        var after = await DeclarationAsync(owner);
        Assert.Single(after.Dependants.YoungRelatives);
        Assert.Single(after.Insurance.Life);
    }

    private static Dictionary<string, string> Spouse(string name, string birth, string salary, string other = "0") => new()
    {
        ["HasSpouse"] = "true", ["Name"] = name, ["NameKana"] = "ヤマダ ハナコ", ["BirthDate"] = birth, ["Cohabiting"] = "true",
        ["SalaryRevenue"] = salary, ["OtherIncome"] = other, ["Disability"] = "None", ["MyNumber"] = "", ["go"] = "next",
    };

    private static Dictionary<string, string> Relative(string name, string birth, string income) => new()
    {
        ["Name"] = name, ["NameKana"] = "ヤマダ イチロウ", ["Relationship"] = "Child", ["BirthDate"] = birth, ["Income"] = income, ["Cohabiting"] = "true",
        ["Disability"] = "None", ["ClaimedByOther"] = "false", ["NonResident"] = "false", ["MyNumber"] = "",
    };

    private sealed record Me(HttpClient Client, string Slug, string Login, TenantId Tenant, EmployeeId Employee);

    private static string Url(Me me, string step) => $"/{me.Slug}/declarations/{Year}/{step}";

    // GET the page for its token and Version, then POST the fields to it (redirects followed).
    private static Task<HttpResponseMessage> PostAsync(Me me, string step, Dictionary<string, string> fields) =>
        PostPageAsync(me, step, step, fields);

    private static async Task<HttpResponseMessage> PostPageAsync(Me me, string getStep, string postStep, Dictionary<string, string> fields)
    {
        var getUrl = getStep.StartsWith("declarations/", StringComparison.Ordinal) ? $"/{me.Slug}/{getStep}" : Url(me, getStep);
        var postUrl = postStep.StartsWith("declarations/", StringComparison.Ordinal) || postStep is "logout" or "culture" ? $"/{me.Slug}/{postStep}" : Url(me, postStep);
        var page = await me.Client.GetStringAsync(getUrl);
        return await me.Client.PostAsync(postUrl, Form(page, fields));
    }

    private static FormUrlEncodedContent Form(string page, Dictionary<string, string> fields)
    {
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = Html.AntiforgeryToken(page) };
        if (!form.ContainsKey("Version") && Html.FormVersion(page) is { } version)
        {
            form["Version"] = version;
        }

        return new FormUrlEncodedContent(form);
    }

    private readonly Dictionary<string, (TenantId Tenant, HttpClient Admin)> _tenants = [];

    private async Task<Me> EmployeeAsync(string slug, string login = "yamada", string number = "E001", bool createDeclaration = true)
    {
        if (!_tenants.TryGetValue(slug, out var tenant))
        {
            var (admin, _) = await factory.AdminClientAsync(slug);
            await using var lookup = factory.SystemScope();
            var id = await lookup.ServiceProvider.GetRequiredService<AppDbContext>().Tenants.IgnoreQueryFilters()
                .Where(t => t.Slug == Domain.Tenants.TenantSlug.Create(slug)).Select(t => t.Id).SingleAsync();
            tenant = (id, admin);
            _tenants[slug] = tenant;
        }

        var initial = await AuthWebApplicationFactory.CreateUserWithPasswordAsync(tenant.Admin, slug, login, "山田 太郎");
        var client = factory.CreateClient();
        await AuthWebApplicationFactory.SignInChangingPasswordAsync(client, slug, login, initial, Password);

        var employee = Employee.Register(tenant.Tenant, EmployeeNumber.Create(number), EmployeeProfile.Create(
            "山田 太郎", "ヤマダ タロウ", new DateOnly(1980, 1, 1), Gender.NotStated, null, null, new DateOnly(2010, 4, 1), null, null, null, null), DateTime.UtcNow);
        await using (var scope = factory.TenantScope(tenant.Tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Employees.Add(employee);
            var account = await db.Accounts.SingleAsync(a => a.LoginId == LoginId.Create(login));
            account.LinkEmployee(employee.Id);
            if (createDeclaration)
            {
                db.Declarations.Add(Declaration.Create(tenant.Tenant, employee.Id, new TaxYear(Year), new DateOnly(Year, 12, 20), DateTime.UtcNow));
            }

            await db.SaveChangesAsync();
        }

        return new Me(client, slug, login, tenant.Tenant, employee.Id);
    }

    private async Task<Declaration> DeclarationAsync(Me me)
    {
        await using var scope = factory.TenantScope(me.Tenant);
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().Declarations.AsNoTracking().SingleAsync(d => d.EmployeeId == me.Employee);
    }
}
