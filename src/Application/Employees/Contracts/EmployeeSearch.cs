using YearEndAdjustment.Domain.Employees;

namespace YearEndAdjustment.Application.Employees.Contracts;

/// <summary>Which normalised key a search range walks (ADR 0029): the name's or the kana's.</summary>
public enum SearchKeyKind
{
    Name,
    Kana,
}

/// <summary>
/// The employee search of ADR 0029 as index ranges: an exact employee number, and prefix ranges of the normalised name
/// and kana keys, each ordered by its own index. Callers take at most their limit from each range and merge.
/// </summary>
public static class EmployeeSearch
{
    public static IEnumerable<IQueryable<Employee>> Ranges(IQueryable<Employee> employees, string term)
    {
        var parts = SearchTerm.Of(term);
        if (parts.Number is { } number)
        {
            var value = EmployeeNumber.Create(number);
            yield return employees.Where(e => e.Number == value);
        }

        if (parts.Key.Length > 0)
        {
            yield return KeyRange(employees, SearchKeyKind.Name, parts.Key, parts.UpperBound);
            yield return KeyRange(employees, SearchKeyKind.Kana, parts.Key, parts.UpperBound);
        }
    }

    /// <summary>The employees whose key lies in [from, to), in that key's order.</summary>
    public static IQueryable<Employee> KeyRange(IQueryable<Employee> employees, SearchKeyKind kind, string from, string to) =>
        kind == SearchKeyKind.Name
            ? employees.Where(e => string.Compare(e.NameSearch, from) >= 0 && string.Compare(e.NameSearch, to) < 0).OrderBy(e => e.NameSearch)
            : employees.Where(e => string.Compare(e.KanaSearch, from) >= 0 && string.Compare(e.KanaSearch, to) < 0).OrderBy(e => e.KanaSearch);
}

/// <summary>What a search term looks for: the employee number it could be (or null), and the prefix range of the
/// normalised name and kana keys ([Key, UpperBound); an empty key searches no names).</summary>
public readonly record struct SearchTerm(string? Number, string Key, string UpperBound)
{
    public static SearchTerm Of(string term)
    {
        var key = NameSearchKey.Of(term);
        return new(EmployeeNumber.Check(term) is null ? term : null, key, key.Length > 0 ? NameSearchKey.UpperBound(key) : "");
    }
}
