using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Employees.ExportTenantData;

public sealed class ExportTenantDataCommandHandler(
    IAppDbContext db,
    ICurrentUser currentUser,
    ITenantContext tenantContext,
    ICsvFileWriterFactory writers,
    TimeProvider clock) : ICommandHandler<ExportTenantDataCommand, TenantExportResult>
{
    private const int MaxReportedProblems = 1000;

    public async ValueTask<TenantExportResult> Handle(ExportTenantDataCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequirePermission(Permission.ExportData);

        // The full export holds every department plus tenant-wide files (accounts, logs, audit trail) that no
        // department filter can split: it is for admins without a department restriction (R-12).
        if (currentUser.Departments.Count > 0)
        {
            throw ForbiddenException.Of(MessageKeys.ForbiddenFullExport);
        }

        var tenant = tenantContext.TenantId ?? throw NotFoundException.Of(MessageKeys.NotFoundTenant);
        var now = clock.GetUtcNow().UtcDateTime;
        await Tenants.Contracts.TenantContractGuard.EnsureExportsAllowedAsync(db, tenant, now, cancellationToken);

        // On the trail before the first byte, so even an interrupted export is recorded.
        db.AuditEntries.Add(AuditEntry.Record(tenant, now, currentUser.AccountId, AuditAction.TenantDataExported, detail: $"encoding={command.Encoding}"));
        await db.SaveChangesAsync(cancellationToken);

        var files = new List<TenantExportFile>();
        var problems = new List<CsvImportIssue>();
        using (var zip = new ZipArchive(command.Destination, ZipArchiveMode.Create, leaveOpen: true))
        {
            // Projections, not entities: only the columns written are read, nothing is tracked, and family members
            // are joined only for their own file (ADR 0024).
            await AddAsync(zip, "employees.csv", ["社員番号", "氏名", "フリガナ", "生年月日", "性別", "郵便番号", "住所", "入社日", "退職日", "部署コード", "部署名", "メールアドレス", "個人番号登録"],
                db.Employees.AsNoTracking().OrderBy(e => e.Number)
                    .Select(e => new EmployeeRow(
                        e.Number, e.Name, e.NameKana, e.BirthDate, e.Gender, e.PostalCode, e.Address, e.HireDate, e.LeaveDate,
                        e.DepartmentCode, e.DepartmentName, e.Email, e.MyNumberCiphertext != null))
                    .AsAsyncEnumerable().Select(e => new string?[]
                    {
                        e.Number.Value, e.Name, e.NameKana, Date(e.BirthDate), e.Gender.ToString(), e.PostalCode, e.Address, Date(e.HireDate),
                        e.LeaveDate == null ? "" : Date(e.LeaveDate.Value), e.DepartmentCode, e.DepartmentName, e.Email, e.HasMyNumber ? "あり" : "なし",
                    }), command.Encoding, files, problems, cancellationToken);

            await AddAsync(zip, "family-members.csv", ["社員番号", "氏名", "フリガナ", "続柄", "生年月日", "同居", "障害", "非居住者", "所得見積額", "個人番号登録"],
                (from e in db.Employees.AsNoTracking()
                 from f in e.FamilyMembers
                 orderby e.Number
                 select new FamilyMemberRow(
                     e.Number, f.Name, f.NameKana, f.Relationship, f.BirthDate, f.Cohabiting, f.Disability, f.NonResident, f.EstimatedIncome,
                     f.MyNumberCiphertext != null))
                    .AsAsyncEnumerable().Select(f => new string?[]
                    {
                        f.Number.Value, f.Name, f.NameKana, f.Relationship.ToString(), Date(f.BirthDate), f.Cohabiting ? "1" : "0",
                        f.Disability.ToString(), f.NonResident ? "1" : "0", f.EstimatedIncome.Value.ToString(CultureInfo.InvariantCulture), f.HasMyNumber ? "あり" : "なし",
                    }), command.Encoding, files, problems, cancellationToken);

            // Joined in SQL rather than through a dictionary of every employee number (which grew with the tenant). A payroll
            // row always has its employee (foreign key, cascade delete), so the inner join drops nothing.
            await AddAsync(zip, "payroll-totals.csv", ["社員番号", "年分", "給与支給額", "賞与支給額", "源泉徴収税額", "社会保険料等", "前職支払金額", "前職源泉徴収税額", "前職社会保険料等"],
                (from p in db.PayrollTotals.AsNoTracking()
                 join e in db.Employees.AsNoTracking() on p.EmployeeId equals e.Id
                 orderby p.TaxYear
                 select new PayrollRow(
                     e.Number, p.TaxYear, p.SalaryPaid, p.BonusPaid, p.TaxWithheld, p.SocialInsuranceWithheld,
                     p.PreviousEmployersSalaryPaid, p.PreviousEmployersTaxWithheld, p.PreviousEmployersSocialInsurance))
                    .AsAsyncEnumerable().Select(p => new string?[]
                    {
                        p.Number.Value, p.TaxYear.ToString(), Amount(p.SalaryPaid), Amount(p.BonusPaid), Amount(p.TaxWithheld),
                        Amount(p.SocialInsuranceWithheld), Amount(p.PreviousEmployersSalaryPaid), Amount(p.PreviousEmployersTaxWithheld), Amount(p.PreviousEmployersSocialInsurance),
                    }), command.Encoding, files, problems, cancellationToken);

            await AddAsync(zip, "accounts.csv", ["ログインID", "氏名", "メールアドレス", "権限", "無効", "最終ログイン(UTC)", "作成日時(UTC)"],
                db.Accounts.AsNoTracking().OrderBy(a => a.LoginId).AsAsyncEnumerable().Select(a => new string?[]
                {
                    a.LoginId.Value, a.DisplayName, a.Email, a.Role.ToString(), a.IsDisabled ? "1" : "0", Time(a.LastSignInAtUtc), Time(a.CreatedAtUtc),
                }), command.Encoding, files, problems, cancellationToken);

            await AddAsync(zip, "login-history.csv", ["日時(UTC)", "入力されたログインID", "結果", "IPアドレス", "ブラウザ"],
                db.LoginHistory.AsNoTracking().OrderBy(h => h.OccurredAtUtc).AsAsyncEnumerable().Select(h => new string?[]
                {
                    Time(h.OccurredAtUtc), h.AttemptedLoginId, h.Outcome.ToString(), h.ClientIp, h.UserAgent,
                }), command.Encoding, files, problems, cancellationToken);

            await AddAsync(zip, "access-log.csv", ["日時(UTC)", "アカウント", "IPアドレス", "メソッド", "パス", "ステータス", "処理時間(ms)", "ブラウザ"],
                db.AccessLogs.AsNoTracking().OrderBy(a => a.OccurredAtUtc).AsAsyncEnumerable().Select(a => new string?[]
                {
                    Time(a.OccurredAtUtc), a.AccountId?.ToString(), a.ClientIp, a.Method, a.Path, a.StatusCode.ToString(CultureInfo.InvariantCulture),
                    a.DurationMs.ToString("0.###", CultureInfo.InvariantCulture), a.UserAgent,
                }), command.Encoding, files, problems, cancellationToken);

            await AddAsync(zip, "audit-trail.csv", ["日時(UTC)", "操作者", "操作", "対象従業員", "内容"],
                db.AuditEntries.AsNoTracking().OrderBy(a => a.OccurredAtUtc).AsAsyncEnumerable().Select(a => new string?[]
                {
                    Time(a.OccurredAtUtc), a.ActorAccountId?.ToString(), a.Action.ToString(), a.SubjectEmployeeId?.ToString(), a.Detail,
                }), command.Encoding, files, problems, cancellationToken);

            var manifest = zip.CreateEntry("manifest.json", CompressionLevel.Optimal);
            await using var manifestStream = manifest.Open();
            await JsonSerializer.SerializeAsync(manifestStream, new
            {
                tenant = tenantContext.Slug,
                exportedAtUtc = now,
                encoding = command.Encoding.ToString(),
                files = files.Select(f => new { name = f.Name, rows = f.Rows, sha256 = f.Sha256 }),
            }, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }, cancellationToken);
        }

        return new TenantExportResult(problems.Count == 0, files, problems);
    }

    private async Task AddAsync(
        ZipArchive zip, string name, IReadOnlyList<string> header, IAsyncEnumerable<string?[]> rows, CsvTextEncoding encoding,
        List<TenantExportFile> files, List<CsvImportIssue> problems, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        await using var entryStream = entry.Open();
        await using var hashing = new HashingStream(entryStream);
        long count = 0;
        var cells = new string[header.Count]; // reused: the writer has copied a row's cells before the next one is read
        await using (var writer = writers.Create(hashing, encoding))
        {
            writer.WriteRow(header);
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                count++;
                if (row.Length != cells.Length)
                {
                    throw new InvalidOperationException($"{name}: a row has {row.Length} cells for {cells.Length} columns.");
                }

                for (var i = 0; i < row.Length; i++)
                {
                    cells[i] = CsvFormulaGuard.Neutralize(row[i]);
                    if (encoding == CsvTextEncoding.ShiftJis && !writers.CanEncode(encoding, cells[i]))
                    {
                        if (problems.Count < MaxReportedProblems)
                        {
                            problems.Add(new CsvImportIssue(count + 1, $"{name}: {header[i]}", "Shift_JIS で表せない文字があります。UTF-8 で出力してください。"));
                        }

                        // The archive is refused (Written = false) but every problem is still listed; the strict
                        // encoder would throw on the cell, never write '?'.
                        cells[i] = "";
                    }
                }

                writer.WriteRow(cells);
            }

            await writer.FlushAsync(cancellationToken);
        }

        files.Add(new TenantExportFile(name, count, hashing.HashHex()));
    }

    private sealed record EmployeeRow(
        EmployeeNumber Number, string Name, string NameKana, DateOnly BirthDate, Gender Gender, string? PostalCode, string? Address,
        DateOnly HireDate, DateOnly? LeaveDate, string? DepartmentCode, string? DepartmentName, string? Email, bool HasMyNumber);

    private sealed record FamilyMemberRow(
        EmployeeNumber Number, string Name, string NameKana, FamilyRelationship Relationship, DateOnly BirthDate, bool Cohabiting,
        DisabilityKind Disability, bool NonResident, Yen EstimatedIncome, bool HasMyNumber);

    private sealed record PayrollRow(
        EmployeeNumber Number, TaxYear TaxYear, Yen SalaryPaid, Yen BonusPaid, Yen TaxWithheld, Yen SocialInsuranceWithheld,
        Yen PreviousEmployersSalaryPaid, Yen PreviousEmployersTaxWithheld, Yen PreviousEmployersSocialInsurance);

    private static string Date(DateOnly date) => date.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture);

    private static string Time(DateTime? utc) => utc?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "";

    private static string Amount(Yen yen) => yen.Value.ToString(CultureInfo.InvariantCulture);
}
