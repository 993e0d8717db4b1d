using YearEndAdjustment.Domain.Employees;

namespace YearEndAdjustment.Application.Tenants.SeedDemoTenant;

/// <summary>One synthetic relative, as plain values (the handler turns them into the aggregate).</summary>
public sealed record DemoRelative(
    string Name, string Kana, FamilyRelationship Relationship, DateOnly BirthDate, bool Cohabiting, DisabilityKind Disability, long EstimatedIncome, string MyNumber);
