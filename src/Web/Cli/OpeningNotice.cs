using System.Text;
using YearEndAdjustment.Application.Tenants.CreateTenant;

namespace YearEndAdjustment.Web.Cli;

/// <summary>The opening notice (開通通知) the operator hands to the customer. Printed once; never logged.</summary>
public static class OpeningNotice
{
    public static string Format(CreateTenantResult tenant, string publicBaseUrl)
    {
        var url = $"{publicBaseUrl.TrimEnd('/')}/{tenant.Slug}/";
        return new StringBuilder()
            .AppendLine("==================== 開通通知 / Opening notice ====================")
            .AppendLine($"テナント名 / Tenant      : {tenant.DisplayName}")
            .AppendLine($"URL                     : {url}")
            .AppendLine($"ADMIN ID                : {tenant.AdminLoginId}")
            .AppendLine($"初期パスワード / Password : {tenant.InitialPassword}")
            .AppendLine("※ 初回ログイン時にパスワードの変更が必要です。この初期パスワードは再表示できません。")
            .AppendLine("  The password must be changed at first sign-in. It is shown only this once.")
            .AppendLine("====================================================================")
            .ToString();
    }
}
