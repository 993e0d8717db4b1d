using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using L = YearEndAdjustment.Application.Employees.Import.EmployeeCsvLayout;

namespace YearEndAdjustment.Application.Employees.Import;

/// <summary>
/// Reads an employee file and compares it with the stored employees of the current tenant, without writing:
/// the same plan drives the dry-run preview and the confirmed import, so what the admin saw is what happens.
/// </summary>
public sealed class EmployeeImportPlanner(IAppDbContext db, ICsvFileReader reader, IMyNumberProtector protector)
{
    public async Task<EmployeeImportPlan> PlanAsync(Stream content, DateOnly todayInJapan, CancellationToken cancellationToken)
    {
        var plan = new EmployeeImportPlan();
        var rows = new List<EmployeeImportRow>();
        CsvHeaderMap? map;
        try
        {
            var document = await reader.OpenAsync(content, cancellationToken);
            plan.Encoding = document.Encoding;
            plan.Fingerprint = document.Fingerprint;
            map = ReadRows(document, todayInJapan, plan, rows);
        }
        catch (CsvFileRejectedException ex)
        {
            plan.Errors.Add(new CsvImportIssue(ex.Line, null, ex.Message));
            return plan;
        }

        if (map is null || !plan.IsValid)
        {
            return plan;
        }

        var lookups = await CheckMyNumbersWithinFileAsync(rows, plan, cancellationToken);
        if (!plan.IsValid)
        {
            return plan;
        }

        var existing = await db.Employees.AsNoTracking()
            .Select(e => new EmployeeSnapshot(
                e.Id, e.Number.Value, e.Name, e.NameKana, e.BirthDate, e.Gender, e.PostalCode, e.Address, e.HireDate, e.LeaveDate,
                e.DepartmentCode, e.DepartmentName, e.Email, e.MyNumberLookup, e.Version))
            .ToDictionaryAsync(e => e.Number, StringComparer.Ordinal, cancellationToken);
        CheckMyNumbersAgainstStored(rows, lookups, existing, plan);

        foreach (var row in rows)
        {
            existing.TryGetValue(row.Number.Value, out var stored);
            var profile = Merge(row, stored, map, plan);
            if (profile is null)
            {
                continue;
            }

            var changes = stored is null ? EmployeeFields.None : stored.DifferencesFrom(profile);
            if (stored is not null && row.MyNumber is not null && !string.Equals(stored.MyNumberLookup, lookups[row], StringComparison.Ordinal))
            {
                changes |= EmployeeFields.MyNumber;
            }

            var leavesNow = profile.LeaveDate is { } leave && leave < todayInJapan;
            plan.Rows.Add(new PlannedEmployee
            {
                Row = row,
                Profile = profile,
                Stored = stored,
                Changes = changes,
                Disables = leavesNow && (stored is null || !stored.HasLeftBy(todayInJapan)),
            });
        }

        if (!plan.IsValid)
        {
            plan.Rows.Clear();
        }

        return plan;
    }

    private static CsvHeaderMap? ReadRows(CsvDocument document, DateOnly today, EmployeeImportPlan plan, List<EmployeeImportRow> rows)
    {
        CsvHeaderMap? map = null;
        var numbers = new Dictionary<string, long>(StringComparer.Ordinal);
        var logins = new Dictionary<string, long>(StringComparer.Ordinal);
        var dataRows = 0;
        foreach (var record in document.Records)
        {
            if (map is null)
            {
                if (record.Problem != CsvRecordProblem.None)
                {
                    plan.Errors.Add(new CsvImportIssue(record.Line, null, ProblemMessage(record.Problem)));
                    return null;
                }

                map = CsvHeaderMap.Build(record, L.Columns, plan.Errors, plan.Warnings);
                if (!plan.IsValid)
                {
                    return null;
                }

                continue;
            }

            if (record.Problem != CsvRecordProblem.None)
            {
                dataRows++;
                plan.Errors.Add(new CsvImportIssue(record.Line, null, ProblemMessage(record.Problem)));
                continue;
            }

            // Spreadsheets leave rows of bare commas below the data; they carry nothing.
            if (record.Fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            dataRows++;
            if (record.Fields.Length != map.FieldCount)
            {
                plan.Errors.Add(new CsvImportIssue(record.Line, null,
                    $"列の数が見出し行と合いません（見出し {map.FieldCount} 列、この行 {record.Fields.Length} 列）。値にカンマを含むときは値全体を \" で囲んでください。"));
                continue;
            }

            var row = EmployeeRowParser.Parse(record, map, today, plan.Errors);
            if (row is null)
            {
                continue;
            }

            if (!numbers.TryAdd(row.Number.Value, row.Line))
            {
                plan.Errors.Add(new CsvImportIssue(row.Line, L.Number.Name, $"社員番号が {numbers[row.Number.Value]} 行目と重複しています。"));
                continue;
            }

            if (row.LoginId is { } login && !logins.TryAdd(login.Value, row.Line))
            {
                plan.Errors.Add(new CsvImportIssue(row.Line, L.LoginId.Name, $"ログインIDが {logins[login.Value]} 行目と重複しています。"));
                continue;
            }

            rows.Add(row);
        }

        if (map is null)
        {
            plan.Errors.Add(new CsvImportIssue(0, null, "ファイルが空です。見出し行とデータ行のあるCSVファイルを選んでください。"));
        }
        else if (dataRows == 0)
        {
            plan.Errors.Add(new CsvImportIssue(0, null, "データ行がありません（見出し行だけのファイルです）。"));
        }

        return map;
    }

    private async Task<Dictionary<EmployeeImportRow, string>> CheckMyNumbersWithinFileAsync(
        List<EmployeeImportRow> rows, EmployeeImportPlan plan, CancellationToken cancellationToken)
    {
        var lookups = new Dictionary<EmployeeImportRow, string>(ReferenceEqualityComparer.Instance);
        var firstLine = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.MyNumber is null)
            {
                continue;
            }

            var lookup = await protector.ComputeLookupAsync(row.MyNumber, cancellationToken);
            lookups[row] = lookup;
            if (!firstLine.TryAdd(lookup, row.Line))
            {
                plan.Errors.Add(new CsvImportIssue(row.Line, L.MyNumber.Name, $"個人番号が {firstLine[lookup]} 行目と同じです。"));
            }
        }

        return lookups;
    }

    /// <summary>After the file is applied, no two employees may hold the same number.</summary>
    private static void CheckMyNumbersAgainstStored(
        List<EmployeeImportRow> rows, Dictionary<EmployeeImportRow, string> lookups, Dictionary<string, EmployeeSnapshot> existing, EmployeeImportPlan plan)
    {
        if (lookups.Count == 0)
        {
            return;
        }

        var newLookupByNumber = lookups.ToDictionary(p => p.Key.Number.Value, p => p.Value, StringComparer.Ordinal);
        var holders = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var employee in existing.Values)
        {
            if (employee.MyNumberLookup is { } stored && !newLookupByNumber.ContainsKey(employee.Number))
            {
                holders[stored] = employee.Number;
            }
        }

        foreach (var (row, lookup) in lookups)
        {
            if (holders.TryGetValue(lookup, out var holder) && holder != row.Number.Value)
            {
                plan.Errors.Add(new CsvImportIssue(row.Line, L.MyNumber.Name, "個人番号が、登録済みの別の社員と同じです。"));
            }
        }
    }

    /// <summary>The row's values over the stored ones: a column the file does not have keeps what is stored.</summary>
    private static EmployeeProfile? Merge(EmployeeImportRow row, EmployeeSnapshot? stored, CsvHeaderMap map, EmployeeImportPlan plan)
    {
        var leaveDate = map.Has(L.LeaveDate) ? row.LeaveDate : stored?.LeaveDate;
        var problem = EmployeeProfile.CheckDates(row.BirthDate, row.HireDate, leaveDate);
        if (problem is not null)
        {
            plan.Errors.Add(new CsvImportIssue(row.Line, map.Has(L.LeaveDate) ? L.LeaveDate.Name : L.HireDate.Name, problem));
            return null;
        }

        return EmployeeProfile.Create(
            row.Name,
            row.NameKana,
            row.BirthDate,
            map.Has(L.Gender) ? row.Gender!.Value : stored?.Gender ?? Gender.NotStated,
            map.Has(L.PostalCode) ? row.PostalCode : stored?.PostalCode,
            map.Has(L.Address) ? row.Address : stored?.Address,
            row.HireDate,
            leaveDate,
            map.Has(L.DepartmentCode) ? row.DepartmentCode : stored?.DepartmentCode,
            map.Has(L.DepartmentName) ? row.DepartmentName : stored?.DepartmentName,
            map.Has(L.Email) ? row.Email : stored?.Email);
    }

    public static string ProblemMessage(CsvRecordProblem problem) => problem switch
    {
        CsvRecordProblem.UnterminatedQuote => "ダブルクォート（\"）で始まった値が閉じられていません。値の中の \" は \"\" と2つ重ねてください。",
        _ => "ダブルクォート（\"）の使い方が正しくありません。\" を含む値は値全体を \" で囲み、中の \" は \"\" と2つ重ねてください。",
    };
}
