using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Accounts.Contracts;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using L = YearEndAdjustment.Application.Employees.Import.EmployeeCsvLayout;

namespace YearEndAdjustment.Application.Employees.Import;

/// <summary>
/// Reads an employee file and compares it with the stored employees of the current tenant, without writing:
/// the same plan drives the dry-run preview and the confirmed import, so what the admin saw is what happens.
/// Rows stream through (ADR 0025): each valid row is handed to the caller as soon as it is planned, while the file
/// is still valid, and is not kept, so memory does not grow with the file. A caller that writes must therefore be
/// ready to roll back when the finished plan turns out invalid.
/// </summary>
/// <remarks>
/// <paramref name="departmentScope"/> (R-12) is the acting admin's departments, empty for all: a row for a stored
/// employee outside it, or one that would put an employee outside it, is an error that says nothing of that
/// employee, so a limited admin can neither change nor probe other departments through a file.
/// <paramref name="accounts"/> tells which leavers have an account to disable, so the preview counts what happens.
/// </remarks>
public sealed class EmployeeImportPlanner(
    IAppDbContext db,
    ICsvFileReader reader,
    IMyNumberProtector protector,
    IAccountProvisioning accounts,
    IReadOnlyList<string> departmentScope)
{
    /// <summary>Opens the file and plans it in one pass (the preview).</summary>
    public async Task<EmployeeImportPlan> PlanAsync(
        Stream content,
        DateOnly todayInJapan,
        string? expectedFingerprint,
        Func<PlannedEmployee, CancellationToken, ValueTask>? onRow,
        CancellationToken cancellationToken)
    {
        var (opened, document) = await OpenAsync(content, expectedFingerprint, cancellationToken);
        return document is null ? opened : await PlanAsync(document, todayInJapan, onRow, null, cancellationToken);
    }

    /// <summary>Reads and fingerprints the upload; a rejected file comes back as a plan with its error and no document.</summary>
    public async Task<(EmployeeImportPlan Plan, CsvDocument? Document)> OpenAsync(Stream content, string? expectedFingerprint, CancellationToken cancellationToken)
    {
        var plan = new EmployeeImportPlan();
        CsvDocument document;
        try
        {
            document = await reader.OpenAsync(content, cancellationToken);
        }
        catch (CsvFileRejectedException ex)
        {
            plan.Errors.Add(new CsvImportIssue(ex.Line, null, ex.Message));
            return (plan, null);
        }

        plan.Encoding = document.Encoding;
        plan.Fingerprint = document.Fingerprint;
        if (expectedFingerprint is not null && !string.Equals(expectedFingerprint, document.Fingerprint, StringComparison.Ordinal))
        {
            plan.Errors.Add(new CsvImportIssue(0, null, "プレビューしたファイルと内容が違います。もう一度プレビューしてから確定してください。"));
            return (plan, null);
        }

        return (plan, document);
    }

    /// <summary>
    /// One pass over an opened file against the employees stored now. A document can be planned more than once (its
    /// records are parsed again each time), which the import uses to hash initial passwords before it writes.
    /// </summary>
    public async Task<EmployeeImportPlan> PlanAsync(
        CsvDocument document,
        DateOnly todayInJapan,
        Func<PlannedEmployee, CancellationToken, ValueTask>? onRow,
        IProgress<EmployeeImportProgress>? progress,
        CancellationToken cancellationToken)
    {
        var plan = new EmployeeImportPlan { Encoding = document.Encoding, Fingerprint = document.Fingerprint };
        var existing = await db.Employees.AsNoTracking()
            .Select(e => new EmployeeSnapshot(
                e.Id, e.Number.Value, e.Name, e.NameKana, e.BirthDate, e.Gender, e.PostalCode, e.Address, e.HireDate, e.LeaveDate,
                e.DepartmentCode, e.DepartmentName, e.Email, e.MyNumberLookup, e.Version, e.MunicipalityCode, e.IsOfficer))
            .ToDictionaryAsync(e => e.Number, StringComparer.Ordinal, cancellationToken);
        var disableable = await accounts.DisableableAsync(cancellationToken);

        try
        {
            await new Pass(plan, existing, protector, todayInJapan, onRow, progress, departmentScope, disableable).RunAsync(document, cancellationToken);
        }
        catch (CsvFileRejectedException ex)
        {
            plan.Errors.Add(new CsvImportIssue(ex.Line, null, ex.Message));
        }

        return plan;
    }

    /// <summary>The state of one reading of a file: what was seen so far, for the checks across rows.</summary>
    private sealed class Pass(
        EmployeeImportPlan plan,
        Dictionary<string, EmployeeSnapshot> existing,
        IMyNumberProtector protector,
        DateOnly today,
        Func<PlannedEmployee, CancellationToken, ValueTask>? onRow,
        IProgress<EmployeeImportProgress>? progress,
        IReadOnlyList<string> scope,
        DisableableAccounts disableable)
    {
        /// <summary>Progress is reported every this many records.</summary>
        private const int ProgressEvery = 2000;

        private readonly Dictionary<string, long> _numbers = new(StringComparer.Ordinal);
        private readonly Dictionary<string, long> _logins = new(StringComparer.Ordinal);
        private readonly Dictionary<string, long> _myNumberLines = new(StringComparer.Ordinal);
        private readonly HashSet<string> _numbersGivingMyNumber = new(StringComparer.Ordinal);
        private readonly List<(long Line, string Holder)> _takenFromStored = [];
        private Dictionary<string, string>? _storedHolders;
        private CsvHeaderMap? _map;
        private int _dataRows;

        public async Task RunAsync(CsvDocument document, CancellationToken cancellationToken)
        {
            var records = 0;
            foreach (var record in document.Records)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (++records % ProgressEvery == 0)
                {
                    progress?.Report(new EmployeeImportProgress(EmployeeImportStage.Reading, record.Line, document.LineCount));
                }

                if (_map is null)
                {
                    if (IssueOf(record, null) is { } headerIssue)
                    {
                        plan.Errors.Add(headerIssue);
                        return;
                    }

                    _map = CsvHeaderMap.Build(record, L.Columns, plan.Errors, plan.Warnings);
                    if (!plan.IsValid)
                    {
                        return;
                    }

                    continue;
                }

                if (await ParseAsync(record, cancellationToken) is { } row && Plan(row) is { } planned && plan.IsValid && onRow is not null)
                {
                    await onRow(planned, cancellationToken);
                }
            }

            if (_map is null)
            {
                plan.Errors.Add(new CsvImportIssue(0, null, "ファイルが空です。見出し行とデータ行のあるCSVファイルを選んでください。"));
            }
            else if (_dataRows == 0)
            {
                plan.Errors.Add(new CsvImportIssue(0, null, "データ行がありません（見出し行だけのファイルです）。"));
            }

            // A number held by a stored employee may move to another row's employee only if the file gives the
            // holder a number too (a swap or a correction); this is known once the whole file has been read.
            foreach (var (line, holder) in _takenFromStored)
            {
                if (!_numbersGivingMyNumber.Contains(holder))
                {
                    plan.Errors.Add(new CsvImportIssue(line, L.MyNumber.Name, "個人番号が、登録済みの別の社員と同じです。"));
                }
            }
        }

        private async ValueTask<(EmployeeImportRow Row, string? Lookup)?> ParseAsync(CsvRecord record, CancellationToken cancellationToken)
        {
            if (IssueOf(record, _map) is { } issue)
            {
                _dataRows++;
                plan.Errors.Add(issue);
                return null;
            }

            // Spreadsheets leave rows of bare commas below the data; they carry nothing.
            if (record.Fields.All(string.IsNullOrWhiteSpace))
            {
                return null;
            }

            _dataRows++;
            if (record.Fields.Length != _map!.FieldCount)
            {
                plan.Errors.Add(new CsvImportIssue(record.Line, null,
                    $"列の数が見出し行と合いません（見出し {_map.FieldCount} 列、この行 {record.Fields.Length} 列）。値にカンマを含むときは値全体を \" で囲んでください。"));
                return null;
            }

            var row = EmployeeRowParser.Parse(record, _map, today, plan.Errors);
            if (row is null)
            {
                return null;
            }

            if (!_numbers.TryAdd(row.Number.Value, row.Line))
            {
                plan.Errors.Add(new CsvImportIssue(row.Line, L.Number.Name, $"社員番号が {_numbers[row.Number.Value]} 行目と重複しています。"));
                return null;
            }

            if (row.LoginId is { } login && !_logins.TryAdd(login.Value, row.Line))
            {
                plan.Errors.Add(new CsvImportIssue(row.Line, L.LoginId.Name, $"ログインIDが {_logins[login.Value]} 行目と重複しています。"));
                return null;
            }

            if (row.MyNumber is null)
            {
                return (row, null);
            }

            var lookup = await protector.ComputeLookupAsync(row.MyNumber, cancellationToken);
            _numbersGivingMyNumber.Add(row.Number.Value);
            if (!_myNumberLines.TryAdd(lookup, row.Line))
            {
                plan.Errors.Add(new CsvImportIssue(row.Line, L.MyNumber.Name, $"個人番号が {_myNumberLines[lookup]} 行目と同じです。"));
                return null;
            }

            _storedHolders ??= existing.Values.Where(e => e.MyNumberLookup is not null).ToDictionary(e => e.MyNumberLookup!, e => e.Number, StringComparer.Ordinal);
            if (_storedHolders.TryGetValue(lookup, out var holder) && holder != row.Number.Value)
            {
                _takenFromStored.Add((row.Line, holder));
            }

            return (row, lookup);
        }

        private PlannedEmployee? Plan((EmployeeImportRow Row, string? Lookup) parsed)
        {
            var (row, lookup) = parsed;
            existing.TryGetValue(row.Number.Value, out var stored);

            // Checked before anything else reads the stored row, so no message can depend on another department's data.
            if (scope.Count > 0 && stored is not null && !EmployeeScope.Includes(scope, stored.DepartmentCode))
            {
                plan.Errors.Add(new CsvImportIssue(row.Line, L.Number.Name, OutOfScopeNumber));
                return null;
            }

            var profile = Merge(row, stored, _map!, plan);
            if (profile is null)
            {
                return null;
            }

            if (scope.Count > 0 && !EmployeeScope.Includes(scope, profile.DepartmentCode))
            {
                plan.Errors.Add(new CsvImportIssue(row.Line, L.DepartmentCode.Name,
                    $"あなたが管理する部署（{string.Join("、", scope)}）の部署コードにしてください。"));
                return null;
            }

            var changes = stored is null ? EmployeeFields.None : stored.DifferencesFrom(profile);
            if (stored is not null && lookup is not null && !string.Equals(stored.MyNumberLookup, lookup, StringComparison.Ordinal))
            {
                changes |= EmployeeFields.MyNumber;
            }

            // A file without the column keeps the stored code; an empty cell in the column clears it.
            if (stored is not null && _map!.Has(L.MunicipalityCode) && !string.Equals(stored.MunicipalityCode, row.MunicipalityCode, StringComparison.Ordinal))
            {
                changes |= EmployeeFields.MunicipalityCode;
            }

            if (stored is not null && row.IsOfficer is { } officer && stored.IsOfficer != officer)
            {
                changes |= EmployeeFields.Officer;
            }

            var signInEnds = Employee.SignInEndedBy(profile.LeaveDate, today);
            var planned = new PlannedEmployee
            {
                Row = row,
                Profile = profile,
                Stored = stored,
                Changes = changes,
                SignInEnds = signInEnds,
                Leaves = signInEnds && (stored is null || !Employee.SignInEndedBy(stored.LeaveDate, today)),
                Disables = signInEnds && disableable.Includes(stored?.Id, row.LoginId?.Value),
            };
            plan.Count(planned);
            return planned;
        }
    }

    /// <summary>Same words whether the number is unused elsewhere or belongs to another department: nothing leaks.</summary>
    public const string OutOfScopeNumber = "この社員番号は使えません。あなたが管理する部署の社員の番号にしてください。";

    /// <summary>The row's values over the stored ones: a column the file does not have keeps what is stored.</summary>
    private static EmployeeProfile? Merge(EmployeeImportRow row, EmployeeSnapshot? stored, CsvHeaderMap map, EmployeeImportPlan plan)
    {
        var leaveDate = map.Has(L.LeaveDate) ? row.LeaveDate : stored?.LeaveDate;
        var problem = EmployeeProfile.CheckDates(row.BirthDate, row.HireDate, leaveDate);
        if (problem is not null)
        {
            plan.Errors.Add(new CsvImportIssue(row.Line, map.Has(L.LeaveDate) ? L.LeaveDate.Name : L.HireDate.Name, problem.Text));
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

    /// <summary>
    /// The reader's finding as an issue with its column (null when there is none, or when a user-defined character
    /// sits in a column the layout ignores and nothing of it would be stored).
    /// </summary>
    public static CsvImportIssue? IssueOf(CsvRecord record, CsvHeaderMap? map)
    {
        if (record.Problem == CsvRecordProblem.None)
        {
            return null;
        }

        if (record.Problem != CsvRecordProblem.PrivateUseCharacter)
        {
            return new CsvImportIssue(record.Line, null, ProblemMessage(record.Problem));
        }

        var column = map?.ColumnAt(record.ProblemField);
        return map is not null && column is null ? null : new CsvImportIssue(record.Line, column, ProblemMessage(record.Problem));
    }

    public static string ProblemMessage(CsvRecordProblem problem) => problem switch
    {
        CsvRecordProblem.PrivateUseCharacter => "外字（パソコンごとに登録した独自の文字）が含まれています。税務署や給与システムで印字できないため、別の標準の文字に置き換えてください。",
        CsvRecordProblem.UnterminatedQuote => "ダブルクォート（\"）で始まった値が閉じられていません。値の中の \" は \"\" と2つ重ねてください。",
        _ => "ダブルクォート（\"）の使い方が正しくありません。\" を含む値は値全体を \" で囲み、中の \" は \"\" と2つ重ねてください。",
    };
}
