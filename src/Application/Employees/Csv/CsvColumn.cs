namespace YearEndAdjustment.Application.Employees.Csv;

/// <summary>A column of an import layout: its header name as written in the template, whether it is required, and accepted aliases.</summary>
public sealed record CsvColumn(string Name, bool Required, params string[] Aliases);
