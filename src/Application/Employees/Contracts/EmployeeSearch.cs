using YearEndAdjustment.Domain.Employees;

namespace YearEndAdjustment.Application.Employees.Contracts;

/// <summary>
/// The employee search of ADR 0029 as index ranges: an exact employee number, and prefix ranges of the normalised name
/// and kana keys, each ordered by its own index. Callers take at most their limit from each range and merge.
/// </summary>
public static class EmployeeSearch
{
    public static IEnumerable<IQueryable<Employee>> Ranges(IQueryable<Employee> employees, string term)
    {
        if (EmployeeNumber.Check(term) is null)
        {
            var number = EmployeeNumber.Create(term);
            yield return employees.Where(e => e.Number == number);
        }

        var key = NameSearchKey.Of(term);
        if (key.Length > 0)
        {
            var upper = NameSearchKey.UpperBound(key);
            yield return employees
                .Where(e => string.Compare(e.NameSearch, key) >= 0 && string.Compare(e.NameSearch, upper) < 0)
                .OrderBy(e => e.NameSearch);
            yield return employees
                .Where(e => string.Compare(e.KanaSearch, key) >= 0 && string.Compare(e.KanaSearch, upper) < 0)
                .OrderBy(e => e.KanaSearch);
        }
    }
}
