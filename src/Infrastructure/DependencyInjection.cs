using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using YearEndAdjustment.Application.AccessLogs.Contracts;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Application.Employees.Csv;
using Microsoft.Extensions.DependencyInjection.Extensions;
using YearEndAdjustment.Infrastructure.Attachments;
using YearEndAdjustment.Application.Declarations.Contracts;
using YearEndAdjustment.Infrastructure.Csv;
using YearEndAdjustment.Infrastructure.Persistence.Bulk;
using YearEndAdjustment.Infrastructure.Security.MyNumbers;
using YearEndAdjustment.Infrastructure.AccessLogs;
using YearEndAdjustment.Infrastructure.Email;
using YearEndAdjustment.Infrastructure.Jobs;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.Infrastructure.Persistence.Interceptors;
using YearEndAdjustment.Infrastructure.Persistence.Queries;
using YearEndAdjustment.Infrastructure.Security;
using YearEndAdjustment.Infrastructure.Tenancy;

namespace YearEndAdjustment.Infrastructure;

public static class DependencyInjection
{
    public const string DefaultSqliteConnection = "Data Source=data/yearendadjustment.db";

    /// <summary>
    /// <c>list.Contains(column)</c> as <c>IN (@p0, @p1, …)</c>: a single JSON-array parameter hides the list's size from
    /// the planner, and SQLite then scanned the whole tenant rather than seek 50 keys (issue 10).
    /// </summary>
    private const ParameterTranslationMode CollectionsAsParameters = ParameterTranslationMode.MultipleParameters;

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.Configure<AccessLogOptions>(configuration.GetSection(AccessLogOptions.Section));
        services.Configure<PasswordHashingOptions>(configuration.GetSection(PasswordHashingOptions.Section));

        services.AddScoped<TenantContext>();
        services.AddMemoryCache();
        services.AddSingleton<IReadModelCache, Caching.MemoryReadModelCache>();
        services.AddSingleton<IDeclarationFormsJson, Persistence.Converters.DeclarationFormsJson>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());
        services.AddSingleton<TenantGuardInterceptor>();
        services.TryAddSingleton<IClientAddress, NoClientAddress>();
        services.AddSingleton<AuditAddressInterceptor>();
        services.AddSingleton<ScopeConnectionInterceptor>();
        services.AddScoped<ScopeConnection>();
        services.AddSingleton<IPasswordHasher, Pbkdf2PasswordHasher>();
        services.AddSingleton<ICommonPasswordList, CommonPasswordList>();
        services.Configure<SignInThrottleOptions>(configuration.GetSection(SignInThrottleOptions.Section));
        services.AddSingleton<CredentialBudget>();
        services.AddSingleton<ISignInThrottle, SignInThrottle>();
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        if (string.Equals(configuration[$"{EmailOptions.Section}:Mode"], "Smtp", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
        }
        else
        {
            services.AddSingleton<IEmailSender, OutboxEmailSender>();
        }

        AddDatabase(services, configuration);

        services.Configure<JobOptions>(configuration.GetSection(JobOptions.Section));
        services.AddSingleton<IScheduledJob, AccessLogRetentionJob>();
        services.AddSingleton<IScheduledJob, DatabaseStatisticsJob>();
        services.AddSingleton<IScheduledJob, LeaverAccountsJob>();
        services.AddSingleton<IScheduledJob, ReminderScheduleJob>();
        services.Configure<TenantPurgeOptions>(configuration.GetSection(TenantPurgeOptions.Section));
        services.Configure<AuditTrailOptions>(configuration.GetSection(AuditTrailOptions.Section));
        services.AddSingleton<TenantPurger>();
        services.AddSingleton<IScheduledJob, TenantPurgeJob>();
        services.AddSingleton<Operations.AnnouncementMailer>();
        services.AddSingleton<IScheduledJob>(sp => sp.GetRequiredService<Operations.AnnouncementMailer>());
        services.AddSingleton<Operations.DatabaseBackup>();
        services.AddSingleton<ScheduledJobRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduledJobRunner>());
        services.AddSingleton<Application.Abstractions.IMaintenanceMode, Operations.DatabaseMaintenanceMode>();
        services.AddSingleton<BackgroundJobRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<BackgroundJobRunner>());
        AddEmployees(services, configuration);
        AddAttachments(services, configuration);

        services.AddSingleton<AccessLogWriter>();
        services.AddSingleton<IAccessLogWriter>(sp => sp.GetRequiredService<AccessLogWriter>());
        services.AddHostedService(sp => sp.GetRequiredService<AccessLogWriter>());
        return services;
    }

    /// <summary>Issue 4: CSV import/export, the bulk write path and My Number protection (ADRs 0020–0022).</summary>
    private static void AddEmployees(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CsvImportOptions>(configuration.GetSection(CsvImportOptions.Section));
        services.Configure<MyNumberProtectionOptions>(configuration.GetSection(MyNumberProtectionOptions.Section));
        services.AddSingleton<ICsvFileReader, CsvFileReader>();
        services.AddSingleton<ICsvFileWriterFactory, CsvFileWriterFactory>();
        services.AddSingleton<Application.Outputs.Contracts.IWithholdingSlipPdfRenderer, Outputs.WithholdingSlipPdfRenderer>();
        services.AddSingleton<Application.Outputs.Contracts.IUnifiedCsvWriter, Outputs.UnifiedCsv.UnifiedCsvWriter>();
        services.AddScoped<Application.Outputs.Contracts.IOutputReadContexts, Outputs.OutputReadContexts>();
        services.AddSingleton<Application.Declarations.Contracts.IDeductionCertificateReader, Certificates.DeductionCertificateReader>();
        services.AddScoped<IBulkWriter, ModelBulkWriter>();
        services.AddSingleton<MasterKeyProvider>();
        services.AddScoped<IMyNumberProtector, AesGcmMyNumberProtector>();
        services.TryAddScoped<IMyNumberAccessPolicy, DenyAllMyNumberAccessPolicy>();
    }

    /// <summary>Issue 11: certificate attachments, kept in the database by default (ADR 0036).</summary>
    private static void AddAttachments(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AttachmentOptions>(configuration.GetSection(AttachmentOptions.Section));
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<AttachmentOptions>>().Value);
        services.AddScoped<IAttachmentStore, DatabaseAttachmentStore>();
        services.AddScoped<Application.Jobs.Contracts.IJobFileStore, Jobs.Files.DatabaseJobFileStore>();
        services.AddScoped<IPendingUploadStore, Uploads.PendingUploadStore>();
    }

    private static void AddDatabase(IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration[$"{DatabaseOptions.Section}:Provider"] ?? DatabaseOptions.Sqlite;
        var connectionString = configuration.GetConnectionString("Default");
        switch (provider)
        {
            case DatabaseOptions.Sqlite:
                services.AddPooledDbContextFactory<SqliteAppDbContext>((sp, options) => options
                    .UseSqlite(connectionString ?? DefaultSqliteConnection, sqlite => sqlite.UseParameterizedCollectionMode(CollectionsAsParameters))
                    .AddInterceptors(Interceptors(sp)));
                services.AddSingleton(_ => new SqliteKeptStatements(connectionString ?? DefaultSqliteConnection));
                services.AddSingleton<SqliteRequestReads>();

                // ADR 0065: the employee home's, the sign-in history's and the employee list's reads through kept
                // statements; the server engines get EF's precompiled ones in AddScopedContext.
                services.AddScoped<Application.Declarations.GetMyTasks.IMyTasksReads, SqliteMyTasksReads>();
                services.AddScoped<Application.Accounts.ListLoginHistory.ILoginHistoryReads, SqliteLoginHistoryReads>();
                services.AddScoped<SqliteEmployeeListReads>();
                services.AddScoped<Application.Employees.ListEmployees.IEmployeeListReads>(sp => sp.GetRequiredService<SqliteEmployeeListReads>());
                services.AddScoped<Application.Employees.Contracts.IEmployeeSearchReads>(sp => sp.GetRequiredService<SqliteEmployeeListReads>());
                AddScopedContext<SqliteAppDbContext>(services);
                break;
            case DatabaseOptions.SqlServer:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException(
                        "Database:Provider is SqlServer but ConnectionStrings:Default is not set.");
                }

                services.AddPooledDbContextFactory<SqlServerAppDbContext>((sp, options) => options
                    .UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure().UseParameterizedCollectionMode(CollectionsAsParameters))
                    .AddInterceptors(Interceptors(sp)));
                AddScopedContext<SqlServerAppDbContext>(services);
                break;
            case DatabaseOptions.PostgreSql:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException(
                        "Database:Provider is PostgreSql but ConnectionStrings:Default is not set.");
                }

                // No retrying strategy: the import and the job runner open their own transactions (ADR 0025, 0032),
                // which a retrying strategy refuses. Collections stay one array parameter (= ANY(@p)), one plan for any size.
                services.AddPooledDbContextFactory<PostgreSqlAppDbContext>((sp, options) => options
                    .UseNpgsql(connectionString)
                    .AddInterceptors(Interceptors(sp)));
                AddScopedContext<PostgreSqlAppDbContext>(services);
                break;
            default:
                throw new InvalidOperationException(
                    $"Unknown Database:Provider '{provider}'. Use '{DatabaseOptions.Sqlite}', '{DatabaseOptions.SqlServer}' or '{DatabaseOptions.PostgreSql}'.");
        }

        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<AppDbContext>());
    }

    private static Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] Interceptors(IServiceProvider sp) =>
    [
        sp.GetRequiredService<TenantGuardInterceptor>(), sp.GetRequiredService<AuditAddressInterceptor>(),
        sp.GetRequiredService<ScopeConnectionInterceptor>(),
    ];

    /// <summary>
    /// ADR 0028: contexts come from a pool (no model, service-provider or change-tracker set-up per request); the
    /// scope's tenant is attached on rent. The scope disposes the context, which returns it to the pool.
    /// </summary>
    private static void AddScopedContext<TContext>(IServiceCollection services)
        where TContext : AppDbContext
    {
        services.AddScoped<AppDbContext>(sp =>
        {
            var db = sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
            db.TenantContext = sp.GetRequiredService<ITenantContext>();
            db.ScopeConnection = sp.GetRequiredService<ScopeConnection>();
            return db;
        });

        // Precompiled reads, typed by the provider's context (each provider's model has its own compiled queries);
        // TryAdd: on SQLite the kept-statement readers are registered already (ADR 0065).
        services.AddScoped<IRequestLookups>(sp => new RequestLookups<TContext>(
            (TContext)sp.GetRequiredService<AppDbContext>(), sp.GetService<SqliteRequestReads>()));
        services.TryAddScoped(sp => new EmployeeListReads<TContext>((TContext)sp.GetRequiredService<AppDbContext>()));
        services.TryAddScoped<Application.Employees.ListEmployees.IEmployeeListReads>(sp => sp.GetRequiredService<EmployeeListReads<TContext>>());
        services.TryAddScoped<Application.Employees.Contracts.IEmployeeSearchReads>(sp => sp.GetRequiredService<EmployeeListReads<TContext>>());
        services.TryAddScoped<Application.Declarations.GetMyTasks.IMyTasksReads>(
            sp => new MyTasksReads<TContext>((TContext)sp.GetRequiredService<AppDbContext>()));
        services.TryAddScoped<Application.Accounts.ListLoginHistory.ILoginHistoryReads>(
            sp => new LoginHistoryReads<TContext>((TContext)sp.GetRequiredService<AppDbContext>()));
    }
}
