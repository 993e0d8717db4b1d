using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace YearEndAdjustment.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        foreach (var result in AssemblyScanner.FindValidatorsInAssemblyContaining<ApplicationAssemblyMarker>())
        {
            services.AddTransient(result.InterfaceType, result.ValidatorType);
        }

        services.AddSingleton(TimeProvider.System);

        // Registered before Infrastructure, whose deny-all default is only a fallback (TryAdd).
        services.AddScoped<Employees.Contracts.IMyNumberAccessPolicy, Employees.PermissionMyNumberAccessPolicy>();
        services.AddScoped<Accounts.Contracts.IAccountProvisioning, Accounts.Provisioning.AccountProvisioning>();
        services.AddScoped<Abstractions.JobCaller>();
        services.AddScoped<Jobs.Contracts.IBackgroundJobHandler, Declarations.OpenTaxYear.OpenTaxYearJob>();
        return services;
    }
}
