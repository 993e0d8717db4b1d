namespace YearEndAdjustment.Web.Tenancy;

/// <summary>Marks a page that exists only inside a tenant's site: outside one it answers 404.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class TenantRequiredAttribute : Attribute;
