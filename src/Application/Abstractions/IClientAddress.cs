namespace YearEndAdjustment.Application.Abstractions;

/// <summary>The address the current request came from, or null outside a request (jobs, operator commands).</summary>
public interface IClientAddress
{
    string? Current { get; }
}
