namespace YearEndAdjustment.Web.Pages.Declarations;

/// <summary>The model of the _LineActions partial: change and remove buttons of one insurance line.</summary>
public sealed record LineActions(int Year, string Kind, Guid EntryId, string Name, int Version);
