namespace YearEndAdjustment.Application.Employees.Csv;

/// <summary>
/// One parsed record: the physical line it starts on, its fields, and any problem the reader found; for a problem
/// in one cell (<see cref="CsvRecordProblem.PrivateUseCharacter"/>), <see cref="ProblemField"/> is its index.
/// </summary>
public sealed record CsvRecord(long Line, string[] Fields, CsvRecordProblem Problem, int ProblemField = -1);
