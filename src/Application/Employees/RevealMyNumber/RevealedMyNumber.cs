namespace YearEndAdjustment.Application.Employees.RevealMyNumber;

/// <summary>The revealed digits, for one screen render only: never log, cache or put this in a URL.</summary>
public sealed record RevealedMyNumber(string Digits)
{
    public override string ToString() => "RevealedMyNumber { Digits = **** }";
}
