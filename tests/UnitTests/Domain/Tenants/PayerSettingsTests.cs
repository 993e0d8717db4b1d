using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Domain.Tenants;

namespace YearEndAdjustment.UnitTests.Domain.Tenants;

public sealed class PayerSettingsTests
{
    [Theory]
    [InlineData("7000012050002")] // 国税庁
    [InlineData("")]
    [InlineData(null)]
    public void CorporateNumber_AcceptsAValidCheckDigitOrNothing(string? number) => Assert.Null(CorporateNumber.Check(number));

    [Theory]
    [InlineData("1000012050002")] // wrong check digit
    [InlineData("700001205000")] // 12 digits
    [InlineData("７000012050002")] // full-width digit
    [InlineData("7000-12050002")]
    public void CorporateNumber_RefusesOtherwise(string number) => Assert.Equal("settings.corporate_number_invalid", CorporateNumber.Check(number)?.Key);

    [Fact]
    public void UpdatePayer_TrimsAndClearsBlanks_AndRefusesABadPhone()
    {
        var settings = TenantSettings.CreateDefault(TenantId.New());
        settings.UpdatePayer(" 株式会社テスト ", "  ", "03-1234-5678", "7000012050002");
        Assert.Equal(("株式会社テスト", (string?)null, "03-1234-5678", "7000012050002"), (settings.PayerName, settings.PayerAddress, settings.PayerPhone, settings.PayerCorporateNumber));

        var bad = Assert.Throws<DomainRuleViolationException>(() => settings.UpdatePayer("株式会社テスト", null, "03(1234)5678", null));
        Assert.Equal("settings.payer_phone_invalid", bad.Code);
        Assert.Equal("7000012050002", settings.PayerCorporateNumber);
    }
}
