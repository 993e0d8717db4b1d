namespace YearEndAdjustment.Application.Employees.Csv;

/// <summary>One parsed record: the physical line it starts on, its fields, and any RFC 4180 problem.</summary>
public sealed record CsvRecord(long Line, string[] Fields, CsvRecordProblem Problem);
