namespace YearEndAdjustment.Application.Employees.Contracts;

/// <summary>What screens and DTOs show instead of a stored My Number: whether one is registered, never its digits.</summary>
public static class MyNumberMask
{
    public const string Registered = "****-****-****";

    public static string? For(bool hasMyNumber) => hasMyNumber ? Registered : null;
}
