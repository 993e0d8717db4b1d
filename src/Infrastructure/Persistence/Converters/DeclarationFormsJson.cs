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
    public DeclarationForms Read(string dependants, string basic, string insurance, string? housingLoan, ParsedFormsMemo? memo = null) => new(
        Parse(dependants, Dependants, memo),
        Parse(basic, Basic, memo),
        Parse(insurance, Insurance, memo),
        housingLoan is null ? null : Parse(housingLoan, Deserialize<HousingLoanForm>, memo));

    private static T Parse<T>(string json, Func<string, T> parse, ParsedFormsMemo? memo) => memo is null ? parse(json) : memo.Get(json, parse);

    private static DependantsForm Dependants(string json) => FormsJsonReader.TryDependants(json, out var form) ? form! : Deserialize<DependantsForm>(json);

    private static BasicDeductionForm Basic(string json) => FormsJsonReader.TryBasic(json, out var form) ? form! : Deserialize<BasicDeductionForm>(json);

    private static InsuranceForm Insurance(string json) => FormsJsonReader.TryInsurance(json, out var form) ? form! : Deserialize<InsuranceForm>(json);

    // The same call as JsonColumn's converter, null-forgiving like it.
    private static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, JsonColumn.Options)!;
}
