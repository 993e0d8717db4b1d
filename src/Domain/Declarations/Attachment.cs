using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Declarations;

/// <summary>
/// A certificate file (photo or PDF) attached to an employee's declaration; lines refer to it by id through
/// <see cref="CertificateEvidence"/>. Metadata only: the bytes live behind the attachment store port (ADR 0036)
/// and are loaded only to download them.
/// </summary>
public sealed class Attachment : ITenantOwned
{
    public const string DeclarationNotEditableCode = "attachment.declaration_not_editable";
    public const int Sha256HexLength = 64;

    private Attachment()
    {
        ContentType = null!;
        Sha256 = null!;
        FileName = null!;
    }

    public Guid Id { get; private set; }

    public TenantId TenantId { get; private set; }

    public DeclarationId DeclarationId { get; private set; }

    public EmployeeId OwnerEmployeeId { get; private set; }

    public AttachmentKind Kind { get; private set; }

    /// <summary>The type found in the content (<see cref="AttachmentSignature.ContentType"/>), the only one ever served.</summary>
    public string ContentType { get; private set; }

    public long SizeBytes { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the content: integrity on download and duplicate spotting in the review.</summary>
    public string Sha256 { get; private set; }

    /// <summary>The sanitised original name (<see cref="AttachmentFileName"/>).</summary>
    public string FileName { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public AccountId? CreatedBy { get; private set; }

    public string DownloadFileName => AttachmentFileName.ForDownload(FileName, Kind);

    /// <summary>Attaches a file to the declaration; only while its owner may still change it.</summary>
    public static Attachment Create(
        Declaration declaration, AttachmentKind kind, long sizeBytes, string sha256Hex, string? originalFileName, AccountId? createdBy, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        RequireEditable(declaration);
        if (sizeBytes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sizeBytes));
        }

        if (sha256Hex is not { Length: Sha256HexLength })
        {
            throw new ArgumentException("A SHA-256 in hex is 64 characters.", nameof(sha256Hex));
        }

        return new Attachment
        {
            Id = Guid.CreateVersion7(),
            TenantId = declaration.TenantId,
            DeclarationId = declaration.Id,
            OwnerEmployeeId = declaration.EmployeeId,
            Kind = kind,
            ContentType = AttachmentSignature.ContentType(kind),
            SizeBytes = sizeBytes,
            Sha256 = sha256Hex.ToLowerInvariant(),
            FileName = AttachmentFileName.Sanitise(originalFileName, kind),
            CreatedAtUtc = nowUtc,
            CreatedBy = createdBy,
        };
    }

    /// <summary>A submitted or approved declaration keeps its evidence as the reviewer saw it.</summary>
    public static void RequireEditable(Declaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        if (!declaration.IsEditable)
        {
            throw new DomainRuleViolationException(
                DeclarationNotEditableCode,
                "提出済み・承認済みの申告書には証明書ファイルを追加・削除できません。変更するには提出を取り消してください。");
        }
    }
}
