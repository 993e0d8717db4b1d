using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.AccessLogs;

/// <summary>
/// One row of the audit trail: who did what to whose personal data, and when. Append-only. It never holds the
/// data itself: the PPC guideline counts even a deletion record that repeats a My Number as a use outside the purpose,
/// so <see cref="Detail"/> carries counts and flags only.
/// </summary>
public sealed class AuditEntry : AggregateRoot, ITenantOwned
{
    public const int DetailMaxLength = 200;
    public const int ClientAddressMaxLength = 45;

    private AuditEntry()
    {
    }

    public AuditEntryId Id { get; private set; }

    public TenantId TenantId { get; private set; }

    public DateTime OccurredAtUtc { get; private set; }

    /// <summary>The signed-in account, or null for operator commands and jobs.</summary>
    public AccountId? ActorAccountId { get; private set; }

    public AuditAction Action { get; private set; }

    /// <summary>Whose data, when the action concerns one employee.</summary>
    public EmployeeId? SubjectEmployeeId { get; private set; }

    /// <summary>The family member inside that employee, when it was theirs.</summary>
    public Guid? SubjectFamilyMemberId { get; private set; }

    /// <summary>Whose account, when the action concerns a sign-in account (role change, unlock, disable).</summary>
    public AccountId? SubjectAccountId { get; private set; }

    /// <summary>The client address the request came from, stamped on save; null for operator commands and jobs.</summary>
    public string? ClientAddress { get; private set; }

    /// <summary>Counts and flags, e.g. <c>added=3 changed=1</c>; never personal data.</summary>
    public string? Detail { get; private set; }

    public static AuditEntry Record(
        TenantId tenantId,
        DateTime occurredAtUtc,
        AccountId? actor,
        AuditAction action,
        EmployeeId? subjectEmployeeId = null,
        Guid? subjectFamilyMemberId = null,
        string? detail = null,
        AccountId? subjectAccountId = null)
    {
        if (tenantId == TenantId.None)
        {
            throw new DomainRuleViolationException("audit.tenant_required", "監査記録はテナントに属する必要があります。");
        }

        if (detail is { Length: > DetailMaxLength })
        {
            detail = detail[..DetailMaxLength];
        }

        return new AuditEntry
        {
            Id = AuditEntryId.New(),
            TenantId = tenantId,
            OccurredAtUtc = occurredAtUtc,
            ActorAccountId = actor,
            Action = action,
            SubjectEmployeeId = subjectEmployeeId,
            SubjectFamilyMemberId = subjectFamilyMemberId,
            Detail = detail,
            SubjectAccountId = subjectAccountId,
        };
    }

    /// <summary>Sets the request's address once; the persistence layer calls it when the row is first saved.</summary>
    public void StampClientAddress(string? address)
    {
        if (ClientAddress is null && !string.IsNullOrEmpty(address))
        {
            ClientAddress = address.Length > ClientAddressMaxLength ? address[..ClientAddressMaxLength] : address;
        }
    }
}
