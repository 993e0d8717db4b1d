namespace YearEndAdjustment.Web.Cli.Calc;

public sealed record CalcNotAdjustedDto(string Code, string Reason, string ReasonEn);
