namespace YearEndAdjustment.Infrastructure.Security;

internal sealed class SignInThrottleOptions
{
    public const string Section = "SignIn:PerAccount";

    public int AttemptsPerWindow { get; set; } = 5;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
