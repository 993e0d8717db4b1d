using Mediator;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Application.Tenants.Contracts;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;

namespace YearEndAdjustment.Application.Tenants.UpdatePayerSettings;

/// <summary>
/// ManageSettings, and no department restriction: the payer is the whole company's and appears on every employee's
/// slip, so a department-limited admin may not change it. Audited (the values are the company's, not personal data).
/// </summary>
public sealed class UpdatePayerSettingsCommandHandler(IAppDbContext db, ITenantContext tenantContext, ICurrentUser currentUser, TimeProvider clock)
    : ICommandHandler<UpdatePayerSettingsCommand>
{
    public async ValueTask<Unit> Handle(UpdatePayerSettingsCommand command, CancellationToken cancellationToken)
    {
        var me = currentUser.RequirePermission(Permission.ManageSettings);
        if (currentUser.Departments.Count > 0)
        {
            throw ForbiddenException.Of(MessageKeys.ForbiddenPayerSettingsScoped);
        }

        var tenant = tenantContext.TenantId ?? throw NotFoundException.Of(MessageKeys.NotFoundTenant);
        var settings = await db.GetSettingsAsync(tenant, track: true, cancellationToken);
        settings.UpdatePayer(command.PayerName, command.PayerAddress, command.PayerPhone, command.PayerCorporateNumber);
        db.AuditEntries.Add(AuditEntry.Record(tenant, clock.GetUtcNow().UtcDateTime, me, AuditAction.PayerSettingsChanged,
            detail: $"name={settings.PayerName} corporate_number={settings.PayerCorporateNumber}"));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
