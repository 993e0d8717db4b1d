using System.Reflection;
using System.Text.Json;
using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Web.Cli;
using YearEndAdjustment.Web.Cli.Calc;

namespace YearEndAdjustment.IntegrationTests.Cli;

// calc's JSON document → CalcInputDto → AdjustmentInput: every member arrives, omitted ones take their documented
// defaults, and no member of the calculator's input lacks a JSON member or a line in docs/calc-json.md.
public sealed class CalcInputMapperTests
{
    // Every member set to a value different from its default, so a member the mapper drops fails the test.
    private const string EveryMember = """
        {
          "taxYear": 2026,
          "salaryPaid": 5000001,
          "taxWithheld": 100002,
          "socialInsuranceWithheld": 700003,
          "socialInsuranceDeclared": 16004,
          "smallEnterpriseMutualAid": 23005,
          "previousEmployerSalary": 1000006,
          "previousEmployerTaxWithheld": 20007,
          "previousEmployerSocialInsurance": 150008,
          "previousEmployerSmallEnterpriseMutualAid": 12009,
          "otherPayersSalary": 300010,
          "otherIncome": 40011,
          "lifeInsurance": { "newGeneral": 1, "oldGeneral": 2, "careMedical": 3, "newPension": 4, "oldPension": 5 },
          "earthquakePremium": 30012,
          "oldLongTermPremium": 8013,
          "housingLoanCredit": 45014,
          "spouse": {
            "birthDate": "1980-02-03",
            "totalIncome": 600015,
            "disability": "special",
            "livesWithEmployee": true,
            "isNonResident": true,
            "isBusinessFamilyEmployee": true
          },
          "relatives": [
            {
              "birthDate": "2010-04-05",
              "totalIncome": 16,
              "disability": "general",
              "livesWithEmployee": true,
              "isLinealAscendant": true,
              "isChild": true,
              "isNonResident": true,
              "nonResidentQualifies": true,
              "isBusinessFamilyEmployee": true,
              "claimedByAnotherEarner": true
            },
            { "birthDate": "1950-06-07", "totalIncome": 17 }
          ],
          "disability": "general",
          "widow": "divorced",
          "isSingleParent": true,
          "isWorkingStudent": true,
          "withholdingColumn": "secondary",
          "employmentStatus": "leftOnDeath",
          "isNonResident": true,
          "hasDisasterRelief": true,
          "referenceDate": "2026-08-09"
        }
        """;

    [Fact]
    public void ToInput_EveryMemberSet_CarriesEveryValueToTheCalculatorInput()
    {
        var input = Map(EveryMember);

        Assert.Equal(2026, input.TaxYear);
        Assert.Equal(5_000_001, input.SalaryPaid);
        Assert.Equal(100_002, input.TaxWithheld);
        Assert.Equal(700_003, input.SocialInsuranceWithheld);
        Assert.Equal(16_004, input.SocialInsuranceDeclared);
        Assert.Equal(23_005, input.SmallEnterpriseMutualAid);
        Assert.Equal(1_000_006, input.PreviousEmployerSalary);
        Assert.Equal(20_007, input.PreviousEmployerTaxWithheld);
        Assert.Equal(150_008, input.PreviousEmployerSocialInsurance);
        Assert.Equal(12_009, input.PreviousEmployerSmallEnterpriseMutualAid);
        Assert.Equal(300_010, input.OtherPayersSalary);
        Assert.Equal(40_011, input.OtherIncome);
        Assert.Equal(new LifeInsurancePremiums(1, 2, 3, 4, 5), input.LifeInsurance);
        Assert.Equal(30_012, input.EarthquakePremium);
        Assert.Equal(8_013, input.OldLongTermPremium);
        Assert.Equal(45_014, input.HousingLoanCredit);

        var spouse = Assert.IsType<SpouseInput>(input.Spouse);
        Assert.Equal(new DateOnly(1980, 2, 3), spouse.BirthDate);
        Assert.Equal(600_015, spouse.TotalIncome);
        Assert.Equal(DisabilityLevel.Special, spouse.Disability);
        Assert.True(spouse.LivesWithEmployee);
        Assert.True(spouse.IsNonResident);
        Assert.True(spouse.IsBusinessFamilyEmployee);

        Assert.Equal(2, input.Relatives.Count);
        var relative = input.Relatives[0];
        Assert.Equal(new DateOnly(2010, 4, 5), relative.BirthDate);
        Assert.Equal(16, relative.TotalIncome);
        Assert.Equal(DisabilityLevel.General, relative.Disability);
        Assert.True(relative.LivesWithEmployee);
        Assert.True(relative.IsLinealAscendant);
        Assert.True(relative.IsChild);
        Assert.True(relative.IsNonResident);
        Assert.True(relative.NonResidentQualifies);
        Assert.True(relative.IsBusinessFamilyEmployee);
        Assert.True(relative.ClaimedByAnotherEarner);
        Assert.Equal(new DateOnly(1950, 6, 7), input.Relatives[1].BirthDate);
        Assert.Equal(17, input.Relatives[1].TotalIncome);

        Assert.Equal(DisabilityLevel.General, input.Disability);
        Assert.Equal(WidowStatus.Divorced, input.Widow);
        Assert.True(input.IsSingleParent);
        Assert.True(input.IsWorkingStudent);
        Assert.Equal(WithholdingColumn.Secondary, input.WithholdingColumn);
        Assert.Equal(EmploymentStatus.LeftOnDeath, input.EmploymentStatus);
        Assert.True(input.IsNonResident);
        Assert.True(input.HasDisasterRelief);
        Assert.Equal(new DateOnly(2026, 8, 9), input.ReferenceDate);
    }

    [Fact]
    public void ToInput_OptionalMembersOmitted_TakeTheDocumentedDefaults()
    {
        var input = Map("""
            { "taxYear": 2025, "salaryPaid": 1, "taxWithheld": 2, "relatives": [ { "birthDate": "2000-01-01", "totalIncome": 3 } ] }
            """);

        Assert.Equal(0, input.PreviousEmployerSmallEnterpriseMutualAid);
        Assert.Equal(0, input.OtherPayersSalary);
        Assert.False(Assert.Single(input.Relatives).ClaimedByAnotherEarner);
        Assert.Null(input.Spouse);
        Assert.Equal(WithholdingColumn.Primary, input.WithholdingColumn);
    }

    [Theory]
    [InlineData(typeof(AdjustmentInput), typeof(CalcInputDto))]
    [InlineData(typeof(SpouseInput), typeof(CalcSpouseDto))]
    [InlineData(typeof(RelativeInput), typeof(CalcRelativeDto))]
    [InlineData(typeof(LifeInsurancePremiums), typeof(CalcLifeInsuranceDto))]
    public void Dto_EveryCalculatorInputMember_HasAJsonMemberAndADocumentedRow(Type domain, Type dto)
    {
        var document = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "calc-json.md"));
        var dtoMembers = dto.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        foreach (var property in domain.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            Assert.Contains(property.Name, dtoMembers);
            var jsonName = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            Assert.True(
                document.Contains($"`{jsonName}`", StringComparison.Ordinal),
                $"docs/calc-json.md does not document `{jsonName}` ({domain.Name}.{property.Name}).");
        }
    }

    [Theory]
    // A 17-year-old the other parent claims: no 扶養控除 (380,000 otherwise) for this employee.
    [InlineData("false", 380_000)]
    [InlineData("true", 0)]
    public void Run_RelativeClaimedByAnotherEarner_GivesNoDependantDeduction(string claimed, long dependants)
    {
        var json = $$"""
            { "taxYear": 2026, "salaryPaid": 9000000, "taxWithheld": 0,
              "relatives": [ { "birthDate": "2009-06-15", "totalIncome": 0, "claimedByAnotherEarner": {{claimed}} } ] }
            """;
        using var input = new StringReader(json);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = CalcCommand.Run(["-", "--no-trace"], input, output, error);

        Assert.Equal(0, exitCode);
        using var result = JsonDocument.Parse(output.ToString());
        Assert.Equal(dependants, result.RootElement.GetProperty("deductions").GetProperty("dependants").GetInt64());
        // Under 23 and within the limit: 所得金額調整控除 (9,000,000 − 8,500,000) × 10% either way.
        Assert.Equal(50_000, result.RootElement.GetProperty("incomeAdjustmentDeduction").GetInt64());
    }

    private static AdjustmentInput Map(string json) =>
        CalcInputMapper.ToInput(JsonSerializer.Deserialize<CalcInputDto>(json, CalcJson.Options));

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, "docs", "calc-examples")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("docs/calc-examples not found above the test output directory.");
    }
}
