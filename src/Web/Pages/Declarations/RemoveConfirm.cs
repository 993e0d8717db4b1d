namespace YearEndAdjustment.Web.Pages.Declarations;

/// <summary>The model of the _RemoveConfirm partial: where the removal posts, what it removes, and the page's Version.</summary>
public sealed record RemoveConfirm(string Action, string Name, int Version);
