using System.Text.RegularExpressions;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Employees;

/// <summary>
/// The master data of one employee (Y-01) other than the number and the My Number, validated as a whole. The
/// <c>Check…</c> functions return a user-facing reason (never echoing the value, keyed for translation) so CSV import can report every
/// problem of a row with the same rules the aggregate enforces.
/// </summary>
public sealed partial record EmployeeProfile
{
    public const int NameMaxLength = 100;
    public const int AddressMaxLength = 200;
    public const int DepartmentCodeMaxLength = 20;
    public const int DepartmentNameMaxLength = 100;
    public const int EmailMaxLength = 254;
    public const int PostalCodeLength = 8;

    /// <summary>Birth dates before this are certainly typing errors (the oldest living people were born after it).</summary>
    public static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    private EmployeeProfile()
    {
        Name = null!;
        NameKana = null!;
    }

    public string Name { get; private init; }

    public string NameKana { get; private init; }

    public DateOnly BirthDate { get; private init; }

    public Gender Gender { get; private init; }

    public string? PostalCode { get; private init; }

    public string? Address { get; private init; }

    public DateOnly HireDate { get; private init; }

    public DateOnly? LeaveDate { get; private init; }

    public string? DepartmentCode { get; private init; }

    public string? DepartmentName { get; private init; }

    public string? Email { get; private init; }

    public static EmployeeProfile Create(
        string name,
        string nameKana,
        DateOnly birthDate,
        Gender gender,
        string? postalCode,
        string? address,
        DateOnly hireDate,
        DateOnly? leaveDate,
        string? departmentCode,
        string? departmentName,
        string? email)
    {
        var problem = CheckName(name) ?? CheckKana(nameKana) ?? CheckBirthDate(birthDate) ?? CheckPostalCode(postalCode)
            ?? CheckAddress(address) ?? CheckDepartmentCode(departmentCode) ?? CheckDepartmentName(departmentName)
            ?? CheckEmail(email) ?? CheckDates(birthDate, hireDate, leaveDate);
        if (problem is not null)
        {
            throw new DomainRuleViolationException("employee.profile_invalid", problem);
        }

        return new EmployeeProfile
        {
            Name = name,
            NameKana = nameKana,
            BirthDate = birthDate,
            Gender = gender,
            PostalCode = Empty(postalCode),
            Address = Empty(address),
            HireDate = hireDate,
            LeaveDate = leaveDate,
            DepartmentCode = Empty(departmentCode),
            DepartmentName = Empty(departmentName),
            Email = Empty(email),
        };
    }

    public static readonly RuleMessage NameRequired = new("employee.name_required", "氏名を入力してください。");
    public static readonly RuleMessage NameTooLong = new("employee.name_too_long", $"氏名は {NameMaxLength} 文字以内で入力してください。");
    public static readonly RuleMessage KanaRequired = new("employee.kana_required", "フリガナを入力してください。");
    public static readonly RuleMessage KanaTooLong = new("employee.kana_too_long", $"フリガナは {NameMaxLength} 文字以内で入力してください。");
    public static readonly RuleMessage KanaNotKatakana = new("employee.kana_not_katakana", "フリガナは全角カタカナで入力してください。");
    public static readonly RuleMessage BirthDateTooOld = new("employee.birth_date_too_old", "生年月日が古すぎます。年を確認してください。");
    public static readonly RuleMessage PostalCodeInvalid = new("employee.postal_code_invalid", "郵便番号は 123-4567 の形式（7桁の数字）で入力してください。");
    public static readonly RuleMessage AddressTooLong = new("employee.address_too_long", $"住所は {AddressMaxLength} 文字以内で入力してください。");
    public static readonly RuleMessage DepartmentCodeInvalid = new(
        "employee.department_code_invalid", $"部署コードは半角英数字・ハイフン・アンダースコアの {DepartmentCodeMaxLength} 文字以内で入力してください。");
    public static readonly RuleMessage DepartmentNameTooLong = new("employee.department_name_too_long", $"部署名は {DepartmentNameMaxLength} 文字以内で入力してください。");
    public static readonly RuleMessage EmailInvalid = new("employee.email_invalid", "メールアドレスの形式が正しくありません。");
    public static readonly RuleMessage HiredBeforeBirth = new("employee.hired_before_birth", "入社日が生年月日より前になっています。");
    public static readonly RuleMessage LeftBeforeHire = new("employee.left_before_hire", "退職日が入社日より前になっています。");

    public static RuleMessage? CheckName(string? name) =>
        string.IsNullOrWhiteSpace(name) ? NameRequired
        : name.Length > NameMaxLength ? NameTooLong
        : null;

    /// <summary>フリガナ: full-width katakana (eLTAX needs it), the prolonged sound mark, ・ and single spaces.</summary>
    public static RuleMessage? CheckKana(string? kana) =>
        string.IsNullOrWhiteSpace(kana) ? KanaRequired
        : kana.Length > NameMaxLength ? KanaTooLong
        : !KanaPattern().IsMatch(kana) ? KanaNotKatakana
        : null;

    public static RuleMessage? CheckBirthDate(DateOnly birthDate) =>
        birthDate < EarliestBirthDate ? BirthDateTooOld : null;

    /// <summary>郵便番号 as NNN-NNNN (stored with the hyphen, the form used on every slip).</summary>
    public static RuleMessage? CheckPostalCode(string? postalCode) =>
        string.IsNullOrEmpty(postalCode) || PostalPattern().IsMatch(postalCode) ? null : PostalCodeInvalid;

    public static RuleMessage? CheckAddress(string? address) =>
        address is not null && address.Length > AddressMaxLength ? AddressTooLong : null;

    public static RuleMessage? CheckDepartmentCode(string? code) =>
        string.IsNullOrEmpty(code) ? null
        : code.Length > DepartmentCodeMaxLength || !CodePattern().IsMatch(code) ? DepartmentCodeInvalid
        : null;

    public static RuleMessage? CheckDepartmentName(string? name) =>
        name is not null && name.Length > DepartmentNameMaxLength ? DepartmentNameTooLong : null;

    /// <summary>A deliberately loose check (one @, no spaces, ASCII): the invitation mail is the real test.</summary>
    public static RuleMessage? CheckEmail(string? email) =>
        string.IsNullOrEmpty(email) ? null
        : email.Length > EmailMaxLength || !EmailPattern().IsMatch(email) ? EmailInvalid
        : null;

    public static RuleMessage? CheckDates(DateOnly birthDate, DateOnly hireDate, DateOnly? leaveDate) =>
        hireDate <= birthDate ? HiredBeforeBirth
        : leaveDate is { } leave && leave < hireDate ? LeftBeforeHire
        : null;

    /// <summary>Which fields differ from another profile.</summary>
    public EmployeeFields DifferencesFrom(EmployeeProfile other)
    {
        var changed = EmployeeFields.None;
        if (!string.Equals(Name, other.Name, StringComparison.Ordinal)) changed |= EmployeeFields.Name;
        if (!string.Equals(NameKana, other.NameKana, StringComparison.Ordinal)) changed |= EmployeeFields.NameKana;
        if (BirthDate != other.BirthDate) changed |= EmployeeFields.BirthDate;
        if (Gender != other.Gender) changed |= EmployeeFields.Gender;
        if (!string.Equals(PostalCode, other.PostalCode, StringComparison.Ordinal)) changed |= EmployeeFields.PostalCode;
        if (!string.Equals(Address, other.Address, StringComparison.Ordinal)) changed |= EmployeeFields.Address;
        if (HireDate != other.HireDate) changed |= EmployeeFields.HireDate;
        if (LeaveDate != other.LeaveDate) changed |= EmployeeFields.LeaveDate;
        if (!string.Equals(DepartmentCode, other.DepartmentCode, StringComparison.Ordinal)) changed |= EmployeeFields.DepartmentCode;
        if (!string.Equals(DepartmentName, other.DepartmentName, StringComparison.Ordinal)) changed |= EmployeeFields.DepartmentName;
        if (!string.Equals(Email, other.Email, StringComparison.Ordinal)) changed |= EmployeeFields.Email;
        return changed;
    }

    private static string? Empty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    [GeneratedRegex(@"^[\u30A1-\u30FA\u30FC\u30FD\u30FE\u30FB]+( [\u30A1-\u30FA\u30FC\u30FD\u30FE\u30FB]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KanaPattern();

    [GeneratedRegex("^[0-9]{3}-[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex PostalPattern();

    [GeneratedRegex("^[A-Za-z0-9_-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^[\x21-\x3F\x41-\x7E]+@[\x21-\x3F\x41-\x7E]+\.[\x21-\x3F\x41-\x7E]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
