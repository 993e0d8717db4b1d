using YearEndAdjustment.Application.Declarations;
using YearEndAdjustment.Domain.Adjustments;

namespace YearEndAdjustment.Web.Pages.Declarations;

/// <summary>Reads and rewrites the relatives of the forms as one list: the employee sees people, the forms keep
/// them in sections (section B, under 16, another earner's, 特定親族). The section comes from the year's rules
/// (<see cref="Domain.Declarations.DeclarationYearDefinition.PlaceRelative"/>), never from the user.</summary>
public static class DependantRows
{
    public const string OtherEarner = "other";

    public static List<DependantRow> Read(DeclarationFormsDto forms, int year)
    {
        var yearEnd = new DateOnly(year, 12, 31);
        var rows = new List<DependantRow>();
        var seen = new HashSet<Guid>();
        var specific = forms.Basic.SpecificRelatives.Select(p => p.EntryId).ToHashSet();
        void Add(PersonDto p, string placement, string? otherName = null, string? otherRelationship = null)
        {
            if (seen.Add(p.EntryId))
            {
                rows.Add(new DependantRow(p, placement, LegalAge.At(p.BirthDate, yearEnd), otherName, otherRelationship));
            }
        }

        foreach (var p in forms.Dependants.Relatives)
        {
            Add(p, specific.Contains(p.EntryId) ? "specific" : "dependant");
        }

        foreach (var p in forms.Dependants.YoungRelatives)
        {
            Add(p, "young");
        }

        foreach (var p in forms.Basic.SpecificRelatives)
        {
            Add(p, "specific");
        }

        foreach (var o in forms.Dependants.OtherEarnersRelatives)
        {
            Add(o.Person, OtherEarner, o.OtherEarnerName, o.OtherEarnerRelationship);
        }

        return rows;
    }

    public static DeclarationFormsDto Remove(DeclarationFormsDto forms, Guid entryId)
    {
        var d = forms.Dependants;
        var basic = forms.Basic;
        IncomeAdjustmentClaimOrNull(ref basic, entryId);
        return forms with
        {
            Dependants = d with
            {
                Relatives = [.. d.Relatives.Where(p => p.EntryId != entryId)],
                YoungRelatives = [.. d.YoungRelatives.Where(p => p.EntryId != entryId)],
                OtherEarnersRelatives = [.. d.OtherEarnersRelatives.Where(o => o.Person.EntryId != entryId)],
                SpecificRelativeEntryIds = [.. d.SpecificRelativeEntryIds.Where(id => id != entryId)],
            },
            Basic = basic with { SpecificRelatives = [.. basic.SpecificRelatives.Where(p => p.EntryId != entryId)] },
        };
    }

    /// <summary>Puts the person where this year's forms want them, keeping their position when they stay in a list.</summary>
    public static DeclarationFormsDto Place(DeclarationFormsDto forms, PersonDto person, OtherEarnerRelativeDto? claimedByOther, Domain.Declarations.DeclarationYearDefinition definition)
    {
        var d = forms.Dependants;
        var b = forms.Basic;
        var relatives = Without(d.Relatives, person.EntryId, out var relativesAt);
        var young = Without(d.YoungRelatives, person.EntryId, out var youngAt);
        var specific = Without(b.SpecificRelatives, person.EntryId, out var specificAt);
        var others = d.OtherEarnersRelatives.ToList();
        var othersAt = others.FindIndex(o => o.Person.EntryId == person.EntryId);
        if (othersAt >= 0)
        {
            others.RemoveAt(othersAt);
        }

        var ticks = d.SpecificRelativeEntryIds.Where(id => id != person.EntryId).ToList();
        if (claimedByOther is not null)
        {
            Insert(others, othersAt, claimedByOther);
        }
        else
        {
            switch (definition.PlaceRelative(person.BirthDate, person.EstimatedIncome))
            {
                case Domain.Declarations.RelativePlacement.YoungRelatives:
                    Insert(young, youngAt, person);
                    break;
                case Domain.Declarations.RelativePlacement.SpecificRelativeOnly:
                    Insert(specific, specificAt, person);
                    break;
                case Domain.Declarations.RelativePlacement.RelativesWithSpecificTick:
                    Insert(relatives, relativesAt, person);
                    Insert(specific, specificAt, person);
                    ticks.Add(person.EntryId);
                    break;
                default:
                    Insert(relatives, relativesAt, person);
                    break;
            }
        }

        return forms with
        {
            Dependants = d with { Relatives = relatives, YoungRelatives = young, OtherEarnersRelatives = others, SpecificRelativeEntryIds = ticks },
            Basic = b with { SpecificRelatives = specific },
        };
    }

    private static List<PersonDto> Without(IReadOnlyList<PersonDto> list, Guid entryId, out int index)
    {
        var copy = list.ToList();
        index = copy.FindIndex(p => p.EntryId == entryId);
        if (index >= 0)
        {
            copy.RemoveAt(index);
        }

        return copy;
    }

    private static void Insert<T>(List<T> list, int index, T item)
    {
        if (index >= 0 && index <= list.Count)
        {
            list.Insert(index, item);
        }
        else
        {
            list.Add(item);
        }
    }

    // A removed person cannot stay the one the 所得金額調整控除 claim names.
    private static void IncomeAdjustmentClaimOrNull(ref BasicDeductionFormDto basic, Guid entryId)
    {
        if (basic.IncomeAdjustment?.PersonEntryId == entryId)
        {
            basic = basic with { IncomeAdjustment = null };
        }
    }
}
