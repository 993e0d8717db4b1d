using System.Globalization;
using YearEndAdjustment.Application.Outputs.Contracts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Outputs;

namespace YearEndAdjustment.Infrastructure.Outputs.UnifiedCsv;

// One slip → the values of one 統一CSV record, placed by the year's layout. Text rules of §3.5/§3.6: names and
// addresses full-width (digits too), kana half-width, no tabs or line breaks, a comma inside a value as a full-width
// comma, amounts as plain digits, dates split into era code / 2-digit year / month / day.
internal sealed class UnifiedCsvRecord
{
    private readonly UnifiedCsvLayout _layout;
    private readonly string[] _values;

    public UnifiedCsvRecord(UnifiedCsvLayout layout)
    {
        _layout = layout;
        _values = new string[layout.ColumnCount];
    }

    public IReadOnlyList<string> Values => _values;

    public void Fill(UnifiedCsvHeader header, UnifiedCsvEntry entry, bool toTaxOffice)
    {
        Array.Fill(_values, "");
        var slip = entry.Slip;
        var codes = _layout.Codes;
        var numbers = entry.MyNumbers;

        Set(UnifiedCsvField.DocumentKind, "315");
        Set(UnifiedCsvField.ReferenceNumber1, Ascii(header.ReferenceNumber1));
        Set(UnifiedCsvField.BranchNumber, Ascii(header.BranchNumber));
        Set(UnifiedCsvField.PayerAddress, Wide(header.Payer.Address, 60));
        Set(UnifiedCsvField.PayerName, Wide(header.Payer.Name, 30));
        Set(UnifiedCsvField.PayerPhone, Ascii(header.Payer.Phone));
        Set(UnifiedCsvField.ReferenceNumber2, Ascii(header.ReferenceNumber2));
        Set(UnifiedCsvField.SubmissionKind, "0");
        Set(UnifiedCsvField.EraYear, Two(EraDate.YearOfEra(slip.TaxYear)));

        Set(UnifiedCsvField.RecipientAddress, Wide(slip.Recipient.Address, 60));
        Set(UnifiedCsvField.RecipientAbroad, "0");
        Set(UnifiedCsvField.RecipientName, Wide(slip.Recipient.Name, 30));
        Set(UnifiedCsvField.RecipientTitle, Wide(slip.Recipient.Title, 15));
        Set(UnifiedCsvField.PaymentKind, Wide(slip.PaymentKind, 15));
        Set(UnifiedCsvField.PaymentAmount, Amount(slip.PaymentAmount));
        Set(UnifiedCsvField.EmploymentIncome, Amount(slip.EmploymentIncomeAfterDeduction));
        Set(UnifiedCsvField.TotalDeductions, Amount(slip.TotalDeductions));
        Set(UnifiedCsvField.WithholdingTax, Amount(slip.WithholdingTax));

        Set(UnifiedCsvField.SpouseFlag, slip.SpouseFlags.Has ? codes.SpouseHas : codes.SpouseNone);
        Set(UnifiedCsvField.ElderlySpouse, Flag(slip.SpouseFlags.Elderly));
        Set(UnifiedCsvField.SpouseDeduction, Amount(slip.SpouseDeduction));
        var counts = slip.Counts;
        Set(UnifiedCsvField.SpecificCount, Count(counts.Specific));
        Set(UnifiedCsvField.ElderlyCount, Count(counts.Elderly));
        Set(UnifiedCsvField.ElderlyCohabitingParents, Count(counts.ElderlyCohabitingParents));
        Set(UnifiedCsvField.OtherCount, Count(counts.Other));
        Set(UnifiedCsvField.SpeciallyDisabled, Count(counts.SpeciallyDisabled));
        Set(UnifiedCsvField.SpeciallyDisabledCohabiting, Count(counts.SpeciallyDisabledCohabiting));
        Set(UnifiedCsvField.OtherDisabled, Count(counts.OtherDisabled));
        Set(UnifiedCsvField.SocialInsurance, Amount(slip.SocialInsurance));
        Set(UnifiedCsvField.SmallEnterpriseMutualAid, Amount(slip.SmallEnterpriseMutualAid));
        Set(UnifiedCsvField.LifeInsuranceDeduction, Amount(slip.LifeInsuranceDeduction));
        Set(UnifiedCsvField.EarthquakeDeduction, Amount(slip.EarthquakeInsuranceDeduction));
        Set(UnifiedCsvField.HousingLoanCredit, Amount(slip.HousingLoanCredit));
        Set(UnifiedCsvField.OldPensionPremium, Amount(NonZero(slip.LifePremiums.OldPension)));
        Set(UnifiedCsvField.SpouseIncome, Amount(slip.SpouseTotalIncome));
        Set(UnifiedCsvField.OldLongTermPremium, Amount(slip.OldLongTermPremium));

        var birth = EraDate.Of(slip.Recipient.BirthDate);
        Set(UnifiedCsvField.BirthEra, birth.EraCode.ToString(CultureInfo.InvariantCulture));
        Set(UnifiedCsvField.BirthYear, Two(birth.Year));
        Set(UnifiedCsvField.BirthMonth, Two(birth.Month));
        Set(UnifiedCsvField.BirthDay, Two(birth.Day));

        var ticks = slip.Ticks;
        Set(UnifiedCsvField.Minor, Flag(ticks.Minor));
        Set(UnifiedCsvField.SecondaryColumn, Flag(ticks.SecondaryColumn));
        Set(UnifiedCsvField.SelfSpecialDisabled, Flag(ticks.SelfSpeciallyDisabled));
        Set(UnifiedCsvField.SelfOtherDisabled, Flag(ticks.SelfOtherDisabled));
        Set(UnifiedCsvField.Widow, Flag(ticks.Widow));
        Set(UnifiedCsvField.WorkingStudent, Flag(ticks.WorkingStudent));
        Set(UnifiedCsvField.DeathRetirement, Flag(ticks.DeathRetirement));
        Set(UnifiedCsvField.Disaster, Flag(ticks.Disaster));
        Set(UnifiedCsvField.Foreigner, Flag(ticks.Foreigner));
        Set(UnifiedCsvField.SingleParent, Flag(ticks.SingleParent));

        if (slip.JoinLeave is { } joinLeave)
        {
            var date = EraDate.Of(joinLeave.Date);
            Set(UnifiedCsvField.JoinLeaveKind, joinLeave.Left ? codes.Left : codes.Joined);
            Set(UnifiedCsvField.JoinLeaveYear, Two(date.Year));
            Set(UnifiedCsvField.JoinLeaveMonth, Two(date.Month));
            Set(UnifiedCsvField.JoinLeaveDay, Two(date.Day));
        }
        else
        {
            Set(UnifiedCsvField.JoinLeaveKind, codes.JoinLeaveNone);
        }

        // One previous payer has columns of its own; more than one stay in 摘要 only.
        if (slip.PreviousEmployers is [var previous, ..])
        {
            Set(UnifiedCsvField.PreviousPayerAddress, Wide(previous.Address, 60));
            Set(UnifiedCsvField.PreviousPayerAbroad, "0");
            Set(UnifiedCsvField.PreviousPayerName, Wide(previous.Name, 30));
            Set(UnifiedCsvField.PreviousSalary, Amount(previous.Salary));
            Set(UnifiedCsvField.PreviousTax, Amount(previous.TaxWithheld));
            Set(UnifiedCsvField.PreviousSocialInsurance, Amount(previous.SocialInsurance));
            if (previous.LeaveDate is { } left)
            {
                var date = EraDate.Of(left);
                Set(UnifiedCsvField.PreviousLeaveYear, Two(date.Year));
                Set(UnifiedCsvField.PreviousLeaveMonth, Two(date.Month));
                Set(UnifiedCsvField.PreviousLeaveDay, Two(date.Day));
            }
        }

        if (slip.HousingLoan is { } loan)
        {
            var start = EraDate.Of(loan.ResidenceStartDate);
            Set(UnifiedCsvField.HousingStartYear1, Two(start.Year));
            Set(UnifiedCsvField.HousingStartMonth1, Two(start.Month));
            Set(UnifiedCsvField.HousingStartDay1, Two(start.Day));
            Set(UnifiedCsvField.HousingCount, Count(loan.Count));
            Set(UnifiedCsvField.HousingAvailable, Amount(loan.CreditAvailable));
            Set(UnifiedCsvField.HousingCategory1, loan.Category switch
            {
                HousingLoanCategory.Certified => codes.HousingCertified,
                HousingLoanCategory.SpecifiedRenovation => codes.HousingRenovation,
                HousingLoanCategory.EarthquakeRetrofit => codes.HousingEarthquake,
                _ => codes.HousingGeneral,
            });
            Set(UnifiedCsvField.HousingBalance1, Amount(loan.YearEndBalance));
        }

        Set(UnifiedCsvField.Remarks, Wide(string.Join("　", slip.Remarks), 200));
        Set(UnifiedCsvField.LifeNewGeneral, Amount(NonZero(slip.LifePremiums.NewGeneral)));
        Set(UnifiedCsvField.LifeOldGeneral, Amount(NonZero(slip.LifePremiums.OldGeneral)));
        Set(UnifiedCsvField.LifeCareMedical, Amount(NonZero(slip.LifePremiums.CareMedical)));
        Set(UnifiedCsvField.LifeNewPension, Amount(NonZero(slip.LifePremiums.NewPension)));
        Set(UnifiedCsvField.YoungCount, Count(counts.Young));
        Set(UnifiedCsvField.NationalPension, Amount(slip.NationalPensionPremiums));
        Set(UnifiedCsvField.NonResidentRelatives, Count(counts.NonResidentRelatives));
        Set(UnifiedCsvField.PayerCorporateNumber, Ascii(header.Payer.CorporateNumber));
        Set(UnifiedCsvField.RecipientMyNumber, Ascii(numbers?.Recipient));

        if (slip.Spouse is { } spouse)
        {
            Person(UnifiedCsvField.SpouseKana, spouse, numbers);
        }

        for (var i = 0; i < slip.Dependants.Count; i++)
        {
            Person(UnifiedCsvField.Dependant1Kana + (i * 4), slip.Dependants[i], numbers);
        }

        for (var i = 0; i < slip.YoungDependants.Count; i++)
        {
            Person(UnifiedCsvField.Young1Kana + (i * 4), slip.YoungDependants[i], numbers);
        }

        Set(UnifiedCsvField.OverflowDependants, Wide(string.Join("、", slip.OverflowDependants.Select(p => Numbered(p, numbers))), 200));
        Set(UnifiedCsvField.OverflowYoung, Wide(string.Join("、", slip.OverflowYoungDependants.Select(p => Numbered(p, numbers))), 200));
        Set(UnifiedCsvField.OrdinaryCollection, "0");
        Set(UnifiedCsvField.BlueReturnFamily, "0");
        Set(UnifiedCsvField.TreatyExemption, "0");
        Set(UnifiedCsvField.RecipientKana, HalfWidthKana.From(Clean(slip.Recipient.NameKana)));
        Set(UnifiedCsvField.RecipientNumber, Ascii(slip.Recipient.EmployeeNumber));
        Set(UnifiedCsvField.MunicipalityCode, Ascii(entry.MunicipalityCode));
        Set(UnifiedCsvField.DesignatedNumber, Ascii(entry.DesignatedNumber));
        Set(UnifiedCsvField.BasicDeduction, Amount(slip.BasicDeduction));
        Set(UnifiedCsvField.IncomeAdjustment, Amount(slip.IncomeAdjustmentDeduction));
        if (slip.Layout.HasSpecificRelativeBoxes)
        {
            Set(UnifiedCsvField.SpecificRelativeCount, Count(counts.SpecificRelatives));
            Set(UnifiedCsvField.SpecificRelativeDeduction, Amount(slip.SpecificRelativeDeduction));
        }

        Set(UnifiedCsvField.CreationKind, toTaxOffice ? codes.MunicipalAndTaxOffice : codes.MunicipalOnly);
    }

    private void Person(UnifiedCsvField kanaField, SlipPerson person, SlipMyNumbers? numbers)
    {
        Set(kanaField, HalfWidthKana.From(Clean(person.NameKana)));
        Set(kanaField + 1, Wide(person.Name, 30));
        Set(kanaField + 2, person.IsNonResident ? _layout.Codes.NonResident : _layout.Codes.Resident);
        Set(kanaField + 3, Ascii(numbers?.For(person)));
    }

    private static string Numbered(SlipPerson person, SlipMyNumbers? numbers) =>
        numbers?.For(person) is { } number ? $"({number}){person.Name}" : person.Name;

    private void Set(UnifiedCsvField field, string? value)
    {
        if (_layout.Positions.TryGetValue(field, out var index))
        {
            _values[index] = value ?? "";
        }
    }

    private static long? NonZero(long value) => value == 0 ? null : value;

    private static string Amount(long? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "";

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Flag(bool value) => value ? "1" : "0";

    private static string Two(int value) => value.ToString("00", CultureInfo.InvariantCulture);

    // Half-width fields (numbers, phone, codes): separators and controls removed.
    private static string Ascii(string? value) => Clean(value).Replace(",", "", StringComparison.Ordinal);

    // Full-width fields: ASCII letters, digits and signs to their full-width forms, space to the ideographic space,
    // then cut to the column's length.
    private static string Wide(string? value, int maxLength)
    {
        var text = Clean(value);
        if (text.Length == 0)
        {
            return "";
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c == ' ')
            {
                chars[i] = '　';
            }
            else if (c is > ' ' and <= '~')
            {
                chars[i] = (char)(c - 0x21 + 0xFF01);
            }
        }

        return chars.Length > maxLength ? new string(chars, 0, maxLength) : new string(chars);
    }

    // Tabs and line breaks break filing ([P4d]); a comma would split the field.
    private static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        return value.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ').Replace(',', '，').Trim();
    }
}
