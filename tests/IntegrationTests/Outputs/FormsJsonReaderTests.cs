using System.Text.Json;
using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Infrastructure.Persistence.Converters;

namespace YearEndAdjustment.IntegrationTests.Outputs;

/// <summary>
/// ADR 0058: the hand-written reader of the forms' JSON must give exactly what the column's converter gives, and give
/// up (so the serializer reads it) on anything outside the shape the converter writes today.
/// </summary>
public sealed class FormsJsonReaderTests
{
    private static readonly DeclaredPerson Spouse = new(
        Guid.NewGuid(), new FamilyMemberId(Guid.NewGuid()), "山田 花子", "ヤマダ ハナコ", DeclaredRelationship.Spouse, new DateOnly(1985, 2, 28),
        DeclaredMyNumber.Provided(new ProtectedMyNumber([1, 2, 3, 250, 0, 77], "lookup\"quoted\"")), "東京都千代田区1-1\n2階", 480_000,
        DisabilityLevel.Special, Cohabiting: true, IsNonResident: false, null, 0, IsBusinessFamilyEmployee: false, new DateOnly(2025, 6, 1), "結婚");

    private static readonly DeclaredPerson Abroad = new(
        Guid.NewGuid(), null, "山田 一郎", "ヤマダ イチロウ", DeclaredRelationship.Child, new DateOnly(2004, 12, 31), DeclaredMyNumber.OnLedger(), null,
        0, DisabilityLevel.General, Cohabiting: false, IsNonResident: true, NonResidentReason.Remittance380kOrMore, 1_200_000, false, null, null);

    private static readonly DeclaredPerson Young = new(
        Guid.NewGuid(), null, "山田 次郎", "ヤマダ ジロウ", DeclaredRelationship.Child, new DateOnly(2015, 1, 1), null, null, 0, DisabilityLevel.None,
        true, false, null, 0, false, null, null);

    private static readonly DependantsForm Dependants = new(
        new OwnStatus(DisabilityLevel.General, WidowStatus.Divorced, IsSingleParent: true, IsWorkingStudent: false, "詳細", "山田 太郎", "本人"),
        Spouse,
        [Abroad, Abroad with { EntryId = Guid.NewGuid(), MyNumber = DeclaredMyNumber.Invalid() }],
        [Young],
        [new OtherEarnerRelative(Young with { EntryId = Guid.NewGuid() }, "山田 父", "父", null)],
        [Abroad.EntryId]);

    private static readonly BasicDeductionForm Basic = new(
        1_000_000, 25_000, new SpouseIncomeEstimate(1_030_000, 0), [Abroad with { EntryId = Guid.NewGuid(), EstimatedIncome = 1_000_000 }],
        new IncomeAdjustmentClaim(IncomeAdjustmentRequirement.DependantUnder23, Abroad.EntryId, null));

    private static readonly InsuranceForm Insurance = new(
        [
            new LifeInsuranceLine(Guid.NewGuid(), "ひまわり生命", "年金", LifeInsuranceCategory.Pension, InsuranceRegime.Old, "10年", "本人", "妻", new DateOnly(2040, 4, 1), 120_000,
                new CertificateEvidence([Guid.NewGuid(), Guid.NewGuid()], false)),
            new LifeInsuranceLine(Guid.NewGuid(), "あさひ生命", "医療", LifeInsuranceCategory.CareMedical, InsuranceRegime.New, null, null, null, null, 0, CertificateEvidence.None),
        ],
        [new EarthquakeInsuranceLine(Guid.NewGuid(), "さくら損保", "地震", EarthquakeInsuranceKind.OldLongTerm, "5年", "本人", "本人", 15_000, new CertificateEvidence([], true))],
        [new SocialInsuranceLine(Guid.NewGuid(), SocialInsuranceKind.NationalPension, "日本年金機構", "本人", 203_760, new CertificateEvidence([], true))],
        [new MutualAidLine(Guid.NewGuid(), MutualAidKind.IndividualDefinedContribution, 276_000, CertificateEvidence.None)]);

    [Fact]
    public void EveryMemberOfFullForms_ReadsAsTheSerializerReadsIt()
    {
        AssertSameAsSerializer(Dependants, FormsJsonReader.TryDependants);
        AssertSameAsSerializer(Basic, FormsJsonReader.TryBasic);
        AssertSameAsSerializer(Insurance, FormsJsonReader.TryInsurance);
        AssertSameAsSerializer(DependantsForm.Empty, FormsJsonReader.TryDependants);
        AssertSameAsSerializer(BasicDeductionForm.Empty, FormsJsonReader.TryBasic);
        AssertSameAsSerializer(InsuranceForm.Empty, FormsJsonReader.TryInsurance);
    }

    [Fact]
    public void TheValuesThemselves_ComeThrough()
    {
        Assert.True(FormsJsonReader.TryDependants(Json(Dependants), out var read));
        var spouse = read!.Spouse!;
        Assert.Equal(Spouse.MasterId, spouse.MasterId);
        Assert.Equal(new byte[] { 1, 2, 3, 250, 0, 77 }, spouse.MyNumber!.Value!.Ciphertext);
        Assert.Equal("lookup\"quoted\"", spouse.MyNumber.Value.Lookup);
        Assert.Equal("東京都千代田区1-1\n2階", spouse.Address);
        Assert.Equal(new DateOnly(2025, 6, 1), spouse.ChangeDate);
        Assert.Equal(NonResidentReason.Remittance380kOrMore, read.Relatives[0].NonResidentReason);
        Assert.Equal(DeclaredMyNumberState.Invalid, read.Relatives[1].MyNumber!.State);
        Assert.Equal(WidowStatus.Divorced, read.Self.Widow);
        Assert.Equal([Abroad.EntryId], read.SpecificRelativeEntryIds);
        Assert.IsType<List<DeclaredPerson>>(read.Relatives);

        Assert.True(FormsJsonReader.TryInsurance(Json(Insurance), out var insurance));
        Assert.Equal(new DateOnly(2040, 4, 1), insurance!.Life[0].PensionStartDate);
        Assert.Equal(2, insurance.Life[0].Certificate.AttachmentIds.Count);
        Assert.Equal(276_000, insurance.MutualAid.Single().Amount);
    }

    [Fact]
    public void MembersInAnotherOrder_ReadTheSame()
    {
        var json = """{"otherIncome":5,"incomeAdjustment":null,"specificRelatives":[],"spouseIncome":{"otherIncome":2,"salaryRevenue":1},"salaryFromOtherPayers":7}""";

        Assert.True(FormsJsonReader.TryBasic(json, out var read));
        Assert.Equal(Json(JsonSerializer.Deserialize<BasicDeductionForm>(json, JsonColumn.Options)!), Json(read!));
    }

    [Theory]
    [InlineData("""{"salaryFromOtherPayers":1,"otherIncome":0,"spouseIncome":null,"specificRelatives":[]}""")] // a member missing (an older row)
    [InlineData("""{"salaryFromOtherPayers":1,"otherIncome":0,"spouseIncome":null,"specificRelatives":[],"incomeAdjustment":null,"extra":1}""")] // unknown member
    [InlineData("""{"salaryFromOtherPayers":"1","otherIncome":0,"spouseIncome":null,"specificRelatives":[],"incomeAdjustment":null}""")] // number as text
    [InlineData("""{"SalaryFromOtherPayers":1,"otherIncome":0,"spouseIncome":null,"specificRelatives":[],"incomeAdjustment":null}""")] // another casing
    [InlineData("""{"salaryFromOtherPayers":1,"otherIncome":0,"spouseIncome":null,"specificRelatives":[],"incomeAdjustment":{"requirement":3,"personEntryId":null,"specialDisabilityFact":null}}""")] // enum by number
    [InlineData("""{"salaryFromOtherPayers":1,"otherIncome":0,"spouseIncome":null,"specificRelatives":[],"incomeAdjustment":{"requirement":"dependantUnder23","personEntryId":null,"specialDisabilityFact":null}}""")] // enum in another casing
    [InlineData("null")]
    public void AnythingButTodaysShape_IsLeftToTheSerializer_WhichStillReadsIt(string json)
    {
        Assert.False(FormsJsonReader.TryBasic(json, out _));

        var forms = new DeclarationFormsJson().Read(Json(DependantsForm.Empty), json, Json(InsuranceForm.Empty), null);
        Assert.Equal(Json(JsonSerializer.Deserialize<BasicDeductionForm>(json, JsonColumn.Options)), Json(forms.Basic));
    }

    [Fact]
    public void AMemberTwice_IsNotReadHere()
    {
        var json = """{"salaryFromOtherPayers":1,"salaryFromOtherPayers":2,"otherIncome":0,"spouseIncome":null,"specificRelatives":[],"incomeAdjustment":null}""";

        Assert.False(FormsJsonReader.TryBasic(json, out _));
    }

    [Fact]
    public void MalformedText_IsRefusedByTheSerializer_AsBefore()
    {
        var json = Json(Insurance)[..^3];

        Assert.False(FormsJsonReader.TryInsurance(json, out _));
        Assert.ThrowsAny<JsonException>(() => new DeclarationFormsJson().Read(Json(DependantsForm.Empty), Json(BasicDeductionForm.Empty), json, null));
    }

    [Fact]
    public void AnOutOfRangeDate_IsLeftToTheSerializer()
    {
        var json = Json(Insurance).Replace("2040-04-01", "2040-02-30", StringComparison.Ordinal);

        Assert.False(FormsJsonReader.TryInsurance(json, out _));
    }

    private delegate bool TryRead<T>(string json, out T? value);

    private static void AssertSameAsSerializer<T>(T form, TryRead<T> read)
        where T : class
    {
        var json = Json(form);
        Assert.True(read(json, out var fast));
        var slow = JsonSerializer.Deserialize<T>(json, JsonColumn.Options)!;
        Assert.Equal(Json(slow), Json(fast!));
        Assert.Equal(json, Json(fast!));
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, JsonColumn.Options);
}
