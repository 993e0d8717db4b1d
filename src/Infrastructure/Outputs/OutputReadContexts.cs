using Microsoft.Extensions.DependencyInjection;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Outputs.Contracts;

namespace YearEndAdjustment.Infrastructure.Outputs;

// A scope of its own entered into the caller's tenant, as AesGcmMyNumberProtector reads its key: the new context has
// the same tenant filters and nothing of the caller's open reads.
internal sealed class OutputReadContexts(IServiceScopeFactory scopes, ITenantContext tenantContext) : IOutputReadContexts
{
    public IOutputReadContext Open()
    {
        var tenantId = tenantContext.TenantId ?? throw new InvalidOperationException("A second read context needs a tenant.");
        var scope = scopes.CreateAsyncScope();
        try
        {
            scope.ServiceProvider.GetRequiredService<ITenantContext>().Enter(tenantId, tenantContext.Slug ?? "", tenantContext.DisplayName ?? "");
            return new Lease(scope, scope.ServiceProvider.GetRequiredService<IAppDbContext>());
        }
        catch
        {
            scope.Dispose();
            throw;
        }
    }

    private sealed class Lease(AsyncServiceScope scope, IAppDbContext db) : IOutputReadContext
    {
        public IAppDbContext Db => db;

        public ValueTask DisposeAsync() => scope.DisposeAsync();
    }
}
