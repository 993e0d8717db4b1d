namespace YearEndAdjustment.Application.Declarations.ListDeclarations;

/// <summary>One row of the admin's list: who, where, and the workflow state; nothing from the forms.</summary>
public sealed record DeclarationListItemDto(
    Guid Id,
    string EmployeeNumber,
    string Name,
    string NameKana,
    string? DepartmentCode,
    string? DepartmentName,
    string Status,
    DateTime? SubmittedAtUtc,
    DateTime UpdatedAtUtc,
    int WarningCount,
    bool HasAttachments);
