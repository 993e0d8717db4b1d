using Mediator;
using YearEndAdjustment.Application.Employees.Csv;

namespace YearEndAdjustment.Application.Employees.GetEmployeeCsvTemplate;

/// <summary>The downloadable template: the header row only, in UTF-8 (with BOM, for Excel) or Shift_JIS.</summary>
public sealed record GetEmployeeCsvTemplateQuery(CsvTextEncoding Encoding = CsvTextEncoding.Utf8WithBom) : IQuery<CsvTemplateFile>;
