using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence.Converters;

namespace YearEndAdjustment.Infrastructure.Persistence.Queries;

/// <summary>
/// ADR 0066: a declaration row read by a kept SQLite statement, made into the aggregate as EF Core makes it: the
/// private constructor, then each mapped property through its private setter (UnsafeAccessor: no reflection at run
/// time), the forms through the JSON reading of the context's converter. The isolation tests compare every mapped
/// property with EF's read, so a property added to the model and not here fails them.
/// </summary>
internal static class DeclarationRows
{
    /// <summary>The columns <see cref="Read"/> expects, in its order.</summary>
    public const string Columns = """
        "d"."Id", "d"."TenantId", "d"."EmployeeId", "d"."TaxYear", "d"."Status", "d"."Version", "d"."CreatedAtUtc", "d"."UpdatedAtUtc",
        "d"."SubmittedAtUtc", "d"."ReviewStartedAtUtc", "d"."ReturnedAtUtc", "d"."ApprovedAtUtc", "d"."Deadline", "d"."ReopenReason",
        "d"."LastStep", "d"."OpeningNoticeSentAtUtc", "d"."ReturnComments", "d"."WarningCount", "d"."AssistedEditsPendingSinceUtc",
        "d"."Dependants", "d"."Basic", "d"."Insurance", "d"."HousingLoan"
        """;

    public static Declaration Read(SqliteDataReader row)
    {
        var d = New();
        SetId(d, new DeclarationId(row.GetGuid(0)));
        SetTenantId(d, new TenantId(row.GetGuid(1)));
        SetEmployeeId(d, new EmployeeId(row.GetGuid(2)));
        SetTaxYear(d, new TaxYear(row.GetInt32(3)));
        SetStatus(d, Enum.Parse<DeclarationStatus>(row.GetString(4)));
        SetVersion(d, row.GetInt32(5));
        SetCreatedAtUtc(d, StoredValues.Utc(row, 6));
        SetUpdatedAtUtc(d, StoredValues.Utc(row, 7));
        SetSubmittedAtUtc(d, StoredValues.NullableUtc(row, 8));
        SetReviewStartedAtUtc(d, StoredValues.NullableUtc(row, 9));
        SetReturnedAtUtc(d, StoredValues.NullableUtc(row, 10));
        SetApprovedAtUtc(d, StoredValues.NullableUtc(row, 11));
        SetDeadline(d, StoredValues.NullableDate(row, 12));
        SetReopenReason(d, StoredValues.NullableString(row, 13));
        SetLastStep(d, StoredValues.NullableString(row, 14));
        SetOpeningNoticeSentAtUtc(d, StoredValues.NullableUtc(row, 15));
        SetReturnComments(d, JsonColumn.FromJson<IReadOnlyList<ReviewComment>>(row.GetString(16)));
        SetWarningCount(d, row.GetInt32(17));
        SetAssistedEditsPendingSinceUtc(d, StoredValues.NullableUtc(row, 18));
        SetDependants(d, JsonColumn.FromJson<DependantsForm>(row.GetString(19)));
        SetBasic(d, JsonColumn.FromJson<BasicDeductionForm>(row.GetString(20)));
        SetInsurance(d, JsonColumn.FromJson<InsuranceForm>(row.GetString(21)));
        SetHousingLoan(d, row.IsDBNull(22) ? null : JsonColumn.FromJson<HousingLoanForm>(row.GetString(22)));
        return d;
    }

    [UnsafeAccessor(UnsafeAccessorKind.Constructor)]
    private static extern Declaration New();

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Id")]
    private static extern void SetId(Declaration d, DeclarationId value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_TenantId")]
    private static extern void SetTenantId(Declaration d, TenantId value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_EmployeeId")]
    private static extern void SetEmployeeId(Declaration d, EmployeeId value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_TaxYear")]
    private static extern void SetTaxYear(Declaration d, TaxYear value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Status")]
    private static extern void SetStatus(Declaration d, DeclarationStatus value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Version")]
    private static extern void SetVersion(Declaration d, int value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_CreatedAtUtc")]
    private static extern void SetCreatedAtUtc(Declaration d, DateTime value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_UpdatedAtUtc")]
    private static extern void SetUpdatedAtUtc(Declaration d, DateTime value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_SubmittedAtUtc")]
    private static extern void SetSubmittedAtUtc(Declaration d, DateTime? value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_ReviewStartedAtUtc")]
    private static extern void SetReviewStartedAtUtc(Declaration d, DateTime? value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_ReturnedAtUtc")]
    private static extern void SetReturnedAtUtc(Declaration d, DateTime? value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_ApprovedAtUtc")]
    private static extern void SetApprovedAtUtc(Declaration d, DateTime? value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Deadline")]
    private static extern void SetDeadline(Declaration d, DateOnly? value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_ReopenReason")]
    private static extern void SetReopenReason(Declaration d, string? value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_LastStep")]
    private static extern void SetLastStep(Declaration d, string? value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_OpeningNoticeSentAtUtc")]
    private static extern void SetOpeningNoticeSentAtUtc(Declaration d, DateTime? value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_ReturnComments")]
    private static extern void SetReturnComments(Declaration d, IReadOnlyList<ReviewComment> value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_WarningCount")]
    private static extern void SetWarningCount(Declaration d, int value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_AssistedEditsPendingSinceUtc")]
    private static extern void SetAssistedEditsPendingSinceUtc(Declaration d, DateTime? value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Dependants")]
    private static extern void SetDependants(Declaration d, DependantsForm value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Basic")]
    private static extern void SetBasic(Declaration d, BasicDeductionForm value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_Insurance")]
    private static extern void SetInsurance(Declaration d, InsuranceForm value);

    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "set_HousingLoan")]
    private static extern void SetHousingLoan(Declaration d, HousingLoanForm? value);
}
