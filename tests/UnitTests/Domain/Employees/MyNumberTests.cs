using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.UnitTests.Domain.Employees;

/// <summary>
/// Check digit by 番号法施行令第8条. Vectors derived by hand: for 12345678901, Σ P(n)·Q(n) = 1·2 + 0·3 + 9·4 + 8·5 + 7·6
/// + 6·7 + 5·2 + 4·3 + 3·4 + 2·5 + 1·6 = 212, 212 mod 11 = 3, check digit 11 − 3 = 8. For 00000000000 the sum is 0
/// (remainder ≤ 1 → 0); for 00000000010 it is P(2)·Q(2) = 1·3 = 3 → 8; for 10000000000 it is P(11)·Q(11) = 1·6 → 5;
/// for 00000000005 it is 5·2 = 10 → 1; for 00000000006 it is 6·2 = 12, remainder 1 → 0.
/// </summary>
public sealed class MyNumberTests
{
    [Theory]
    [InlineData("12345678901", 8)]
    [InlineData("00000000000", 0)]
    [InlineData("00000000010", 8)]
    [InlineData("10000000000", 5)]
    [InlineData("00000000005", 1)]
    [InlineData("00000000006", 0)]
    public void ComputeCheckDigit_KnownVectors_MatchTheFormula(string first11, int expected) =>
        Assert.Equal(expected, MyNumber.ComputeCheckDigit(first11));

    [Theory]
    [InlineData("123456789018")]
    [InlineData("000000000000")]
    [InlineData("000000000108")]
    [InlineData("100000000005")]
    public void Create_ValidNumber_Succeeds(string digits) => Assert.Equal(digits, MyNumber.Create(digits).RevealDigits());

    [Theory]
    [InlineData("123456789012", "検査用数字")]
    [InlineData("123456789019", "検査用数字")]
    [InlineData("12345678901", "12桁")]
    [InlineData("1234567890180", "12桁")]
    [InlineData("12345678901a", "12桁")]
    [InlineData("１２３４５６７８９０１８", "12桁")]
    [InlineData("", "指定してください")]
    public void Check_InvalidNumber_ExplainsWithoutEchoingDigits(string digits, string fragment)
    {
        var problem = MyNumber.Check(digits);

        Assert.NotNull(problem);
        Assert.Contains(fragment, problem.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("1234", problem.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_InvalidNumber_ThrowsRuleViolation() =>
        Assert.Equal("my_number.invalid", Assert.Throws<DomainRuleViolationException>(() => MyNumber.Create("123456789012")).Code);

    [Fact]
    public void ToString_Always_MasksAllButLastFour()
    {
        var number = MyNumber.Create("123456789018");

        Assert.Equal("****-****-9018", number.ToString());
        Assert.Equal("****-****-9018", $"{number}");
    }

    [Fact]
    public void MyNumber_HasNoPublicPropertyHoldingTheDigits() =>
        Assert.Empty(typeof(MyNumber).GetProperties());

    [Fact]
    public void Equals_SameDigits_AreEqual() =>
        Assert.Equal(MyNumber.Create("123456789018"), MyNumber.Create("123456789018"));

    [Fact]
    public void ComputeCheckDigit_EveryElevenDigitPrefix_ProducesANumberThatValidates()
    {
        var random = new Random(8);
        for (var i = 0; i < 1000; i++)
        {
            var first11 = random.NextInt64(0, 100_000_000_000).ToString("D11", System.Globalization.CultureInfo.InvariantCulture);
            var valid = first11 + MyNumber.ComputeCheckDigit(first11);
            var wrong = first11 + ((MyNumber.ComputeCheckDigit(first11) + 1) % 10);

            Assert.Null(MyNumber.Check(valid));
            Assert.NotNull(MyNumber.Check(wrong));
        }
    }
}
