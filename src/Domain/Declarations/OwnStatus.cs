using YearEndAdjustment.Domain.Adjustments;

namespace YearEndAdjustment.Domain.Declarations;

// 扶養控除等申告書: the employee's own block and section C (障害者・寡婦・ひとり親・勤労学生, 所得税法79–82条).
public sealed record OwnStatus(
    DisabilityLevel Disability,
    WidowStatus Widow,
    bool IsSingleParent,
    bool IsWorkingStudent,
    string? StatusDetails,
    string? HouseholderName,
    string? HouseholderRelationship)
{
    public static readonly OwnStatus Empty = new(DisabilityLevel.None, WidowStatus.None, false, false, null, null, null);
}
