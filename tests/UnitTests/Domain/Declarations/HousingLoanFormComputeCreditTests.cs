using YearEndAdjustment.Domain.Declarations;

namespace YearEndAdjustment.UnitTests.Domain.Declarations;

public sealed class HousingLoanFormComputeCreditTests
{
    private static HousingLoanForm Loan(long balance, int share = 100, long? price = null, long balanceLimit = 30_000_000, int rate = 70, long creditLimit = 210_000) =>
        new(new DateOnly(2022, 4, 1), HousingLoanCategory.General, balance, share, price, balanceLimit, rate, creditLimit, CertificateEvidence.None, CertificateEvidence.None);

    [Theory]
    [InlineData(23_456_789, 100, null, 164_100)] // 164,197.52 → floored to 100 yen
    [InlineData(40_000_000, 100, null, 210_000)] // balance limit 30M × 0.7% = 210,000
    [InlineData(23_456_789, 50, null, 82_000)] // own half: 11,728,394 × 0.7% = 82,098
    [InlineData(23_456_789, 100, 20_000_000L, 140_000)] // limited by the acquisition price
    [InlineData(0, 100, null, 0)]
    public void ComputeCredit_FollowsTheForm(long balance, int share, long? price, long expected) =>
        Assert.Equal(expected, Loan(balance, share, price).ComputeCredit());

    [Fact]
    public void ComputeCredit_CappedAtTheCreditLimit() => Assert.Equal(150_000, Loan(40_000_000, rate: 100, balanceLimit: 40_000_000, creditLimit: 150_000).ComputeCredit());
}
