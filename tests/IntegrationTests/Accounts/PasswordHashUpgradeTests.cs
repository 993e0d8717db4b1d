using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Accounts;

/// <summary>R-16: a hash made with older, weaker parameters is replaced at the next successful sign-in.</summary>
public sealed class PasswordHashUpgradeTests(AuthWebApplicationFactory factory) : IClassFixture<AuthWebApplicationFactory>
{
    [Fact]
    public async Task SignIn_WithHashOf100kIterations_StoresA210kHash()
    {
        const string password = "an old but long passphrase";
        var tenant = await factory.CreateTenantAsync("rehash");
        var old = new PasswordHasher<object>(Options.Create(new PasswordHasherOptions { IterationCount = 100_000 })).HashPassword(new object(), password);
        await SetHashAsync(tenant.TenantId, old);

        var response = await AuthWebApplicationFactory.SignInAsync(factory.CreateClient(), "rehash", "admin", password);
        var stored = await GetHashAsync(tenant.TenantId);
        var current = new PasswordHasher<object>(Options.Create(new PasswordHasherOptions { IterationCount = 210_000 }));

        Assert.Equal("/rehash/account/password", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.NotEqual(old, stored);
        Assert.Equal(PasswordVerificationResult.Success, current.VerifyHashedPassword(new object(), stored, password));
        Assert.Equal(210_000, IterationsOf(stored));
    }

    /// <summary>IdentityV3 layout: 0x01, PRF (4 bytes), iteration count (4 bytes, big-endian), salt length, salt, subkey.</summary>
    private static int IterationsOf(string hash)
    {
        var bytes = Convert.FromBase64String(hash);
        Assert.Equal(0x01, bytes[0]);
        Assert.Equal(2, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(1))); // 2 = HMAC-SHA512
        return System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(5));
    }

    private async Task SetHashAsync(Guid tenantId, string hash)
    {
        await using var scope = factory.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tenant = new Domain.SharedKernel.TenantId(tenantId);
        await db.Accounts.IgnoreQueryFilters().Where(a => a.TenantId == tenant && a.LoginId == LoginId.Admin)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.PasswordHash, hash));
    }

    private async Task<string> GetHashAsync(Guid tenantId)
    {
        await using var scope = factory.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tenant = new Domain.SharedKernel.TenantId(tenantId);
        return (await db.Accounts.IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.TenantId == tenant && a.LoginId == LoginId.Admin)).PasswordHash;
    }
}
