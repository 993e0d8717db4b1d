using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Accounts.Support;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Accounts.BeginTwoFactorSetup;

public sealed class BeginTwoFactorSetupCommandHandler(IAppDbContext db, ICurrentUser currentUser, ITenantContext tenantContext, ISecretProtector protector)
    : ICommandHandler<BeginTwoFactorSetupCommand, TwoFactorSetupDto>
{
    public async ValueTask<TwoFactorSetupDto> Handle(BeginTwoFactorSetupCommand command, CancellationToken cancellationToken)
    {
        var id = currentUser.RequireAccount();
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw NotFoundException.Of(MessageKeys.NotFoundAccount);
        string key;
        if (command.KeepPending && !account.TwoFactorEnabled && account.TwoFactorSecret is { } pending)
        {
            key = protector.Unprotect(pending);
        }
        else
        {
            key = Totp.ToBase32(Totp.NewSecret());
            account.BeginTwoFactorSetup(protector.Protect(key));
            await db.SaveChangesAsync(cancellationToken);
        }

        var secret = Totp.FromBase32(key);
        var grouped = string.Join(' ', key.Chunk(4).Select(c => new string(c)));
        return new TwoFactorSetupDto(grouped, Totp.KeyUri($"年末調整クラウド ({tenantContext.Slug})", account.LoginId.Value, secret));
    }
}
