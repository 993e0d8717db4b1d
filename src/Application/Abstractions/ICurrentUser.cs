using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Abstractions;

/// <summary>The signed-in account of the current request, if any; never taken from a request body.</summary>
public interface ICurrentUser
{
    /// <summary>The account id, or null when nobody is signed in.</summary>
    AccountId? AccountId { get; }
}
