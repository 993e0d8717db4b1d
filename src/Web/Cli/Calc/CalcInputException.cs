namespace YearEndAdjustment.Web.Cli.Calc;

// Input the calc command cannot use; Field is the JSON path of the offending member.
public sealed class CalcInputException(string field, string message) : Exception($"{field}: {message}")
{
    public string Field { get; } = field;
}
