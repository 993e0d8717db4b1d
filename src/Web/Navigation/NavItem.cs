namespace YearEndAdjustment.Web.Navigation;

/// <summary>One link of the site menu: its text's resource key and its path inside the tenant.</summary>
public sealed record NavItem(string TextKey, string Path);
