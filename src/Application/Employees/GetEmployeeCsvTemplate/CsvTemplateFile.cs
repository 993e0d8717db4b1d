namespace YearEndAdjustment.Application.Employees.GetEmployeeCsvTemplate;

public sealed record CsvTemplateFile(string FileName, string ContentType, byte[] Content);
