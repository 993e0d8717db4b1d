using System.Globalization;
using YearEndAdjustment.Application.Abstractions;

namespace YearEndAdjustment.Application.Declarations.OpenTaxYear;

/// <summary>
/// "年末調整の申告が始まりました": Japanese and English in one mail (the job has no request culture), with the link to
/// the year's declaration and the deadline. Only the recipient's own name appears in it.
/// </summary>
public static class OpeningNoticeMail
{
    public static EmailMessage Compose(ISiteLinks links, ITenantContext tenant, string to, string displayName, int year, DateOnly deadline)
    {
        var link = links.TenantUrl(tenant.Slug!, $"declarations/{year}");
        var ja = deadline.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
        var en = deadline.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
        var body = $"""
            {displayName} 様

            {tenant.DisplayName} の{year}年分の年末調整の申告が始まりました。
            次のリンクからサインインして、提出期限までに申告書を入力・提出してください。

            {link}

            提出期限: {ja}

            ----

            Dear {displayName},

            The year-end tax adjustment declarations of {tenant.DisplayName} for {year} are now open.
            Please sign in through the link above and submit your declaration by {en}.
            """;
        return new EmailMessage(to, $"【{tenant.DisplayName}】年末調整の申告が始まりました / Year-end adjustment {year}: please submit your declaration", body);
    }
}
