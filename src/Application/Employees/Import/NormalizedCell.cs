namespace YearEndAdjustment.Application.Employees.Import;

/// <summary>A cell whose value normalisation changed (full-width digits, half-width kana …), with the value that will be stored; 個人番号 masked.</summary>
public sealed record NormalizedCell(string Column, string Value);
