using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Abstractions;

/// <summary>
/// The account a background job runs as (ADR 0032). There is no HTTP request in a job, so the job runner sets this
/// per scope from the account's state when the job starts, and <see cref="ICurrentUser"/> answers from it: the same
/// permission and department checks apply as when the admin clicked, with the rights they hold now.
/// </summary>
public sealed class JobCaller
{
    public bool IsSet { get; private set; }

    public AccountId? AccountId { get; private set; }

    public AccountRole? Role { get; private set; }

    public Permission Permissions { get; private set; }

    public IReadOnlyList<string> Departments { get; private set; } = [];

    public void Set(Account account)
    {
        IsSet = true;
        AccountId = account.Id;
        Role = account.Role;
        Permissions = account.EffectivePermissions;
        Departments = account.DepartmentCodes;
    }
}
