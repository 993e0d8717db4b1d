using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Infrastructure.Jobs.Files;

/// <summary>
/// One part of a job's file (ADR 0047), in a table of its own so that job lists never read it. Tenant-owned, so the
/// tenant filter, the save guard and the tenant purge apply as to every other tenant row.
/// </summary>
internal sealed class JobFilePart : ITenantOwned
{
    private JobFilePart()
    {
        Content = null!;
    }

    public Guid JobId { get; private set; }

    public int Sequence { get; private set; }

    public TenantId TenantId { get; private set; }

    public byte[] Content { get; private set; }

    public static JobFilePart Create(Guid jobId, int sequence, TenantId tenantId, byte[] content) => new()
    {
        JobId = jobId,
        Sequence = sequence,
        TenantId = tenantId,
        Content = content,
    };
}
