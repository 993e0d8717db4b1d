namespace YearEndAdjustment.Domain.Accounts;

/// <summary>Known common or breached passwords, compared case-insensitively.</summary>
public interface ICommonPasswordList
{
    bool Contains(string password);
}
