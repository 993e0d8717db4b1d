namespace YearEndAdjustment.Application.Declarations.GetDeclarationForAssist;

/// <summary>The declaration as the flow pages show it, and whose it is (for the "entering on behalf of" banner).</summary>
public sealed record AssistedDeclarationDto(DeclarationDto Declaration, string EmployeeName);
