namespace YearEndAdjustment.Web.Pages.Declarations;

/// <summary>A yes/no question of the flow (<see cref="FlowMarkup.YesNo"/>): the bound property's name, the question and its help.</summary>
public sealed record YesNoQuestion(string Name, string Legend, string? Help, bool? Value);
