using System.Text.Json;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.Infrastructure.Persistence.Converters;

/// <summary>
/// The forms' JSON columns read with the options of <see cref="JsonColumn"/>, so a text read gives the same forms as an
/// entity read. The three forms every declaration has go through <see cref="FormsJsonReader"/> first (ADR 0058), which
/// gives up on anything but today's exact shape; the serializer reads what it gives up on, and the housing loan.
/// </summary>
internal sealed class DeclarationFormsJson : IDeclarationFormsJson
{
    public DeclarationForms Read(string dependants, string basic, string insurance, string? housingLoan) => new(
        FormsJsonReader.TryDependants(dependants, out var d) ? d! : Deserialize<DependantsForm>(dependants),
        FormsJsonReader.TryBasic(basic, out var b) ? b! : Deserialize<BasicDeductionForm>(basic),
        FormsJsonReader.TryInsurance(insurance, out var i) ? i! : Deserialize<InsuranceForm>(insurance),
        housingLoan is null ? null : Deserialize<HousingLoanForm?>(housingLoan));

    // The same call as JsonColumn's converter, null-forgiving like it.
    private static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, JsonColumn.Options)!;
}
