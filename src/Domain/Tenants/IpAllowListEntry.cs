using System.Net;
using System.Net.Sockets;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Tenants;

/// <summary>One allowed address or range: IPv4 or IPv6, single address or CIDR. Stored in canonical form.</summary>
public sealed record IpAllowListEntry
{
    private IpAllowListEntry(string value, string? note)
    {
        Value = value;
        Note = note;
    }

    public string Value { get; private init; }

    public string? Note { get; private init; }

    public static IpAllowListEntry Parse(string text, string? note = null)
    {
        var trimmed = text.Trim();
        IPNetwork network;
        if (trimmed.Contains('/', StringComparison.Ordinal))
        {
            network = ParseCidr(trimmed) ?? throw Invalid(trimmed);
        }
        else if (IPAddress.TryParse(trimmed, out var address))
        {
            address = Normalize(address);
            network = new IPNetwork(address, address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128);
        }
        else
        {
            throw Invalid(trimmed);
        }

        if (network.PrefixLength == 0)
        {
            throw new DomainRuleViolationException("ip_allow_list.everything", "「/0」はすべてのアドレスを許可するため登録できません。制限しない場合は一覧を空にしてください。");
        }

        var cleanNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (cleanNote is { Length: > 100 })
        {
            throw new DomainRuleViolationException("ip_allow_list.note_too_long", "メモは100文字以内で入力してください。");
        }

        return new IpAllowListEntry(network.ToString(), cleanNote);
    }

    /// <summary>Accepts host bits after the prefix (203.0.113.5/24 means 203.0.113.0/24), as admins often paste them.</summary>
    private static IPNetwork? ParseCidr(string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 2 || !IPAddress.TryParse(parts[0], out var address)
            || !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var prefix))
        {
            return null;
        }

        var bytes = address.GetAddressBytes();
        if (prefix > bytes.Length * 8)
        {
            return null;
        }

        for (var bit = prefix; bit < bytes.Length * 8; bit++)
        {
            bytes[bit / 8] &= (byte)~(0x80 >> (bit % 8));
        }

        return new IPNetwork(new IPAddress(bytes), prefix);
    }

    public bool Contains(IPAddress address) => IPNetwork.Parse(Value).Contains(Normalize(address));

    /// <summary>IPv4-mapped IPv6 (::ffff:a.b.c.d), as dual-stack sockets report IPv4 clients, compares as IPv4.</summary>
    public static IPAddress Normalize(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;

    private static DomainRuleViolationException Invalid(string text) =>
        new("ip_allow_list.invalid", new RuleMessage("ip_allow_list.invalid", "「{0}」はIPアドレスまたはCIDR表記（例: 203.0.113.0/24、2001:db8::/32）として読み取れません。").With(text));
}
