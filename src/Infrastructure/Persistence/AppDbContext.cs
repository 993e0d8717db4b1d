using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.Jobs;
using YearEndAdjustment.Domain.Results;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Domain.Tenants;
using YearEndAdjustment.Infrastructure.Attachments;
using YearEndAdjustment.Infrastructure.Persistence.Converters;
using YearEndAdjustment.Infrastructure.Security.MyNumbers;
using YearEndAdjustment.Infrastructure.Tenancy;

namespace YearEndAdjustment.Infrastructure.Persistence;

/// <summary>
/// The one context of the modular monolith. Abstract: each provider has a sibling subclass that owns its migration
/// set (<see cref="SqlServerAppDbContext"/>, <see cref="SqliteAppDbContext"/>, <see cref="PostgreSqlAppDbContext"/>; ADR 0006, 0045). Siblings, not a base and a
/// child, because EF's migration tools match snapshots by assignable type and would mix the two sets. Every <see cref="ITenantOwned"/> entity gets the named tenant filter (ADR 0007).
/// </summary>
internal abstract class AppDbContext : DbContext, IAppDbContext
{
    public const string TenantFilter = "Tenant";

    /// <summary>Code-point order, so a range on a search key is exactly a prefix match.</summary>
    public const string SqlServerOrdinalCollation = "Latin1_General_100_BIN2";

    protected AppDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>
    /// The scope's tenant, set each time the context is rented from the pool (ADR 0028); cleared when it goes back, so a
    /// context used outside a scope sees no tenant (<see cref="TenantId.None"/>) and may not save tenant rows.
    /// </summary>
    internal ITenantContext? TenantContext { get; set; }

    /// <summary>Saves through this context so far: a read kept for the scope stands while it has not moved (ADR 0063).</summary>
    internal int Saves { get; private set; }

    /// <summary>The scope's connection policy (ADR 0063), set on rent like the tenant and cleared on return.</summary>
    internal Interceptors.ScopeConnection? ScopeConnection { get; set; }

    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<AccessLog> AccessLogs => Set<AccessLog>();

    public DbSet<LoginHistoryEntry> LoginHistory => Set<LoginHistoryEntry>();

    public DbSet<AccountToken> AccountTokens => Set<AccountToken>();

    public DbSet<UserSession> UserSessions => Set<UserSession>();

    public DbSet<TenantSettings> TenantSettings => Set<TenantSettings>();

    public DbSet<Employee> Employees => Set<Employee>();

    public DbSet<PayrollTotal> PayrollTotals => Set<PayrollTotal>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<BackgroundJob> BackgroundJobs => Set<BackgroundJob>();

    public DbSet<Declaration> Declarations => Set<Declaration>();

    public DbSet<DeclarationChange> DeclarationChanges => Set<DeclarationChange>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<Domain.Reminders.ReminderSettings> ReminderSettings => Set<Domain.Reminders.ReminderSettings>();

    public DbSet<Domain.Reminders.ReminderSchedule> ReminderSchedules => Set<Domain.Reminders.ReminderSchedule>();

    public DbSet<Domain.Reminders.ReminderRound> ReminderRounds => Set<Domain.Reminders.ReminderRound>();

    public DbSet<Domain.Reminders.ReminderDelivery> ReminderDeliveries => Set<Domain.Reminders.ReminderDelivery>();
    public DbSet<YearEndResult> YearEndResults => Set<YearEndResult>();

    /// <summary>Attachment bytes (ADR 0036); read only by the database attachment store.</summary>
    public DbSet<AttachmentContent> AttachmentContents => Set<AttachmentContent>();

    /// <summary>Parts of files that jobs produced (ADR 0047); read only by the database job file store.</summary>
    public DbSet<Jobs.Files.JobFilePart> JobFileParts => Set<Jobs.Files.JobFilePart>();

    /// <summary>Per-tenant My Number data keys, wrapped by the master key (ADR 0020); Infrastructure only.</summary>
    public DbSet<TenantDataKey> TenantDataKeys => Set<TenantDataKey>();

    /// <summary>The Data Protection key ring every node shares (ADR 0046); global.</summary>
    internal DbSet<Security.DataProtectionKeyRecord> DataProtectionKeys => Set<Security.DataProtectionKeyRecord>();

    /// <summary>Counted sign-in, code and reset attempts, shared by every node (ADR 0046); global.</summary>
    internal DbSet<Security.CredentialAttempt> CredentialAttempts => Set<Security.CredentialAttempt>();

    /// <summary>Uploads waiting between preview and confirm (ADR 0046); tenant-owned.</summary>
    internal DbSet<Uploads.PendingUpload> PendingUploads => Set<Uploads.PendingUpload>();

    /// <summary>Operator records of tenant purges; global.</summary>
    public DbSet<TenantPurgeRecord> TenantPurgeRecords => Set<TenantPurgeRecord>();

    /// <summary>Operator announcements; global, some addressed to one tenant.</summary>
    public DbSet<Announcement> Announcements => Set<Announcement>();

    /// <summary>The announcement mail ledger, one row per announcement and tenant.</summary>
    public DbSet<AnnouncementDelivery> AnnouncementDeliveries => Set<AnnouncementDelivery>();

    /// <summary>Read by the query filter at execution time; <see cref="TenantId.None"/> outside a tenant matches no real tenant.</summary>
    internal TenantId CurrentTenantId => TenantContext?.TenantId ?? TenantId.None;

    internal TenantId? BoundTenantId => TenantContext?.TenantId;

    internal bool IsSystemScope => TenantContext is Tenancy.TenantContext { IsSystem: true };

    /// <summary>
    /// ADR 0060: after the rows are written (inside the caller's transaction when there is one), the sessions version
    /// of every tenant whose accounts or sessions changed moves. After, not before: a node that reads the old version
    /// and then the new rows only caches fresher rows under an old version, which the move then drops.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var tenants = ChangedSessionTenants();
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        Saves++;
        if (tenants is not null)
        {
            await SessionsVersion.BumpAsync(this, tenants, cancellationToken);
        }

        return written;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var tenants = ChangedSessionTenants();
        var written = base.SaveChanges(acceptAllChangesOnSuccess);
        Saves++;
        if (tenants is not null)
        {
            SessionsVersion.Bump(this, tenants);
        }

        return written;
    }

    private HashSet<TenantId>? ChangedSessionTenants()
    {
        // Only the account and session entries are looked at (and their changes detected one by one): a save of a
        // large import must not pay for a second detection pass over everything it tracks.
        var detect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return SessionsVersion.ChangedTenants(ChangeTracker, detect);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    public override void Dispose()
    {
        TenantContext = null;
        ScopeConnection = null;
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        TenantContext = null;
        ScopeConnection = null;
        return base.DisposeAsync();
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<TenantId>().HaveConversion<TenantIdConverter>();
        configurationBuilder.Properties<AccountId>().HaveConversion<AccountIdConverter>();
        configurationBuilder.Properties<EmployeeId>().HaveConversion<EmployeeIdConverter>();
        configurationBuilder.Properties<AccessLogId>().HaveConversion<AccessLogIdConverter>();
        configurationBuilder.Properties<Yen>().HaveConversion<YenConverter>();
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        // Search keys are compared by ordinal prefix ranges (ADR 0029); SQLite's BINARY collation already is ordinal.
        if (this is SqlServerAppDbContext)
        {
            modelBuilder.Entity<Employee>().Property(e => e.NameSearch).UseCollation(SqlServerOrdinalCollation);
            modelBuilder.Entity<Employee>().Property(e => e.KanaSearch).UseCollation(SqlServerOrdinalCollation);
        }

        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            if (typeof(ITenantOwned).IsAssignableFrom(entityType.ClrType) && !entityType.IsOwned())
            {
                modelBuilder.Entity(entityType.ClrType).HasQueryFilter(TenantFilter, BuildTenantFilter(entityType.ClrType));
            }
        }
    }

    private LambdaExpression BuildTenantFilter(Type entityClrType)
    {
        // e => e.TenantId == this.CurrentTenantId; the context member makes EF parameterise it per query.
        var entity = Expression.Parameter(entityClrType, "e");
        var tenantOfEntity = Expression.Property(entity, nameof(ITenantOwned.TenantId));
        var current = Expression.Property(Expression.Constant(this), nameof(CurrentTenantId));
        return Expression.Lambda(Expression.Equal(tenantOfEntity, current), entity);
    }
}
