using Microsoft.AspNetCore.Http;

namespace YearEndAdjustment.ArchitectureTests.Fixtures.Infrastructure;

/// <summary>Deliberately wrong: infrastructure reading the HTTP request (rule 3).</summary>
public sealed class HttpAwareStore(IHttpContextAccessor accessor)
{
    public string? Path => accessor.HttpContext?.Request.Path;
}
