using Mediator;

namespace YearEndAdjustment.Application.Declarations.ListDeclarations;

/// <summary>
/// The admin's declaration list for one tax year (issue 12): filter by status, department, attachments present,
/// check findings present, changed since the last calculation (a stale result); search by employee number (exact) or the start of the name or kana; sort; 50 a page,
/// counted up to 1,000 (ADR 0029, ADR 0038). Limited admins see only their departments.
/// </summary>
public sealed record ListDeclarationsQuery(
    int TaxYear,
    string? Status = null,
    string? Department = null,
    bool HasAttachments = false,
    bool HasWarnings = false,
    string? Search = null,
    DeclarationSort Sort = DeclarationSort.EmployeeNumber,
    bool Descending = false,
    int Page = 1,
    bool ChangedSinceCalculation = false) : IQuery<DeclarationListPage>;
