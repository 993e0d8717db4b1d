namespace YearEndAdjustment.Domain.Accounts;

/// <summary>R-12: admin (equal to the ADMIN ID), limited admin (a subset of admin functions), general user.</summary>
public enum AccountRole
{
    General,
    LimitedAdmin,
    Admin,
}
