using System.Text.Json;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Infrastructure.Persistence.Converters;

/// <summary>The forms' JSON columns read with the options of <see cref="JsonColumn"/>, so a text read gives the same forms as an entity read.</summary>
internal sealed class DeclarationFormsJson : IDeclarationFormsJson
{
    public DeclarationForms Read(string dependants, string basic, string insurance, string? housingLoan) => new(
        Deserialize<DependantsForm>(dependants),
        Deserialize<BasicDeductionForm>(basic),
        Deserialize<InsuranceForm>(insurance),
        housingLoan is null ? null : Deserialize<HousingLoanForm?>(housingLoan));

    public DeclarationForms Read(string dependants, string basic, string insurance, string? housingLoan, ParsedFormsMemo memo)
    {
        ArgumentNullException.ThrowIfNull(memo);
        return new(
            memo.Get(dependants, Deserialize<DependantsForm>),
            memo.Get(basic, Deserialize<BasicDeductionForm>),
            memo.Get(insurance, Deserialize<InsuranceForm>),
            housingLoan is null ? null : memo.Get(housingLoan, Deserialize<HousingLoanForm>));
    }

    // The same call as JsonColumn's converter, null-forgiving like it.
    private static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, JsonColumn.Options)!;
}
