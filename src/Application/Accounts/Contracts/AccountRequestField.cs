namespace YearEndAdjustment.Application.Accounts.Contracts;

/// <summary>Which part of an <see cref="AccountRequest"/> a problem concerns, so the caller can name its own column.</summary>
public enum AccountRequestField
{
    LoginId,
    Role,
    InitialPassword,
    Email,
}
