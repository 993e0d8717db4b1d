using System.Globalization;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Tenants;

/// <summary>
/// The operator-side record of one tenant's purge: rows deleted per kind, start and end time, never content.
/// Global, not tenant-owned: it must outlive the data it describes. One per tenant; a resumed purge adds to it.
/// </summary>
public sealed class TenantPurgeRecord
{
    public const int CountsMaxLength = 2000;

    private readonly SortedDictionary<string, long> _counts = new(StringComparer.Ordinal);

    private TenantPurgeRecord()
    {
        Slug = null!;
        Counts = "";
    }

    public Guid Id { get; private set; }

    public TenantId TenantId { get; private set; }

    public string Slug { get; private set; }

    public DateOnly ContractEndDate { get; private set; }

    public DateTime StartedAtUtc { get; private set; }

    public DateTime? CompletedAtUtc { get; private set; }

    /// <summary>How many times a run picked the purge up (more than one after an interruption).</summary>
    public int Runs { get; private set; }

    /// <summary>Rows deleted per kind, as <c>Kind=count</c> pairs separated by spaces, in name order.</summary>
    public string Counts { get; private set; }

    public static TenantPurgeRecord Start(Tenant tenant, DateTime nowUtc) => new()
    {
        Id = Guid.CreateVersion7(),
        TenantId = tenant.Id,
        Slug = tenant.Slug.Value,
        ContractEndDate = tenant.ContractEndDate ?? JapanTime.DateOf(nowUtc),
        StartedAtUtc = nowUtc,
        Runs = 1,
    };

    public void Resume() => Runs++;

    public IReadOnlyDictionary<string, long> CountsByKind()
    {
        Load();
        return new Dictionary<string, long>(_counts, StringComparer.Ordinal);
    }

    public void Add(string kind, long deleted)
    {
        Load();
        _counts[kind] = _counts.GetValueOrDefault(kind) + deleted;
        Counts = string.Join(' ', _counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key}={c.Value}")));
    }

    public void Complete(DateTime nowUtc) => CompletedAtUtc ??= nowUtc;

    private void Load()
    {
        if (_counts.Count > 0 || Counts.Length == 0)
        {
            return;
        }

        foreach (var pair in Counts.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            _counts[pair[..at]] = long.Parse(pair[(at + 1)..], CultureInfo.InvariantCulture);
        }
    }
}
