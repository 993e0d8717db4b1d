using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Accounts.Contracts;
using YearEndAdjustment.Application.Accounts.Support;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Accounts.Provisioning;

/// <summary>
/// Bulk user IDs: existing IDs are left as they are (a re-run changes nothing) unless the person
/// has left, which disables the account and ends its sessions; new IDs get the role given (only a full admin may
/// hand out admin roles), then an initial password (hashed, to be changed at first sign-in) or, with an e-mail
/// address, an invitation.
/// </summary>
public sealed class AccountProvisioning(
    IAppDbContext db,
    ICurrentUser currentUser,
    ITenantContext tenantContext,
    IPasswordHasher hasher,
    ICommonPasswordList commonPasswords,
    IEmailSender mail,
    ISiteLinks links,
    TimeProvider clock) : IAccountProvisioning
{
    public async Task<AccountProvisioningResult> CheckAsync(IReadOnlyList<AccountRequest> requests, CancellationToken cancellationToken)
    {
        if (requests.Count == 0)
        {
            return new AccountProvisioningResult(0, 0, 0, []);
        }

        if (MissingPermission(requests) is { } missing)
        {
            return new AccountProvisioningResult(0, 0, 0, [missing]);
        }

        return new AccountProvisioningResult(0, 0, 0, Problems(requests, await ExistingAsync(requests, cancellationToken)));
    }

    public async Task<DisableableAccounts> DisableableAsync(CancellationToken cancellationToken)
    {
        var me = currentUser.AccountId;
        var rows = await db.Accounts.AsNoTracking()
            .Where(a => !a.IsDisabled && !a.IsAdminId && (me == null || a.Id != me))
            .Select(a => new { a.EmployeeId, a.LoginId })
            .ToListAsync(cancellationToken);
        return new DisableableAccounts(
            rows.Where(r => r.EmployeeId != null).Select(r => r.EmployeeId!.Value).ToHashSet(),
            rows.Select(r => r.LoginId.Value).ToHashSet(StringComparer.Ordinal));
    }

    public async Task<IReadOnlyDictionary<string, string>> HashInitialPasswordsAsync(
        IReadOnlyList<AccountRequest> requests, IProgress<(int Done, int Total)>? progress, CancellationToken cancellationToken)
    {
        var hashes = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var withPassword = requests.Where(r => r.InitialPassword is not null && !r.HasLeft).ToList();
        if (withPassword.Count == 0)
        {
            return hashes;
        }

        var existing = await ExistingAsync(withPassword, cancellationToken);
        var pending = withPassword.Where(r => !existing.ContainsKey(r.LoginId.Value)).ToList();
        var done = 0;
        progress?.Report((0, pending.Count));

        // Half the cores at most, so the site stays responsive for everyone else while a large file is hashed.
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount / 2), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(pending, options, (request, _) =>
        {
            hashes[request.LoginId.Value] = hasher.Hash(request.InitialPassword!);
            progress?.Report((Interlocked.Increment(ref done), pending.Count));
            return ValueTask.CompletedTask;
        });
        return hashes;
    }

    public async Task<AccountProvisioningResult> ApplyAsync(
        IReadOnlyList<AccountRequest> requests, IReadOnlyCollection<EmployeeId> leavers,
        IReadOnlyDictionary<string, string>? passwordHashes, CancellationToken cancellationToken)
    {
        if (requests.Count == 0 && leavers.Count == 0)
        {
            return new AccountProvisioningResult(0, 0, 0, []);
        }

        if (MissingPermission(requests) is { } missing)
        {
            return new AccountProvisioningResult(0, 0, 0, [missing]);
        }

        var existing = await ExistingAsync(requests, cancellationToken);
        if (Problems(requests, existing) is { Count: > 0 } problems)
        {
            return new AccountProvisioningResult(0, 0, 0, problems);
        }

        var tenant = tenantContext.TenantId ?? throw NotFoundException.Of(MessageKeys.NotFoundTenant);
        var now = clock.GetUtcNow().UtcDateTime;
        int created = 0, invited = 0;
        var disabled = new HashSet<AccountId>();
        foreach (var request in requests)
        {
            if (existing.TryGetValue(request.LoginId.Value, out var account))
            {
                if (request.EmployeeId is { } owner)
                {
                    account.LinkEmployee(owner);
                }

                if (request.HasLeft && await DisableAsync(account, now, cancellationToken))
                {
                    disabled.Add(account.Id);
                }

                continue;
            }

            if (request.HasLeft)
            {
                continue;
            }

            account = Account.Register(tenant, request.LoginId, request.DisplayName, request.Email, request.Role, Permission.None, [], now);
            if (request.EmployeeId is { } employee)
            {
                account.LinkEmployee(employee);
            }

            db.Accounts.Add(account);
            created++;
            if (request.InitialPassword is { } password)
            {
                var hash = passwordHashes is not null && passwordHashes.TryGetValue(request.LoginId.Value, out var ready) ? ready : hasher.Hash(password);
                account.SetInitialPassword(hash, now);
            }
            else
            {
                await AccountMails.SendInvitationAsync(db, mail, links, tenantContext, account, now, cancellationToken);
                invited++;
            }
        }

        // R-11 needs no user-ID column: the leave date alone ends the sign-in of the employee's linked account.
        foreach (var chunk in leavers.Select(id => (EmployeeId?)id).Chunk(500))
        {
            foreach (var account in await db.Accounts.Where(a => !a.IsDisabled && chunk.Contains(a.EmployeeId)).ToListAsync(cancellationToken))
            {
                if (!disabled.Contains(account.Id) && await DisableAsync(account, now, cancellationToken))
                {
                    disabled.Add(account.Id);
                }
            }
        }

        return new AccountProvisioningResult(created, invited, disabled.Count, []);
    }

    /// <summary>Disables a leaver's account and ends its sessions; never the ADMIN ID nor the acting account.</summary>
    private async Task<bool> DisableAsync(Account account, DateTime now, CancellationToken cancellationToken)
    {
        if (account.IsDisabled || account.IsAdminId || account.Id == currentUser.AccountId)
        {
            return false;
        }

        account.Disable(now);
        await AccountAdministration.RevokeSessionsAsync(db, account.Id, now, cancellationToken);
        return true;
    }

    /// <summary>User-ID columns create and link accounts: only for holders of the account permission .</summary>
    private AccountRequestProblem? MissingPermission(IReadOnlyList<AccountRequest> requests) =>
        requests.Count == 0 || currentUser.Has(Permission.ManageAccounts)
            ? null
            : new AccountRequestProblem(requests[0].Line, AccountRequestField.LoginId,
                "ログインID・権限・初期パスワードの列を使うには「アカウント管理」の権限が必要です。これらの列を空にするか、列ごと削除してください。");

    /// <summary>What refuses the set: checked against the IDs that exist already, which are left as they are.</summary>
    private List<AccountRequestProblem> Problems(IReadOnlyList<AccountRequest> requests, Dictionary<string, Account> existing)
    {
        var problems = new List<AccountRequestProblem>();

        // An ID already tied to one employee cannot be handed to another (a new employee has no id yet: also refused).
        foreach (var request in requests)
        {
            if (existing.TryGetValue(request.LoginId.Value, out var account) && account.EmployeeId is { } owner && owner != request.EmployeeId)
            {
                problems.Add(new(request.Line, AccountRequestField.LoginId, "このログインIDは別の社員のものです。別のログインIDにしてください。"));
            }
        }

        foreach (var request in requests.Where(r => !existing.ContainsKey(r.LoginId.Value) && !r.HasLeft))
        {
            if (request.Role != AccountRole.General && currentUser.Role != AccountRole.Admin)
            {
                problems.Add(new(request.Line, AccountRequestField.Role, "管理者・限定管理者の権限を付けられるのは管理者だけです。"));
            }

            if (request.InitialPassword is { } password && PasswordPolicy.Check(password, request.LoginId.Value, commonPasswords) is { } reason)
            {
                problems.Add(new(request.Line, AccountRequestField.InitialPassword, reason.Text));
            }
            else if (request.InitialPassword is null && request.Email is null)
            {
                problems.Add(new(request.Line, AccountRequestField.InitialPassword, "新しいログインIDには、メールアドレス（招待メールを送ります）か初期パスワードのどちらかが必要です。"));
            }
        }

        foreach (var duplicate in requests.GroupBy(r => r.LoginId.Value).Where(g => g.Count() > 1))
        {
            problems.Add(new(duplicate.Skip(1).First().Line, AccountRequestField.LoginId, "ログインIDがファイル内で重複しています。"));
        }

        return problems;
    }

    private async Task<Dictionary<string, Account>> ExistingAsync(IReadOnlyList<AccountRequest> requests, CancellationToken cancellationToken)
    {
        var ids = requests.Select(r => r.LoginId).Distinct().ToList();
        var found = new Dictionary<string, Account>(StringComparer.Ordinal);

        // Bounded IN lists: one query per 500 IDs instead of one per ID (a file can carry thousands of user IDs).
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var account in await db.Accounts.Where(a => chunk.Contains(a.LoginId)).ToListAsync(cancellationToken))
            {
                found[account.LoginId.Value] = account;
            }
        }

        return found;
    }
}
