using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Employees.Support;

/// <summary>
/// The real host with the employees module's test needs: its own master-key folder (deleted on dispose) and a
/// My Number access policy that tests switch on and off; the product's default policy denies.
/// </summary>
public class EmployeesWebApplicationFactory : YeaWebApplicationFactory
{
    private readonly string _keyDirectory = Path.Combine(Path.GetTempPath(), $"yea-keys-{Guid.NewGuid():N}");

    public SwitchableMyNumberAccessPolicy AccessPolicy { get; } = new();

    public string KeyDirectory => _keyDirectory;

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Security:KeyDirectory"] = _keyDirectory,
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IMyNumberAccessPolicy>(AccessPolicy));
    }

    public async Task<TenantId> NewTenantAsync(string slug) => new((await CreateTenantAsync(slug)).TenantId);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(_keyDirectory))
        {
            Directory.Delete(_keyDirectory, recursive: true);
        }
    }
}
