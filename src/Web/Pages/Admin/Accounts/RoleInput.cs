using YearEndAdjustment.Domain.Accounts;

namespace YearEndAdjustment.Web.Pages.Admin.Accounts;

/// <summary>The role part of the account forms: role, a limited admin's permissions and departments.</summary>
public sealed class RoleInput
{
    public AccountRole Role { get; set; } = AccountRole.General;

    public List<Permission> Permissions { get; set; } = [];

    public string? Departments { get; set; }

    public Permission Combined => Permissions.Aggregate(Permission.None, (all, p) => all | p);

    public static RoleInput From(AccountRole role, Permission permissions, string departments) => new()
    {
        Role = role,
        Permissions = Enum.GetValues<Permission>().Where(p => p is not Permission.None and not Permission.All && permissions.HasFlag(p)).ToList(),
        Departments = departments,
    };
}
