using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Domain.Accounts;

namespace YearEndAdjustment.Application.Employees;

/// <summary>R-34: only holders of the view-My-Number permission (the PPC guideline's 事務取扱担当者) may reveal or export numbers.</summary>
public sealed class PermissionMyNumberAccessPolicy(ICurrentUser currentUser) : IMyNumberAccessPolicy
{
    public ValueTask<bool> MayRevealAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(currentUser.AccountId is not null && currentUser.Has(Permission.ViewMyNumber));
}
