using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Accounts.GetAccount;

public sealed class GetAccountQueryHandler(IAppDbContext db, ICurrentUser currentUser) : IQueryHandler<GetAccountQuery, AccountDetailsDto>
{
    public async ValueTask<AccountDetailsDto> Handle(GetAccountQuery query, CancellationToken cancellationToken)
    {
        currentUser.RequirePermission(Permission.ManageAccounts);
        var a = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(x => x.Id == new AccountId(query.AccountId), cancellationToken)
            ?? throw NotFoundException.Of(MessageKeys.NotFoundAccount);
        return new AccountDetailsDto(
            a.Id.Value, a.LoginId.Value, a.DisplayName, a.Email, a.Role, a.Permissions, a.Departments, a.IsAdminId, a.IsDisabled,
            a.LockedUntilUtc, a.TwoFactorEnabled, a.MustChangePassword, a.HasPassword, a.LastSignInAtUtc, a.CreatedAtUtc);
    }
}
