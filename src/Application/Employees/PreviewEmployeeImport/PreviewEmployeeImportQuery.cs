using Mediator;

namespace YearEndAdjustment.Application.Employees.PreviewEmployeeImport;

/// <summary>
/// Dry run of an employee CSV: checks every row and says what a confirmed import would add, change and
/// disable. Writes nothing. <paramref name="MaxItems"/> caps the listed rows of each kind (counts are always complete).
/// </summary>
public sealed record PreviewEmployeeImportQuery(Stream Content, int MaxItems = 200) : IQuery<EmployeeImportPreview>;
