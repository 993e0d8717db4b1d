using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Abstractions;

/// <summary>The signed-in account of the current request, from the validated session; never taken from a request body.</summary>
public interface ICurrentUser
{
    /// <summary>The account id, or null when nobody is signed in.</summary>
    AccountId? AccountId { get; }

    /// <summary>The server-side session the request belongs to, or null.</summary>
    Guid? SessionId { get; }

    /// <summary>The account's role, or null when nobody is signed in.</summary>
    AccountRole? Role { get; }

    /// <summary>The effective permissions (all for admins, the chosen subset for limited admins).</summary>
    Permission Permissions { get; }

    /// <summary>Department codes a limited admin is restricted to; empty means all.</summary>
    IReadOnlyList<string> Departments { get; }

    /// <summary>
    /// The employee the account is linked to, as this request's session read found it (ADR 0053); null when not linked
    /// or not known (background jobs), in which case use cases read the link themselves.
    /// </summary>
    EmployeeId? EmployeeId => null;

    /// <summary>
    /// True when <see cref="EmployeeId"/> comes from this request's session read, so that null means "not linked";
    /// false when the link is not known and must be read.
    /// </summary>
    bool EmployeeLinkRead => false;
}
