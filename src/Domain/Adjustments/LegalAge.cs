namespace YearEndAdjustment.Domain.Adjustments;

// 年齢計算ニ関スル法律: an age is reached at the end of the day before the birthday, so the age "at December 31" is
// the ordinary birthday age on the following day (someone born on January 1 is already older on December 31).
public static class LegalAge
{
    public static int At(DateOnly birthDate, DateOnly referenceDate)
    {
        var nextDay = referenceDate.AddDays(1);
        var age = nextDay.Year - birthDate.Year;
        if (nextDay.Month < birthDate.Month || (nextDay.Month == birthDate.Month && nextDay.Day < birthDate.Day))
        {
            age--;
        }

        return age;
    }
}
