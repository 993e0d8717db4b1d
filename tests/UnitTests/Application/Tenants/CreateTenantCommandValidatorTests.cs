using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Tenants.CreateTenant;

namespace YearEndAdjustment.UnitTests.Application.Tenants;

public sealed class CreateTenantCommandValidatorTests
{
    private readonly CreateTenantCommandValidator _validator = new();

    [Fact]
    public void Validate_ValidCommand_Passes() => Assert.True(_validator.Validate(new CreateTenantCommand("acme", "アクメ")).IsValid);

    [Theory]
    [InlineData("AC", "アクメ", "Slug")]
    [InlineData("api", "アクメ", "Slug")]
    [InlineData("acme", "", "DisplayName")]
    [InlineData("acme", "   ", "DisplayName")]
    public void Validate_BadInput_NamesTheField(string slug, string name, string field)
    {
        var result = _validator.Validate(new CreateTenantCommand(slug, name));

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.PropertyName == field);
    }

    [Fact]
    public void InitialPassword_IsLongRandomAndReadable()
    {
        var passwords = Enumerable.Range(0, 200).Select(_ => InitialPasswordGenerator.Create()).ToList();

        Assert.All(passwords, p => Assert.Equal(InitialPasswordGenerator.Length, p.Length));
        Assert.All(passwords, p => Assert.DoesNotMatch("[0O1lI]", p));
        Assert.Equal(passwords.Count, passwords.Distinct().Count());
    }
}
