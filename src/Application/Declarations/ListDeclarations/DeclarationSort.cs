namespace YearEndAdjustment.Application.Declarations.ListDeclarations;

public enum DeclarationSort
{
    EmployeeNumber,

    /// <summary>By the reading (kana key), as Japanese lists order names.</summary>
    Name,
    Status,
    SubmittedAt,
    UpdatedAt,
}
