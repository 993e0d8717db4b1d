using System.Globalization;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using P = YearEndAdjustment.Application.Employees.Import.PayrollCsvLayout;

namespace YearEndAdjustment.Application.Employees.Import;

/// <summary>
/// Reads a payroll totals file for one tax year with the employee import's rules: whole file valid or nothing. Only
/// employees the acting admin may see are matched; any other number reads as unknown, whoever holds it.
/// </summary>
public sealed class PayrollTotalsImportPlanner(IAppDbContext db, ICsvFileReader reader, ICurrentUser currentUser)
{
    public async Task<PayrollTotalsImportPlan> PlanAsync(Stream content, TaxYear taxYear, CancellationToken cancellationToken)
    {
        var plan = new PayrollTotalsImportPlan();
        var parsed = new List<(long Line, string Number, PayrollAmounts Amounts)>();
        try
        {
            var document = await reader.OpenAsync(content, cancellationToken);
            plan.Encoding = document.Encoding;
            plan.Fingerprint = document.Fingerprint;
            Read(document, taxYear, plan, parsed);
        }
        catch (CsvFileRejectedException ex)
        {
            plan.Errors.Add(new CsvImportIssue(ex.Line, null, ex.Message));
        }

        if (!plan.IsValid)
        {
            return plan;
        }

        var employees = await EmployeeScope.Visible(db.Employees.AsNoTracking(), currentUser)
            .Select(e => new { e.Id, e.Number })
            .ToDictionaryAsync(e => e.Number.Value, e => e.Id, StringComparer.Ordinal, cancellationToken);
        var stored = await db.PayrollTotals.AsNoTracking().Where(p => p.TaxYear == taxYear)
            .ToDictionaryAsync(p => p.EmployeeId, cancellationToken);
        foreach (var (line, number, amounts) in parsed)
        {
            if (!employees.TryGetValue(number, out var employeeId))
            {
                plan.Errors.Add(new CsvImportIssue(line, P.Number.Name, currentUser.Departments.Count == 0
                    ? "この社員番号の社員が登録されていません。先に社員を取り込んでください。"
                    : "この社員番号の社員が、あなたが管理する部署に登録されていません。"));
                continue;
            }

            plan.Rows.Add((employeeId, amounts, stored.GetValueOrDefault(employeeId)));
        }

        if (!plan.IsValid)
        {
            plan.Rows.Clear();
        }

        return plan;
    }

    private static void Read(CsvDocument document, TaxYear taxYear, PayrollTotalsImportPlan plan, List<(long, string, PayrollAmounts)> parsed)
    {
        CsvHeaderMap? map = null;
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        var dataRows = 0;
        foreach (var record in document.Records)
        {
            if (EmployeeImportPlanner.IssueOf(record, map) is { } issue)
            {
                dataRows++;
                plan.Errors.Add(issue);
                if (map is null)
                {
                    return;
                }

                continue;
            }

            if (map is null)
            {
                map = CsvHeaderMap.Build(record, P.Columns, plan.Errors, plan.Warnings);
                if (!plan.IsValid)
                {
                    return;
                }

                continue;
            }

            if (record.Fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            dataRows++;
            if (record.Fields.Length != map.FieldCount)
            {
                plan.Errors.Add(new CsvImportIssue(record.Line, null, $"列の数が見出し行と合いません（見出し {map.FieldCount} 列、この行 {record.Fields.Length} 列）。"));
                continue;
            }

            var before = plan.Errors.Count;
            var number = JapaneseTextNormalizer.NormalizeCode(map.Cell(record, P.Number));
            if (EmployeeNumber.Check(number) is { } numberProblem)
            {
                plan.Errors.Add(new CsvImportIssue(record.Line, P.Number.Name, numberProblem.Text));
            }

            if (map.Has(P.TaxYear) && JapaneseTextNormalizer.NormalizeCode(map.Cell(record, P.TaxYear)) is { Length: > 0 } yearText
                && yearText != taxYear.Value.ToString(CultureInfo.InvariantCulture) && yearText != taxYear.ToJapaneseEra().TrimEnd('分'))
            {
                plan.Errors.Add(new CsvImportIssue(record.Line, P.TaxYear.Name, $"取り込み先の年分（{taxYear.Value}年）と違います。"));
            }

            Yen Amount(CsvColumn column)
            {
                var text = JapaneseTextNormalizer.NormalizeCode(map.Cell(record, column))
                    .Replace(",", "", StringComparison.Ordinal).Replace("円", "", StringComparison.Ordinal).TrimStart('¥', '\\');
                if (text.Length == 0)
                {
                    return Yen.Zero;
                }

                if (text.Length > 12 || !text.All(char.IsAsciiDigit))
                {
                    plan.Errors.Add(new CsvImportIssue(record.Line, column.Name, "金額は0以上の整数（円単位、1兆円未満）で入力してください。"));
                    return Yen.Zero;
                }

                return new Yen(long.Parse(text, CultureInfo.InvariantCulture));
            }

            var amounts = new PayrollAmounts(
                Amount(P.SalaryPaid), Amount(P.BonusPaid), Amount(P.TaxWithheld), Amount(P.SocialInsurance),
                Amount(P.PreviousSalaryPaid), Amount(P.PreviousTaxWithheld), Amount(P.PreviousSocialInsurance));
            if (plan.Errors.Count != before)
            {
                continue;
            }

            if (!seen.TryAdd(number, record.Line))
            {
                plan.Errors.Add(new CsvImportIssue(record.Line, P.Number.Name, $"社員番号が {seen[number]} 行目と重複しています。"));
                continue;
            }

            parsed.Add((record.Line, number, amounts));
        }

        if (map is null)
        {
            plan.Errors.Add(new CsvImportIssue(0, null, "ファイルが空です。見出し行とデータ行のあるCSVファイルを選んでください。"));
        }
        else if (dataRows == 0)
        {
            plan.Errors.Add(new CsvImportIssue(0, null, "データ行がありません（見出し行だけのファイルです）。"));
        }
    }
}
