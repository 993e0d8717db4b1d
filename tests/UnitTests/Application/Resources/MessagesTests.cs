using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using YearEndAdjustment.Application.Accounts.SignIn;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Domain.Tenants;

namespace YearEndAdjustment.UnitTests.Application.Resources;

public sealed partial class MessagesTests
{
    private static readonly ResourceManager Manager = new("YearEndAdjustment.Application.Resources.Messages", typeof(Messages).Assembly);

    public static TheoryData<string> Keys() => [.. ListedKeys()];

    [Theory]
    [MemberData(nameof(Keys))]
    public void EveryListedKey_HasJapaneseAndEnglishText(string key)
    {
        Assert.False(string.IsNullOrWhiteSpace(Japanese()[key]), $"Japanese text missing for {key}");
        Assert.False(string.IsNullOrWhiteSpace(English()[key]), $"English text missing for {key}");
    }

    [Fact]
    public void ResourceFiles_HoldExactlyTheListedKeys()
    {
        var listed = ListedKeys().Order(StringComparer.Ordinal).ToList();

        Assert.Equal(listed.Count, listed.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(listed, Japanese().Keys.Order(StringComparer.Ordinal));
        Assert.Equal(listed, English().Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void EnglishText_HasNoJapaneseCharacters_AndTheSamePlaceholders(string key)
    {
        var english = English()[key];

        Assert.False(JapaneseCharacters().IsMatch(english), $"{key}: {english}");
        Assert.Equal(Placeholders(Japanese()[key]), Placeholders(english));
    }

    [Fact]
    public void EveryRuleMessageOfTheDomain_IsListed_WithTheSameJapaneseText()
    {
        var domainMessages = typeof(RuleMessage).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(RuleMessage))
            .Select(f => (RuleMessage)f.GetValue(null)!)
            .ToList();

        Assert.NotEmpty(domainMessages);
        Assert.All(domainMessages, m => Assert.Equal(m.Template, Japanese().GetValueOrDefault(m.Key)));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("en-US")]
    [InlineData("en-GB")]
    public void Get_InEnglish_IsEnglish(string culture) =>
        InCulture(culture, () => Assert.Equal("Please sign in.", Messages.Get(MessageKeys.ForbiddenSignInRequired)));

    [Theory]
    [InlineData("ja")]
    [InlineData("ja-JP")]
    [InlineData("fr")]
    [InlineData("")]
    public void Get_InAnyOtherCulture_IsJapanese(string culture) =>
        InCulture(culture, () => Assert.Equal("ログインしてください。", Messages.Get(MessageKeys.ForbiddenSignInRequired)));

    [Fact]
    public void DomainRule_IsTranslatedByItsCode_AndStaysJapaneseOtherwise()
    {
        var exception = Assert.Throws<DomainRuleViolationException>(() => TenantSettings.CreateDefault(TenantId.New()).UpdateSignInPolicy(2, 15, 30, false));

        Assert.Equal("ロックまでの失敗回数は3〜50回で指定してください。", exception.Message);
        InCulture("en", () => Assert.Equal("Set the number of failed attempts before lock-out between 3 and 50.", Messages.Get(exception)));
        InCulture("ja", () => Assert.Equal(exception.Message, Messages.Get(exception)));
    }

    [Fact]
    public void DomainRuleWithArguments_FillsTheEnglishTemplate()
    {
        var exception = Assert.Throws<DomainRuleViolationException>(() => TenantSlug.Create("api"));

        Assert.Equal("tenant.slug_invalid", exception.Code);
        Assert.Equal("「api」はシステムで予約されているため、テナント識別子に使えません。", exception.Message);
        InCulture("en", () => Assert.Equal("\"api\" is reserved by the system and cannot be used as a tenant identifier.", Messages.Get(exception)));
    }

    [Fact]
    public void ForbiddenAndNotFound_CarryTheirKey_InTheCultureTheyWereThrownIn()
    {
        InCulture("en", () =>
        {
            var forbidden = ForbiddenException.Of(MessageKeys.ForbiddenPermission);
            Assert.Equal(MessageKeys.ForbiddenPermission, forbidden.Key);
            Assert.Equal("You do not have permission for this operation.", forbidden.Message);
        });
        InCulture("ja", () => Assert.Equal("アカウントが見つかりません。", NotFoundException.Of(MessageKeys.NotFoundAccount).Message));
    }

    [Fact]
    public void Validator_MessagesFollowTheCultureAtValidationTime()
    {
        var validator = new SignInCommandValidator();
        var command = new SignInCommand("", "", null, null);

        InCulture("en", () => Assert.Contains("Please enter the login ID.", validator.Validate(command).Errors.Select(e => e.ErrorMessage)));
        InCulture("ja", () => Assert.Contains("ログインIDを入力してください。", validator.Validate(command).Errors.Select(e => e.ErrorMessage)));
    }

    [Fact]
    public void PasswordReason_TranslatesWithTheSameKey()
    {
        var reason = PasswordPolicy.Check("short", "x", new NoCommonPasswords());

        Assert.NotNull(reason);
        InCulture("en", () => Assert.Equal("The password must be at least 12 characters. A long phrase makes a good password.", Messages.Get(reason)));
    }

    private static IEnumerable<string> ListedKeys() =>
        typeof(MessageKeys).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);

    private static Dictionary<string, string> Japanese() => Read(CultureInfo.InvariantCulture);

    private static Dictionary<string, string> English() => Read(CultureInfo.GetCultureInfo("en"));

    private static Dictionary<string, string> Read(CultureInfo culture) =>
        Manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);

    private static string[] Placeholders(string text) =>
        [.. PlaceholderPattern().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    private static void InCulture(string name, Action action)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        try
        {
            action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    // Hiragana, katakana, CJK ideographs and full-width forms.
    [GeneratedRegex(@"[\u3040-\u30FF\u3400-\u9FFF\uFF00-\uFFEF]")]
    private static partial Regex JapaneseCharacters();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();

    private sealed class NoCommonPasswords : ICommonPasswordList
    {
        public bool Contains(string password) => false;
    }
}
