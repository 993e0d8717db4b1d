namespace YearEndAdjustment.Application.Jobs.Contracts;

/// <summary>A stage name (a resource key the page translates) and how far it is.</summary>
public sealed record BackgroundJobProgress(string Stage, long Done, long Total);
