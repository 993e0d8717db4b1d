namespace YearEndAdjustment.Domain.SharedKernel;

/// <summary>Japan Standard Time is UTC+9 all year (no daylight saving), so a fixed offset is exact.</summary>
public static class JapanTime
{
    /// <summary>The offset of JST from UTC.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    /// <summary>The Japan calendar date at the given UTC instant.</summary>
    public static DateOnly DateOf(DateTime utc) => DateOnly.FromDateTime(utc.Add(Offset));

    /// <summary>The Japan wall-clock time at the given UTC instant.</summary>
    public static DateTime ToJapan(DateTime utc) => DateTime.SpecifyKind(utc.Add(Offset), DateTimeKind.Unspecified);
}
