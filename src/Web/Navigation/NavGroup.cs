namespace YearEndAdjustment.Web.Navigation;

/// <summary>Links grouped by the task they serve (employees, accounts, settings, logs, one's own account).</summary>
public sealed record NavGroup(string TitleKey, IReadOnlyList<NavItem> Items);
