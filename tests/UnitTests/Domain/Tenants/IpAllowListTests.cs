using System.Net;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Domain.Tenants;

namespace YearEndAdjustment.UnitTests.Domain.Tenants;

public sealed class IpAllowListTests
{
    [Theory]
    [InlineData("203.0.113.5", "203.0.113.5/32")]
    [InlineData("203.0.113.5/24", "203.0.113.0/24")]
    [InlineData("2001:db8::1", "2001:db8::1/128")]
    [InlineData("2001:db8:1:2::/48", "2001:db8:1::/48")]
    [InlineData(" 10.0.0.0/8 ", "10.0.0.0/8")]
    public void Parse_NormalisesToCanonicalCidr(string input, string expected) => Assert.Equal(expected, IpAllowListEntry.Parse(input).Value);

    [Theory]
    [InlineData("999.1.1.1")]
    [InlineData("10.0.0.0/33")]
    [InlineData("host.example")]
    [InlineData("10.0.0.0/x")]
    [InlineData("::/0")]
    [InlineData("0.0.0.0/0")]
    public void Parse_Invalid_Throws(string input) => Assert.Throws<DomainRuleViolationException>(() => IpAllowListEntry.Parse(input));

    [Fact]
    public void Contains_TreatsIpv4MappedIpv6AsIpv4() =>
        Assert.True(IpAllowListEntry.Parse("203.0.113.0/24").Contains(IPAddress.Parse("::ffff:203.0.113.9")));

    [Fact]
    public void Settings_EmptyListAllowsAll_NonEmptyOnlyListed()
    {
        var settings = TenantSettings.CreateDefault(TenantId.New());
        Assert.True(settings.Allows(IPAddress.Parse("198.51.100.1")));

        settings.ReplaceIpAllowList([IpAllowListEntry.Parse("203.0.113.0/24")]);

        Assert.True(settings.Allows(IPAddress.Parse("203.0.113.200")));
        Assert.False(settings.Allows(IPAddress.Parse("198.51.100.1")));
        Assert.False(settings.Allows(null));
    }

    [Fact]
    public void Settings_AcceptsHundredEntries_RefusesHundredAndOne()
    {
        var settings = TenantSettings.CreateDefault(TenantId.New());
        var hundred = Enumerable.Range(0, 100).Select(i => IpAllowListEntry.Parse($"10.0.{i}.0/24")).ToList();

        settings.ReplaceIpAllowList(hundred);
        var ex = Assert.Throws<DomainRuleViolationException>(() => settings.ReplaceIpAllowList([.. hundred, IpAllowListEntry.Parse("10.1.0.0/24")]));

        Assert.Equal(100, settings.IpAllowList.Count);
        Assert.Equal("ip_allow_list.too_many", ex.Code);
    }

    [Theory]
    [InlineData(2, 15, 30)]
    [InlineData(10, 0, 30)]
    [InlineData(10, 15, 4)]
    public void Settings_PolicyOutOfRange_Throws(int threshold, int minutes, int idle) =>
        Assert.Throws<DomainRuleViolationException>(() => TenantSettings.CreateDefault(TenantId.New()).UpdateSignInPolicy(threshold, minutes, idle, false));
}
