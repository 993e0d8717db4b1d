namespace YearEndAdjustment.Application.Employees.ExportTenantData;

public sealed record TenantExportFile(string Name, long Rows, string Sha256);
