using System.Globalization;

namespace YearEndAdjustment.Application.Declarations.Contracts;

/// <summary>
/// Attachments:MaxBytes, the one size limit: the use case refuses larger files and the web derives its request limit
/// from it, so the limit shown, the limit the server enforces and the limit stored cannot drift apart.
/// </summary>
public sealed class AttachmentOptions
{
    public const string Section = "Attachments";
    public const long DefaultMaxBytes = 10L * 1024 * 1024;

    public long MaxBytes { get; set; } = DefaultMaxBytes;

    /// <summary>The limit in megabytes as shown to users (e.g. "10").</summary>
    public string MaxMegabytes => (MaxBytes / (1024d * 1024)).ToString("0.#", CultureInfo.InvariantCulture);
}
