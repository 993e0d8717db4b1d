using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using L = YearEndAdjustment.Application.Employees.Import.EmployeeCsvLayout;

namespace YearEndAdjustment.Application.Employees.Import;

/// <summary>
/// Turns one CSV record into an <see cref="EmployeeImportRow"/>, collecting every problem of the row (not only the
/// first) with its column, so an admin can fix a file in one pass.
/// </summary>
public static class EmployeeRowParser
{
    public const int InitialPasswordMinLength = Domain.Accounts.PasswordPolicy.MinLength;
    public const int InitialPasswordMaxLength = Domain.Accounts.PasswordPolicy.MaxLength;

    public static EmployeeImportRow? Parse(CsvRecord record, CsvHeaderMap map, DateOnly todayInJapan, List<CsvImportIssue> errors)
    {
        var before = errors.Count;
        List<NormalizedCell>? normalized = null;
        var formulaColumns = new HashSet<CsvColumn>();
        void Error(CsvColumn column, string message) => errors.Add(new CsvImportIssue(record.Line, column.Name, message));

        string Text(CsvColumn column, Func<string?, string> normalize, bool formulaCheck = true)
        {
            var raw = map.Cell(record, column);
            var value = normalize(raw);
            if (raw is not null && !string.Equals(value, raw.Trim(), StringComparison.Ordinal))
            {
                (normalized ??= []).Add(new NormalizedCell(column.Name, column == L.MyNumber ? "(個人番号)" : value));
            }

            if (formulaCheck && CsvFormulaGuard.LooksLikeFormula(value))
            {
                Error(column, CsvFormulaGuard.ImportMessage);
                formulaColumns.Add(column);
                return "";
            }

            return value;
        }

        DateOnly? Date(CsvColumn column, bool required)
        {
            var text = Text(column, JapaneseTextNormalizer.Normalize, formulaCheck: false);
            if (text.Length == 0)
            {
                if (required)
                {
                    Error(column, "日付を入力してください。");
                }

                return null;
            }

            if (!JapaneseDateParser.TryParse(text, out var date, out var problem))
            {
                Error(column, problem!);
                return null;
            }

            return date;
        }

        string? Check(CsvColumn column, string value, Func<string?, string?> check)
        {
            if (formulaColumns.Contains(column))
            {
                return null;
            }

            var problem = check(value);
            if (problem is not null)
            {
                Error(column, problem);
            }

            return problem is null ? value : null;
        }

        var numberText = Text(L.Number, JapaneseTextNormalizer.NormalizeCode);
        if (!formulaColumns.Contains(L.Number) && EmployeeNumber.Check(numberText) is { } numberProblem)
        {
            Error(L.Number, numberProblem.Text);
        }

        var name = Check(L.Name, Text(L.Name, EmployeeFieldText.Name), v => EmployeeProfile.CheckName(v)?.Text);
        var kana = Check(L.NameKana, Text(L.NameKana, EmployeeFieldText.Kana), v => EmployeeProfile.CheckKana(v)?.Text);
        var birthDate = Date(L.BirthDate, required: true);
        if (birthDate is { } birth)
        {
            var problem = EmployeeProfile.CheckBirthDate(birth)?.Text ?? (birth > todayInJapan ? "生年月日が未来の日付です。" : null);
            if (problem is not null)
            {
                Error(L.BirthDate, problem);
                birthDate = null;
            }
        }

        var hireDate = Date(L.HireDate, required: true);
        var leaveDate = Date(L.LeaveDate, required: false);
        if (birthDate is { } b && hireDate is { } h && EmployeeProfile.CheckDates(b, h, leaveDate) is { } datesProblem)
        {
            Error(leaveDate is { } l && l < h ? L.LeaveDate : L.HireDate, datesProblem.Text);
        }

        Gender? gender = null;
        if (map.Has(L.Gender))
        {
            gender = ParseGender(Text(L.Gender, JapaneseTextNormalizer.Normalize));
            if (gender is null)
            {
                Error(L.Gender, "性別は「男」「女」または空欄で入力してください。");
            }
        }

        var postalCode = map.Has(L.PostalCode) ? Check(L.PostalCode, EmployeeFieldText.PostalCode(Text(L.PostalCode, EmployeeFieldText.Code)), v => EmployeeProfile.CheckPostalCode(v)?.Text) : null;
        var address = map.Has(L.Address) ? Check(L.Address, Text(L.Address, EmployeeFieldText.Address), v => EmployeeProfile.CheckAddress(v)?.Text) : null;
        var departmentCode = map.Has(L.DepartmentCode) ? Check(L.DepartmentCode, Text(L.DepartmentCode, EmployeeFieldText.Code), v => EmployeeProfile.CheckDepartmentCode(v)?.Text) : null;
        var departmentName = map.Has(L.DepartmentName) ? Check(L.DepartmentName, Text(L.DepartmentName, EmployeeFieldText.DepartmentName), v => EmployeeProfile.CheckDepartmentName(v)?.Text) : null;
        var email = map.Has(L.Email) ? Check(L.Email, Text(L.Email, EmployeeFieldText.Email), v => EmployeeProfile.CheckEmail(v)?.Text) : null;
        var municipalityCode = map.Has(L.MunicipalityCode)
            ? Check(L.MunicipalityCode, Text(L.MunicipalityCode, EmployeeFieldText.Code), v => Domain.Employees.MunicipalityCode.Check(v)?.Text)
            : null;

        bool? isOfficer = null;
        if (map.Has(L.Officer))
        {
            isOfficer = ParseOfficer(Text(L.Officer, JapaneseTextNormalizer.Normalize));
            if (isOfficer is null)
            {
                Error(L.Officer, Messages.Get(MessageKeys.EmployeeOfficerInvalid));
            }
        }

        MyNumber? myNumber = null;
        var myNumberText = Text(L.MyNumber, JapaneseTextNormalizer.NormalizeMyNumber);
        if (myNumberText.Length > 0)
        {
            var problem = MyNumber.Check(myNumberText);
            if (problem is null)
            {
                myNumber = MyNumber.Create(myNumberText);
            }
            else
            {
                Error(L.MyNumber, problem.Text);
            }
        }

        var (loginId, role, initialPassword) = ParseAccountColumns(record, map, Text, Error);

        if (errors.Count != before)
        {
            return null;
        }

        return new EmployeeImportRow
        {
            Line = record.Line,
            Number = EmployeeNumber.Create(numberText),
            Name = name!,
            NameKana = kana!,
            BirthDate = birthDate!.Value,
            HireDate = hireDate!.Value,
            Gender = gender,
            PostalCode = postalCode,
            Address = address,
            LeaveDate = leaveDate,
            DepartmentCode = departmentCode,
            DepartmentName = departmentName,
            Email = email,
            MyNumber = myNumber,
            MunicipalityCode = string.IsNullOrEmpty(municipalityCode) ? null : municipalityCode,
            IsOfficer = isOfficer,
            LoginId = loginId,
            Role = role,
            InitialPassword = initialPassword,
            NormalizedCells = normalized ?? (IReadOnlyList<NormalizedCell>)[],
        };
    }

    private static (LoginId? LoginId, AccountRole? Role, string? InitialPassword) ParseAccountColumns(
        CsvRecord record, CsvHeaderMap map, Func<CsvColumn, Func<string?, string>, bool, string> text, Action<CsvColumn, string> error)
    {
        LoginId? loginId = null;
        var loginText = text(L.LoginId, JapaneseTextNormalizer.NormalizeCode, true);
        if (loginText.Length > 0)
        {
            try
            {
                loginId = LoginId.Create(loginText);
            }
            catch (DomainRuleViolationException ex)
            {
                error(L.LoginId, ex.Message);
            }
        }

        AccountRole? role = null;
        var roleText = text(L.Role, JapaneseTextNormalizer.Normalize, true);
        if (roleText.Length > 0)
        {
            role = ParseRole(roleText);
            if (role is null)
            {
                error(L.Role, "権限は「管理者」「限定管理者」「一般」のいずれかで入力してください。");
            }
            else if (loginText.Length == 0)
            {
                error(L.Role, "権限を指定するときは、ログインIDも入力してください。");
            }
        }

        // The password is taken exactly as written: no normalisation, no formula check (it is never exported).
        var password = map.Cell(record, L.InitialPassword);
        if (string.IsNullOrEmpty(password))
        {
            return (loginId, role, null);
        }

        if (loginText.Length == 0)
        {
            error(L.InitialPassword, "初期パスワードを指定するときは、ログインIDも入力してください。");
        }
        else if (password.Length is < InitialPasswordMinLength or > InitialPasswordMaxLength || password.Any(char.IsControl))
        {
            error(L.InitialPassword, $"初期パスワードは {InitialPasswordMinLength}〜{InitialPasswordMaxLength} 文字で、改行やタブを含めずに入力してください。");
        }

        return (loginId, role ?? (loginId is null ? null : AccountRole.General), password);
    }

    public static Gender? ParseGender(string value) => value.ToLowerInvariant() switch
    {
        "" => Domain.Employees.Gender.NotStated,
        "男" or "男性" or "m" or "male" or "1" => Domain.Employees.Gender.Male,
        "女" or "女性" or "f" or "female" or "2" => Domain.Employees.Gender.Female,
        _ => null,
    };

    // 役員区分: the template writes 1 / 0; other products write 役員 / 一般 or true / false.
    public static bool? ParseOfficer(string value) => value.ToLowerInvariant() switch
    {
        "1" or "役員" or "○" or "はい" or "yes" or "true" => true,
        "" or "0" or "一般" or "いいえ" or "no" or "false" => false,
        _ => null,
    };

    public static string FormatOfficer(bool isOfficer) => isOfficer ? "1" : "0";

    public static string FormatGender(Gender gender) => gender switch
    {
        Domain.Employees.Gender.Male => "男",
        Domain.Employees.Gender.Female => "女",
        _ => "",
    };

    public static AccountRole? ParseRole(string value) => value.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant() switch
    {
        "管理者" or "admin" => AccountRole.Admin,
        "限定管理者" or "limitedadmin" => AccountRole.LimitedAdmin,
        "一般" or "一般ユーザー" or "従業員" or "general" or "user" => AccountRole.General,
        _ => null,
    };

    /// <summary>〒 and dash look-alikes removed by the caller's normaliser; seven bare digits get their hyphen.</summary>
}
