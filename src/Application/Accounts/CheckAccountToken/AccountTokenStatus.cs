namespace YearEndAdjustment.Application.Accounts.CheckAccountToken;

/// <summary><see cref="LoginId"/> is shown on the page so the user knows which account they are setting up.</summary>
public sealed record AccountTokenStatus(bool IsUsable, string? LoginId, string? Purpose);
