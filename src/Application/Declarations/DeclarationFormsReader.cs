using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;

namespace YearEndAdjustment.Application.Declarations;

/// <summary>
/// Saved form data → domain forms. New My Numbers are checked (check digit, <see cref="MyNumber.Check"/>) and
/// protected before they reach the aggregate; a wrong one is kept only as "invalid", without its digits, so the
/// draft still saves and the blocking check says what to fix.
/// </summary>
public static class DeclarationFormsReader
{
    public static async ValueTask<DeclarationForms> ReadAsync(DeclarationFormsDto dto, DeclarationForms current, IMyNumberProtector protector, CancellationToken cancellationToken)
    {
        var stored = StoredNumbers(current);
        async ValueTask<DeclaredPerson> Person(PersonDto p) => new(
            p.EntryId, p.MasterId is { } master ? new FamilyMemberId(master) : null, p.Name.Trim(), p.NameKana.Trim(), p.Relationship, p.BirthDate,
            await NumberAsync(p, stored, protector, cancellationToken), p.Address, p.EstimatedIncome, p.Disability, p.Cohabiting, p.IsNonResident,
            p.NonResidentReason, p.Remittance, p.IsBusinessFamilyEmployee, p.ChangeDate, p.ChangeReason);

        async ValueTask<List<DeclaredPerson>> People(IEnumerable<PersonDto> people)
        {
            var list = new List<DeclaredPerson>();
            foreach (var person in people)
            {
                list.Add(await Person(person));
            }

            return list;
        }

        var d = dto.Dependants;
        var others = new List<OtherEarnerRelative>();
        foreach (var other in d.OtherEarnersRelatives)
        {
            others.Add(new OtherEarnerRelative(await Person(other.Person), other.OtherEarnerName, other.OtherEarnerRelationship, other.OtherEarnerAddress));
        }

        var dependants = new DependantsForm(
            d.Self,
            d.Spouse is null ? null : await Person(d.Spouse),
            await People(d.Relatives),
            await People(d.YoungRelatives),
            others,
            [.. d.SpecificRelativeEntryIds.Distinct()]);
        var b = dto.Basic;
        var basic = new BasicDeductionForm(b.SalaryFromOtherPayers, b.OtherIncome, b.SpouseIncome, await People(b.SpecificRelatives), b.IncomeAdjustment);
        return new DeclarationForms(dependants, basic, dto.Insurance, dto.HousingLoan);
    }

    private static async ValueTask<DeclaredMyNumber?> NumberAsync(PersonDto person, Dictionary<Guid, DeclaredMyNumber> stored, IMyNumberProtector protector, CancellationToken cancellationToken)
    {
        if (person.ClearMyNumber)
        {
            return null;
        }

        if (person.MyNumberOnLedger)
        {
            return DeclaredMyNumber.OnLedger();
        }

        if (string.IsNullOrEmpty(person.MyNumber))
        {
            return stored.GetValueOrDefault(person.EntryId);
        }

        return MyNumber.Check(person.MyNumber) is null
            ? DeclaredMyNumber.Provided(await protector.ProtectAsync(MyNumber.Create(person.MyNumber), cancellationToken))
            : DeclaredMyNumber.Invalid();
    }

    private static Dictionary<Guid, DeclaredMyNumber> StoredNumbers(DeclarationForms forms)
    {
        var d = forms.Dependants;
        IEnumerable<DeclaredPerson> all = [.. d.Relatives, .. d.YoungRelatives, .. d.OtherEarnersRelatives.Select(o => o.Person), .. forms.Basic.SpecificRelatives];
        if (d.Spouse is not null)
        {
            all = all.Append(d.Spouse);
        }

        var numbers = new Dictionary<Guid, DeclaredMyNumber>();
        foreach (var person in all)
        {
            if (person.MyNumber is { } number)
            {
                numbers.TryAdd(person.EntryId, number);
            }
        }

        return numbers;
    }
}
