namespace YearEndAdjustment.Application.Employees.Contracts;

/// <summary>
/// Whether the current caller holds the view-My-Number permission (R-34; the PPC guideline's 事務取扱担当者).
/// The default implementation denies everyone until the accounts module supplies permissions.
/// </summary>
public interface IMyNumberAccessPolicy
{
    ValueTask<bool> MayRevealAsync(CancellationToken cancellationToken = default);
}
