namespace YearEndAdjustment.Application.Tenants.Support;

/// <summary>
/// The process's generation of site notices (ADR 0053): posting an announcement or setting or withdrawing a contract
/// end date here moves it on, so this node shows the change on the very next page; a change made by another process
/// (the operator's command line, another node) shows within <see cref="MaxAge"/>, the bound the tenant lookup
/// already has (ADR 0028).
/// </summary>
public sealed class SiteNoticesGeneration
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private long _value;

    public long Current => Interlocked.Read(ref _value);

    public void Advance() => Interlocked.Increment(ref _value);
}
