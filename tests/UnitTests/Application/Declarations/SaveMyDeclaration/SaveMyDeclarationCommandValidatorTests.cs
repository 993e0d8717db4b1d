using YearEndAdjustment.Application.Declarations;
using YearEndAdjustment.Application.Declarations.SaveMyDeclaration;
using YearEndAdjustment.Domain.Adjustments;
using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.UnitTests.Application.Declarations.SaveMyDeclaration;

public sealed class SaveMyDeclarationCommandValidatorTests
{
    private static readonly SaveMyDeclarationCommandValidator Validator = new();

    private static SaveMyDeclarationCommand Command(int year = 2025, int version = 0, string? myNumber = null) => new(year, version, new DeclarationFormsDto(
        new DependantsFormDto(OwnStatus.Empty, null,
            [new PersonDto(Guid.NewGuid(), null, "山田 一郎", "ヤマダ イチロウ", DeclaredRelationship.Child, new DateOnly(2004, 1, 1), null, 0, DisabilityLevel.None, true, false, null, 0, false, null, null, MyNumber: myNumber)],
            [], [], []),
        new BasicDeductionFormDto(0, 0, null, [], null),
        InsuranceForm.Empty,
        null));

    [Fact]
    public void Validate_WellFormed_Passes() => Assert.True(Validator.Validate(Command(myNumber: "123456789012")).IsValid);

    [Theory]
    [InlineData(2023, 0, null)]
    [InlineData(2025, -1, null)]
    [InlineData(2025, 0, "12345")]
    [InlineData(2025, 0, "12345678901a")]
    public void Validate_BadShape_Fails(int year, int version, string? myNumber) =>
        Assert.False(Validator.Validate(Command(year, version, myNumber)).IsValid);
}
