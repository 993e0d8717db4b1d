using YearEndAdjustment.Application.Abstractions;

namespace YearEndAdjustment.Infrastructure.Persistence.Interceptors;

/// <summary>Outside a web host (operator commands, tests of Infrastructure alone) there is no client.</summary>
internal sealed class NoClientAddress : IClientAddress
{
    public string? Current => null;
}
