namespace YearEndAdjustment.IntegrationTests.Employees.Support;

/// <summary>Valid test numbers: 11 digits plus the check digit of 施行令第8条 (computed by the domain, checked by unit tests).</summary>
public static class MyNumbers
{
    public static string Valid(long seed)
    {
        var first11 = (seed % 100_000_000_000L).ToString("D11", System.Globalization.CultureInfo.InvariantCulture);
        return first11 + Domain.Employees.MyNumber.ComputeCheckDigit(first11);
    }
}
