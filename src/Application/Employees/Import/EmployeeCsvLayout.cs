using YearEndAdjustment.Application.Accounts.Contracts;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Employees.Import;

/// <summary>
/// The employee CSV layout: the template's header row, in the template's order, which exports reproduce exactly
/// (forms-and-formats 4.3). Files may order the columns freely and use the listed aliases of other HR products.
/// </summary>
public static class EmployeeCsvLayout
{
    public static readonly CsvColumn Number = new("社員番号", true, "従業員番号", "社員コード", "従業員コード", "社員No");
    public static readonly CsvColumn Name = new("氏名", true, "名前", "従業員名", "社員名");
    public static readonly CsvColumn NameKana = new("フリガナ", true, "氏名カナ", "氏名(フリガナ)", "カナ氏名", "ふりがな", "カナ");
    public static readonly CsvColumn BirthDate = new("生年月日", true, "誕生日");
    public static readonly CsvColumn Gender = new("性別", false);
    public static readonly CsvColumn PostalCode = new("郵便番号", false, "〒");
    public static readonly CsvColumn Address = new("住所", false, "現住所");
    public static readonly CsvColumn HireDate = new("入社日", true, "入社年月日");
    public static readonly CsvColumn LeaveDate = new("退職日", false, "退職年月日");
    public static readonly CsvColumn DepartmentCode = new("部署コード", false, "所属コード");
    public static readonly CsvColumn DepartmentName = new("部署名", false, "部署", "所属", "所属名");
    public static readonly CsvColumn Email = new("メールアドレス", false, "メール", "Eメール", "E-mail", "Email");
    public static readonly CsvColumn MyNumber = new("個人番号", false, "マイナンバー");
    public static readonly CsvColumn LoginId = new("ログインID", false, "ユーザーID");
    public static readonly CsvColumn Role = new("権限", false, "ロール");
    public static readonly CsvColumn InitialPassword = new("初期パスワード", false);
    public static readonly CsvColumn MunicipalityCode = new("市区町村コード", false, "市町村コード", "提出先市町村コード", "住民税市町村コード");

    // 1 = 役員 (officer), 0 or empty = not (ADR 0052); English headers of other products' exports are accepted too.
    public static readonly CsvColumn Officer = new("役員区分", false, "役員", "役員フラグ", "Officer", "IsOfficer");

    public static readonly IReadOnlyList<CsvColumn> Columns =
    [
        Number, Name, NameKana, BirthDate, Gender, PostalCode, Address, HireDate, LeaveDate, DepartmentCode,
        DepartmentName, Email, MyNumber, LoginId, Role, InitialPassword, MunicipalityCode, Officer,
    ];

    public static string[] Header => Columns.Select(c => c.Name).ToArray();

    /// <summary>The column that holds an employee field, for "changed: 部署名, 住所" lists.</summary>
    public static CsvColumn ColumnOf(Domain.Employees.EmployeeFields field) => field switch
    {
        Domain.Employees.EmployeeFields.Name => Name,
        Domain.Employees.EmployeeFields.NameKana => NameKana,
        Domain.Employees.EmployeeFields.BirthDate => BirthDate,
        Domain.Employees.EmployeeFields.Gender => Gender,
        Domain.Employees.EmployeeFields.PostalCode => PostalCode,
        Domain.Employees.EmployeeFields.Address => Address,
        Domain.Employees.EmployeeFields.HireDate => HireDate,
        Domain.Employees.EmployeeFields.LeaveDate => LeaveDate,
        Domain.Employees.EmployeeFields.DepartmentCode => DepartmentCode,
        Domain.Employees.EmployeeFields.DepartmentName => DepartmentName,
        Domain.Employees.EmployeeFields.Email => Email,
        Domain.Employees.EmployeeFields.MyNumber => MyNumber,
        Domain.Employees.EmployeeFields.MunicipalityCode => MunicipalityCode,
        Domain.Employees.EmployeeFields.Officer => Officer,
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>Column names of a set of changed fields, in template order.</summary>
    public static IReadOnlyList<string> ColumnNames(Domain.Employees.EmployeeFields fields) =>
        Enum.GetValues<Domain.Employees.EmployeeFields>()
            .Where(f => f != Domain.Employees.EmployeeFields.None && fields.HasFlag(f))
            .Select(f => ColumnOf(f).Name)
            .ToList();

    /// <summary>The user ID a row asks for, or null when its ログインID cell is empty.</summary>
    public static AccountRequest? AccountRequestOf(PlannedEmployee row, EmployeeId? employeeId) =>
        row.Row.LoginId is { } login
            ? new AccountRequest(row.Row.Line, login, row.Row.Name, row.Row.Email, row.Row.Role ?? AccountRole.General, row.Row.InitialPassword, row.SignInEnds, employeeId)
            : null;

    /// <summary>The accounts module's refusals, each on the column of this layout it concerns.</summary>
    public static List<CsvImportIssue> IssuesOf(IEnumerable<AccountRequestProblem> problems) =>
        problems.Select(p => new CsvImportIssue(p.Line, p.Field switch
        {
            AccountRequestField.Role => Role.Name,
            AccountRequestField.InitialPassword => InitialPassword.Name,
            AccountRequestField.Email => Email.Name,
            _ => LoginId.Name,
        }, p.Message)).ToList();
}
