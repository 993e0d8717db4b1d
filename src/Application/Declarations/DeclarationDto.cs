using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Application.Declarations;

/// <summary>
/// The signed-in employee's declaration for one year, My Numbers masked, with the checks as of now. Id is null while
/// nothing has been saved (the declaration is then NotStarted and Version 0).
/// </summary>
public sealed record DeclarationDto(
    Guid? Id,
    int TaxYear,
    string Status,
    int Version,
    bool IsEditable,
    DateOnly? Deadline,
    DateTime? SubmittedAtUtc,
    bool CanWithdraw,
    DeclarationFormsDto Forms,
    long HousingLoanCredit,
    IReadOnlyList<DeclarationCheck> Checks,
    IReadOnlyList<ReviewComment> ReturnComments,
    string RelativesSectionTitle,
    bool HasSpecificRelativePart,
    string? LastStep = null,
    bool HasAssistedEditsPending = false);
