using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.Accounts;

namespace YearEndAdjustment.Application.Accounts.Support;

/// <summary>
/// Invitation and reset mails, and the token rows behind their links. Only the recipient's own name and login ID
/// appear in them; the link is the secret and works once.
/// </summary>
public static class AccountMails
{
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(7);
    public static readonly TimeSpan ResetLifetime = TimeSpan.FromMinutes(30);

    public static async Task SendInvitationAsync(
        IAppDbContext db, IEmailSender mail, ISiteLinks links, ITenantContext tenant, Account account, DateTime now, CancellationToken cancellationToken)
    {
        var link = IssueLink(db, links, tenant, account, TokenPurpose.Invitation, InvitationLifetime, now);
        var body = $"""
            {account.DisplayName} 様

            {tenant.DisplayName} の年末調整サイトのアカウントが作成されました。
            次のリンクを開いて、パスワードを設定してください（有効期限: 7日間、1回のみ有効）。

            {link}

            ログインID: {account.LoginId.Value}

            このメールに心当たりがない場合は、リンクを開かずに削除してください。
            """;
        await mail.SendAsync(new EmailMessage(account.Email!, $"【{tenant.DisplayName}】年末調整サイトへの招待", body), cancellationToken);
    }

    public static async Task SendResetAsync(
        IAppDbContext db, IEmailSender mail, ISiteLinks links, ITenantContext tenant, Account account, DateTime now, CancellationToken cancellationToken)
    {
        var link = IssueLink(db, links, tenant, account, TokenPurpose.PasswordReset, ResetLifetime, now);
        var body = $"""
            {account.DisplayName} 様

            {tenant.DisplayName} の年末調整サイトで、パスワード再設定の依頼を受け付けました。
            次のリンクを開いて、新しいパスワードを設定してください（有効期限: 30分、1回のみ有効）。

            {link}

            ログインID: {account.LoginId.Value}

            ご自身で依頼していない場合は、このメールを削除してください。パスワードは変更されません。
            """;
        await mail.SendAsync(new EmailMessage(account.Email!, $"【{tenant.DisplayName}】パスワード再設定", body), cancellationToken);
    }

    private static string IssueLink(IAppDbContext db, ISiteLinks links, ITenantContext tenant, Account account, TokenPurpose purpose, TimeSpan lifetime, DateTime now)
    {
        foreach (var older in db.AccountTokens.Where(t => t.AccountId == account.Id && t.Purpose == purpose && t.UsedAtUtc == null))
        {
            older.Revoke(now);
        }

        var token = SecretTokens.NewToken();
        db.AccountTokens.Add(AccountToken.Issue(account.TenantId, account.Id, purpose, SecretTokens.Hash(token), now, lifetime));
        return links.TenantUrl(tenant.Slug!, $"account/set-password?token={token}");
    }
}
