using System.Net;
using FluentValidation;
using FluentValidation.Results;
using Mediator;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Tenants.Contracts;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Domain.Tenants;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Application.Tenants.SaveIpAllowList;

public sealed class SaveIpAllowListCommandHandler(IAppDbContext db, ITenantContext tenantContext, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<SaveIpAllowListCommand, SaveIpAllowListResult>
{
    public async ValueTask<SaveIpAllowListResult> Handle(SaveIpAllowListCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequirePermission(Permission.ManageSettings);
        var tenant = tenantContext.TenantId ?? throw NotFoundException.Of(MessageKeys.NotFoundTenant);
        var entries = Parse(command.Entries);
        if (entries.Count > TenantSettings.MaxAllowListEntries)
        {
            throw new ValidationException([new ValidationFailure(nameof(command.Entries),
                Messages.Get(MessageKeys.ValidationIpAllowListTooMany, TenantSettings.MaxAllowListEntries, entries.Count))]);
        }

        var settings = await db.GetSettingsAsync(tenant, track: true, cancellationToken);
        var candidate = TenantSettings.CreateDefault(tenant);
        candidate.ReplaceIpAllowList(entries);
        var client = IPAddress.TryParse(command.ClientIp, out var ip) ? ip : null;
        if (!candidate.Allows(client) && !command.ConfirmSelfLockout)
        {
            return new SaveIpAllowListResult(false, true, entries.Count);
        }

        var before = settings.IpAllowList.Count;
        settings.ReplaceIpAllowList(entries);
        db.AuditEntries.Add(AuditEntry.Record(tenant, clock.GetUtcNow().UtcDateTime, currentUser.AccountId, AuditAction.IpAllowListChanged,
            detail: $"entries_before={before} entries_after={entries.Count}"));
        await db.SaveChangesAsync(cancellationToken);
        return new SaveIpAllowListResult(true, false, settings.IpAllowList.Count);
    }

    private static List<IpAllowListEntry> Parse(string text)
    {
        var entries = new List<IpAllowListEntry>();
        var failures = new List<ValidationFailure>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split([' ', '\t', '　'], 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            try
            {
                entries.Add(IpAllowListEntry.Parse(parts[0], parts.Length > 1 ? parts[1] : null));
            }
            catch (DomainRuleViolationException ex)
            {
                failures.Add(new ValidationFailure(nameof(SaveIpAllowListCommand.Entries), Messages.Get(MessageKeys.ValidationLinePrefix, i + 1, Messages.Get(ex))));
            }
        }

        return failures.Count > 0 ? throw new ValidationException(failures) : entries;
    }
}
