using System.Collections.Concurrent;
using System.Security.Claims;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Web.Security;

namespace YearEndAdjustment.Web.Navigation;

/// <summary>
/// The menu a signed-in user sees, grouped by task and cut to their permissions: only screens that exist and that
/// they may open. Admins get the administration groups first; everyone gets their own account's group.
/// </summary>
public static class SiteNavigation
{
    // One immutable menu per permission set (a handful in a tenant), not one list per request.
    private static readonly ConcurrentDictionary<Permission, IReadOnlyList<NavGroup>> ByPermissions = new();

    public static IReadOnlyList<NavGroup> For(ClaimsPrincipal user) =>
        ByPermissions.GetOrAdd(PermissionPolicies.HeldBy(user), Build);

    private static IReadOnlyList<NavGroup> Build(Permission held)
    {
        var groups = new List<NavGroup>();
        void Add(string title, params (Permission Needs, NavItem Item)[] items)
        {
            var visible = items.Where(i => (held & i.Needs) == i.Needs).Select(i => i.Item).ToList();
            if (visible.Count > 0)
            {
                groups.Add(new NavGroup(title, visible));
            }
        }

        Add("Nav.Employees",
            (Permission.ManageEmployees, new NavItem("Nav.EmployeeList", "/admin/employees")),
            (Permission.ManageEmployees, new NavItem("Nav.EmployeeImport", "/admin/employees/import")),
            (Permission.ManageEmployees, new NavItem("Nav.PayrollImport", "/admin/employees/payroll")),
            (Permission.ExportData, new NavItem("Nav.EmployeeExport", "/admin/employees/export")));
        Add("Nav.YearEnd",
            (Permission.ReviewDeclarations, new NavItem("Nav.Dashboard", "/admin")),
            (Permission.ReviewDeclarations, new NavItem("Nav.DeclarationYears", "/admin/declarations")),
            (Permission.ReviewDeclarations, new NavItem("Nav.OpenYear", "/admin/declarations/open")),
            (Permission.RunCalculations, new NavItem("Nav.Results", "/admin/results")));
        Add("Nav.Accounts",
            (Permission.ManageAccounts, new NavItem("Nav.AccountList", "/admin/accounts")),
            (Permission.ManageAccounts, new NavItem("Nav.AccountNew", "/admin/accounts/new")));
        Add("Nav.Settings",
            (Permission.ManageSettings, new NavItem("Nav.SecuritySettings", "/admin/settings/security")),
            (Permission.ManageSettings, new NavItem("Nav.IpAllowList", "/admin/settings/ip-allow-list")),
            (Permission.ManageSettings, new NavItem("Nav.PayerSettings", "/admin/settings/payer")));
        Add("Nav.Records",
            (Permission.ViewLogs, new NavItem("Nav.AccessLog", "/admin/access-log")),
            (Permission.ViewLogs, new NavItem("Nav.AuditTrail", "/admin/audit-trail")),
            (Permission.ExportData, new NavItem("Nav.DataExport", "/admin/data-export")));
        groups.Add(new NavGroup("Nav.MyAccount",
        [
            new NavItem("Nav.Home", "/"),
            new NavItem("Nav.History", "/account/history"),
            new NavItem("Nav.Announcements", "/announcements"),
            new NavItem("Nav.Password", "/account/password"),
            new NavItem("Nav.TwoFactor", "/account/two-factor"),
        ]));
        return groups;
    }

    /// <summary>Whether the request is on <paramref name="item"/>'s page (or one below it, except home).</summary>
    public static bool IsCurrent(NavItem item, string path) =>
        item.Path == "/" ? path is "" or "/" : path.Equals(item.Path, StringComparison.OrdinalIgnoreCase);
}
