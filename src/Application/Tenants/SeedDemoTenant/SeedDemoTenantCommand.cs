using Mediator;

namespace YearEndAdjustment.Application.Tenants.SeedDemoTenant;

/// <summary>
/// Operator command (issue 11 item 9): fills a demo tenant with <paramref name="Employees"/> synthetic employees,
/// their families, payroll totals and declarations for <paramref name="TaxYear"/>, and one employee account
/// <c>demo-employee</c>. Refused unless the tenant is marked as a demo by its name or slug, or <paramref name="Force"/>.
/// </summary>
public sealed record SeedDemoTenantCommand(string Slug, int Employees, int TaxYear, int Seed, bool Force) : ICommand<SeedDemoTenantResult>;
