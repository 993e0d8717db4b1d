using System.Net;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Infrastructure.Persistence;

namespace YearEndAdjustment.IntegrationTests.Declarations;

/// <summary>Returned declarations and assisted entry over HTTP (ADR 0041): comments beside their fields and linked from the
/// overview, unchanged resubmission, the flow pages in assisted mode with the banner, and the employee's confirmation.</summary>
public sealed partial class DeclarationFlowPagesTests
{
    [Fact]
    public async Task ReturnedDeclaration_ShowsEachCommentBesideItsField_LinksToIt_AndResubmitsUnchanged()
    {
        var me = await EmployeeAsync("flow-returned");
        await PostAsync(me, "dependants/new", Relative("山田 一郎", "2006-04-01", "900000"));
        var entry = Assert.Single((await DeclarationAsync(me)).Basic.SpecificRelatives).EntryId;
        await PostPageAsync(me, "summary", "summary?handler=submit", []);
        await ReturnAsync(me, new ReviewComment($"{DeclarationFieldPaths.SpecificRelatives}[{entry}].income", "給与の見込額は源泉徴収票と合っていますか？"), new ReviewComment("", "全体をもう一度確認してください。"));

        var overview = await me.Client.GetStringAsync(Url(me, ""));
        Assert.Contains("全体をもう一度確認してください。", overview);
        Assert.Contains($"href=\"/{me.Slug}/declarations/{Year}/dependants/{entry}#Income\"", overview);

        var relative = await me.Client.GetStringAsync(Url(me, $"dependants/{entry}"));
        var field = relative.IndexOf("id=\"Income\"", StringComparison.Ordinal);
        var comment = relative.IndexOf("class=\"field-comment\"", StringComparison.Ordinal);
        Assert.True(comment > 0 && Math.Abs(comment - field) < 600, "the comment stands beside the income field");
        Assert.Contains("全体をもう一度確認してください。", relative);

        var again = await PostPageAsync(me, "summary", "summary?handler=submit", []);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(DeclarationStatus.Submitted, (await DeclarationAsync(me)).Status);
    }

    [Fact]
    public async Task AssistedEntry_TheAdminUsesTheFlowPages_TheEmployeeConfirms()
    {
        var me = await EmployeeAsync("flow-assist");
        var admin = _tenants["flow-assist"].Admin;
        var id = (await DeclarationAsync(me)).Id.Value;
        var assist = $"/{me.Slug}/admin/declarations/{Year}/{id}/assist";

        var page = await admin.GetStringAsync($"{assist}/self");
        Assert.Contains("山田 太郎さんの代理で入力中", page);
        Assert.Contains($"href=\"{assist}/spouse\"", page);
        Assert.DoesNotContain($"href=\"/{me.Slug}/declarations/{Year}/spouse\"", page);

        var saved = await admin.PostAsync($"{assist}/self", Form(page, new() { ["Disability"] = "General", ["Widow"] = "None", ["SingleParent"] = "false", ["WorkingStudent"] = "false" }));

        Assert.EndsWith($"{assist}/spouse", saved.RequestMessage!.RequestUri!.AbsolutePath);
        var stored = await DeclarationAsync(me);
        Assert.True(stored.HasAssistedEditsPending);
        Assert.Equal(Domain.Adjustments.DisabilityLevel.General, stored.Dependants.Self.Disability);

        var summary = await admin.GetStringAsync($"{assist}/summary");
        Assert.Contains($"action=\"{assist}/summary?handler=submit\"", summary);

        // The employee cannot use the admin's route, and sees the edits at home.
        var refused = await me.Client.GetAsync($"{assist}/self");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        var home = await me.Client.GetStringAsync($"/{me.Slug}/");
        Assert.Contains($"href=\"/{me.Slug}/declarations/{Year}/assisted-edits\"", home);
        var edits = await me.Client.GetStringAsync(Url(me, "assisted-edits"));
        Assert.Contains(": 障害者</a>", edits);
        Assert.Contains("<dd>General</dd>", edits);
        Assert.Contains("確認しました", edits);

        var confirmed = await me.Client.PostAsync(Url(me, "assisted-edits"), Form(edits, []));

        Assert.EndsWith($"/declarations/{Year}", confirmed.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.False((await DeclarationAsync(me)).HasAssistedEditsPending);
        Assert.DoesNotContain("assisted-edits", await me.Client.GetStringAsync($"/{me.Slug}/"));
    }

    [Fact]
    public async Task IncomeAdjustment_IsClaimedOnTheFamilyPage_ForAChildUnder23_AndNeedsThePerson()
    {
        var me = await EmployeeAsync("flow-adjust");
        await PostAsync(me, "dependants/new", Relative("山田 一郎", "2006-04-01", "0"));
        var child = Assert.Single((await DeclarationAsync(me)).Dependants.Relatives).EntryId;

        var refused = await PostPageAsync(me, "dependants", "dependants?handler=next", new() { ["AdjustmentRequirement"] = "DependantUnder23", ["AdjustmentPerson"] = "" });
        Assert.Contains("当てはまる家族を選んでください。", await refused.Content.ReadAsStringAsync());
        Assert.Null((await DeclarationAsync(me)).Basic.IncomeAdjustment);

        var saved = await PostPageAsync(me, "dependants", "dependants?handler=next", new() { ["AdjustmentRequirement"] = "DependantUnder23", ["AdjustmentPerson"] = child.ToString() });

        Assert.EndsWith("/insurance", saved.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(new IncomeAdjustmentClaim(IncomeAdjustmentRequirement.DependantUnder23, child, null), (await DeclarationAsync(me)).Basic.IncomeAdjustment);
        Assert.Contains("checked=\"checked\" /> 23歳未満", await me.Client.GetStringAsync(Url(me, "dependants")));
    }

    private async Task ReturnAsync(Me me, params ReviewComment[] comments)
    {
        await using var scope = factory.TenantScope(me.Tenant);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var declaration = await db.Declarations.SingleAsync(d => d.EmployeeId == me.Employee);
        declaration.Return(comments, DateTime.UtcNow);
        await db.SaveChangesAsync();
    }
}
