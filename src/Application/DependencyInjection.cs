using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace YearEndAdjustment.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        foreach (var result in AssemblyScanner.FindValidatorsInAssemblyContaining<ApplicationAssemblyMarker>())
        {
            // A validator builds its rule tree in its constructor; one without dependencies is immutable after that
            // (messages are resolved when a rule fails, in the request's culture), so it is built once, not per message.
            if (result.ValidatorType.GetConstructor(Type.EmptyTypes) is not null && result.ValidatorType.GetConstructors().Length == 1)
            {
                services.AddSingleton(result.InterfaceType, result.ValidatorType);
            }
            else
            {
                services.AddTransient(result.InterfaceType, result.ValidatorType);
            }
        }

        services.AddSingleton(TimeProvider.System);

        // ADR 0028: settings snapshots shared by all requests, version-checked against the database on each one.
        services.AddSingleton<Tenants.Support.TenantSettingsCache>();
        services.AddSingleton<Accounts.Support.SessionCache>();
        services.AddSingleton<Tenants.Support.SiteNoticesGeneration>();
        services.AddSingleton<Abstractions.TenantWriteGeneration>();
        services.AddScoped<Tenants.Contracts.CurrentTenantSettings>();
        services.AddSingleton<Employees.Support.DepartmentListCache>();
        services.AddSingleton<Employees.Contracts.VisibleDepartments>();

        // Registered before Infrastructure, whose deny-all default is only a fallback (TryAdd).
        services.AddScoped<Employees.Contracts.IMyNumberAccessPolicy, Employees.PermissionMyNumberAccessPolicy>();
        services.AddScoped<Accounts.Contracts.IAccountProvisioning, Accounts.Provisioning.AccountProvisioning>();
        services.AddScoped<Abstractions.JobCaller>();
        services.AddScoped<Employees.Contracts.ICsvReportWriter, Employees.Csv.CsvReportWriter>();
        services.AddScoped<Jobs.Contracts.IBackgroundJobHandler, Declarations.OpenTaxYear.OpenTaxYearJob>();
        services.AddScoped<Jobs.Contracts.IBackgroundJobHandler, Reminders.SendReminders.SendRemindersJob>();
        services.AddScoped<Results.Support.ResultCalculator>();
        services.AddScoped<Outputs.Support.SlipLoader>();
        services.AddScoped<Outputs.Support.YearSlipReader>();
        services.AddScoped<Outputs.Support.SlipMyNumberReader>();
        services.AddScoped<Jobs.Contracts.IBackgroundJobHandler, Results.RunCalculation.RunCalculationJob>();
        services.AddScoped<Jobs.Contracts.IBackgroundJobHandler, Outputs.PrepareSlipArchive.SlipArchiveJob>();
        services.AddScoped<Jobs.Contracts.IBackgroundJobHandler, Employees.StartEmployeeImport.EmployeeImportJob>();
        return services;
    }
}
