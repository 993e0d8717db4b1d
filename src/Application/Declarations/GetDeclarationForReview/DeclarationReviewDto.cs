using YearEndAdjustment.Application.Declarations.GetMyDeclarationEstimate;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Application.Declarations.GetDeclarationForReview;

/// <summary>
/// What the reviewer sees: the forms as field paths and display values (My Numbers masked, in form order), each line's
/// attachments by path, the checks as of now, the change history (newest first, at most
/// <see cref="GetDeclarationForReviewQueryHandler.HistoryLimit"/> rows), the live estimate, and which actions the
/// admin may take now.
/// </summary>
public sealed record DeclarationReviewDto(
    Guid Id,
    int TaxYear,
    string Status,
    int Version,
    string EmployeeNumber,
    string EmployeeName,
    string EmployeeNameKana,
    string? DepartmentCode,
    string? DepartmentName,
    DateTime? SubmittedAtUtc,
    DateTime? ReviewStartedAtUtc,
    DateTime? ReturnedAtUtc,
    DateTime? ApprovedAtUtc,
    string? ReopenReason,
    IReadOnlyList<ReviewFieldDto> Fields,
    IReadOnlyList<ReviewAttachmentDto> Attachments,
    IReadOnlyList<DeclarationCheck> Checks,
    IReadOnlyList<ReviewComment> ReturnComments,
    IReadOnlyList<ReviewChangeDto> History,
    DeclarationEstimateDto Estimate,
    bool CanReturn,
    bool CanApprove,
    bool CanReopen);

/// <summary>One field of a form: its path (<see cref="DeclarationFieldPaths"/>), the line it belongs to, and its display value.</summary>
public sealed record ReviewFieldDto(string Path, string Line, string Field, string Value);

/// <summary>An attachment's metadata and the certificate field it supports (null: not referenced by any line).</summary>
public sealed record ReviewAttachmentDto(Guid Id, string FileName, string ContentType, long SizeBytes, DateTime CreatedAtUtc, string? FieldPath)
{
    public bool CanPreview => ContentType is "image/jpeg" or "image/png" or "application/pdf";
}

/// <summary>One history row; <see cref="ByEmployee"/> tells the employee's own edits from an admin's.</summary>
public sealed record ReviewChangeDto(string Path, string Line, string Field, string? OldValue, string? NewValue, DateTime OccurredAtUtc, string? ActorName, bool ByEmployee);
