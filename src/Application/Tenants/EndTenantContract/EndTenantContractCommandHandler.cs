using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Application.Tenants.Support;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Domain.Tenants;

namespace YearEndAdjustment.Application.Tenants.EndTenantContract;

/// <summary>Operator use case, like tenant creation: no signed-in account; the command line is the operator's.</summary>
public sealed class EndTenantContractCommandHandler(IAppDbContext db, TimeProvider clock, SiteNoticesGeneration notices)
    : ICommandHandler<EndTenantContractCommand, EndTenantContractResult>
{
    public async ValueTask<EndTenantContractResult> Handle(EndTenantContractCommand command, CancellationToken cancellationToken)
    {
        var tenant = await OperatorTenants.FindAsync(db, command.Slug, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = JapanTime.DateOf(now);
        if (command.Cancel)
        {
            tenant.CancelContractEnd(today);
            await db.SaveChangesAsync(cancellationToken);
            notices.Advance();
            return new EndTenantContractResult(tenant.Slug.Value, null, null);
        }

        var endDate = command.EndDate!.Value;
        if (endDate < today)
        {
            throw new DomainRuleViolationException(MessageKeys.TenantEndDatePast,
                Messages.Rule(MessageKeys.TenantEndDatePast, today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        tenant.EndContract(endDate);

        // Shown from today through the last day the site serves, in both languages: the notice goes to every user.
        var date = endDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var lastShown = endDate > today ? endDate.AddDays(-1) : today;
        var announcement = Announcement.Post(
            tenant.Id,
            "ご契約終了のお知らせ / Notice of contract end",
            $"ご契約は {date} に終了し、この日からサイトはご利用いただけません。管理者の方は、それまでに「データの書き出し」から全データを保存してください。終了日の{OperatorTenants.PurgeNoticeDays}日後までに、すべてのデータは完全に削除されます。"
            + $"\nThe contract ends on {date}; from that day the site is closed. Admins: save all data with \"Export data\" before then. All data is deleted for good within {OperatorTenants.PurgeNoticeDays} days after the end date.",
            today,
            lastShown,
            now);
        db.Announcements.Add(announcement);
        await db.SaveChangesAsync(cancellationToken);
        notices.Advance();
        return new EndTenantContractResult(tenant.Slug.Value, endDate, announcement.Id);
    }
}
