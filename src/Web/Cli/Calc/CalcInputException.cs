namespace YearEndAdjustment.Web.Cli.Calc;

// Input the calc command cannot use; the message starts with the JSON path of the offending member.
public sealed class CalcInputException(string field, string message) : Exception($"{field}: {message}");
