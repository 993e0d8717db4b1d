using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.Jobs;
using YearEndAdjustment.Domain.Results;
using YearEndAdjustment.Domain.Tenants;

namespace YearEndAdjustment.Application.Abstractions;

/// <summary>
/// The unit of work handlers use. Every tenant-owned set is already filtered to the current tenant, and saving a
/// row of another tenant is refused (ADR 0007).
/// </summary>
public interface IAppDbContext
{
    /// <summary>Tenants are global: only operator use cases and tenant resolution read them.</summary>
    DbSet<Tenant> Tenants { get; }

    /// <summary>Accounts of the current tenant.</summary>
    DbSet<Account> Accounts { get; }

    /// <summary>Access log rows of the current tenant.</summary>
    DbSet<AccessLog> AccessLogs { get; }

    /// <summary>Sign-in attempts of the current tenant .</summary>
    DbSet<LoginHistoryEntry> LoginHistory { get; }

    /// <summary>Invitation and password-reset tokens (hashes only).</summary>
    DbSet<AccountToken> AccountTokens { get; }

    /// <summary>Server-side sign-in sessions.</summary>
    DbSet<UserSession> UserSessions { get; }

    /// <summary>The current tenant's security settings (at most one row).</summary>
    DbSet<TenantSettings> TenantSettings { get; }

    /// <summary>Employees of the current tenant, with their family members.</summary>
    DbSet<Employee> Employees { get; }

    /// <summary>Payroll totals per employee and tax year of the current tenant.</summary>
    DbSet<PayrollTotal> PayrollTotals { get; }

    /// <summary>The audit trail of the current tenant; append-only.</summary>
    DbSet<AuditEntry> AuditEntries { get; }

    /// <summary>Queued and finished background jobs of the current tenant (ADR 0032).</summary>
    DbSet<BackgroundJob> BackgroundJobs { get; }

    /// <summary>Year-end declarations of the current tenant, one per employee and tax year.</summary>
    DbSet<Declaration> Declarations { get; }

    /// <summary>Field-level change history of the declarations; append-only.</summary>
    DbSet<DeclarationChange> DeclarationChanges { get; }

    /// <summary>Attachment metadata of the current tenant; the bytes are behind IAttachmentStore (ADR 0036).</summary>
    DbSet<Attachment> Attachments { get; }

    /// <summary>Reminder wording, schedules, rounds and per-declaration claims (ADR 0040).</summary>
    DbSet<Domain.Reminders.ReminderSettings> ReminderSettings { get; }

    DbSet<Domain.Reminders.ReminderSchedule> ReminderSchedules { get; }

    DbSet<Domain.Reminders.ReminderRound> ReminderRounds { get; }

    DbSet<Domain.Reminders.ReminderDelivery> ReminderDeliveries { get; }

    /// <summary>Stored year-end adjustment results, one per employee and tax year (ADR 0039).</summary>
    DbSet<YearEndResult> YearEndResults { get; }

    /// <summary>Operator announcements; global, filtered by the reading use case to the current tenant's.</summary>
    DbSet<Announcement> Announcements { get; }

    /// <summary>Operator records of tenant purges; global, read only by operator use cases.</summary>
    DbSet<TenantPurgeRecord> TenantPurgeRecords { get; }

    /// <summary>Saves all changes in one transaction.</summary>
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
