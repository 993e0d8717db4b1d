namespace YearEndAdjustment.Infrastructure.Security;

/// <summary>
/// One key of the Data Protection key ring, shared by every node through the database (ADR 0046). The XML is the
/// element Data Protection hands over, whose secret part is already sealed with the master key (ADR 0043). Global:
/// the ring signs every tenant's cookies and tokens, so it belongs to the deployment, not to a tenant.
/// </summary>
internal sealed class DataProtectionKeyRecord
{
    public const int FriendlyNameMaxLength = 100;

    private DataProtectionKeyRecord()
    {
        FriendlyName = null!;
        Xml = null!;
    }

    public int Id { get; private set; }

    /// <summary>Data Protection's name for the element ("key-{id}"); unique, so importing the same key twice is a no-op.</summary>
    public string FriendlyName { get; private set; }

    public string Xml { get; private set; }

    public DateTime StoredAtUtc { get; private set; }

    public static DataProtectionKeyRecord Create(string friendlyName, string xml, DateTime nowUtc) => new()
    {
        FriendlyName = friendlyName,
        Xml = xml,
        StoredAtUtc = nowUtc,
    };
}
