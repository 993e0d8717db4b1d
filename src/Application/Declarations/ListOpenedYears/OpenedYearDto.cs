namespace YearEndAdjustment.Application.Declarations.ListOpenedYears;

/// <summary>One tax year: declarations per status (names of <c>DeclarationStatus</c>) and the earliest deadline.</summary>
public sealed record OpenedYearDto(int TaxYear, int Total, IReadOnlyDictionary<string, int> ByStatus, DateOnly? Deadline)
{
    public int Count(string status) => ByStatus.TryGetValue(status, out var n) ? n : 0;
}
