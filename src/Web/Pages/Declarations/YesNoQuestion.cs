namespace YearEndAdjustment.Web.Pages.Declarations;

/// <summary>The model of the _YesNo partial: the bound property's name, the question and its help.</summary>
public sealed record YesNoQuestion(string Name, string Legend, string? Help, bool? Value);
