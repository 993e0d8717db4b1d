using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Declarations.GetDeclarationForReview;

public sealed class GetDeclarationForReviewQueryHandler(IAppDbContext db, IRequestLookups lookups, ICurrentUser currentUser, ITenantContext tenantContext, TimeProvider clock)
    : IQueryHandler<GetDeclarationForReviewQuery, DeclarationReviewDto>
{
    public const int HistoryLimit = 200;

    public async ValueTask<DeclarationReviewDto> Handle(GetDeclarationForReviewQuery query, CancellationToken cancellationToken)
    {
        var tenantId = tenantContext.TenantId ?? throw ForbiddenException.Of(MessageKeys.ForbiddenTenantRequired);
        currentUser.RequirePermission(Permission.ReviewDeclarations);
        var declaration = await ReviewedDeclarations.LoadAsync(db, currentUser, query.TaxYear, query.DeclarationId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;

        // The first admin opening a submission starts the review: from then on the employee cannot withdraw it (Y-05).
        if (declaration.Status == DeclarationStatus.Submitted && declaration.ReviewStartedAtUtc is null)
        {
            declaration.StartReview(now);
        }

        db.AuditEntries.Add(AuditEntry.Record(
            tenantId, now, currentUser.AccountId, AuditAction.DeclarationViewedForReview, declaration.EmployeeId,
            detail: $"declaration={declaration.Id.Value}"));
        await ReviewedDeclarations.SaveAsync(db, cancellationToken);

        var employee = await db.Employees.AsNoTracking().Where(e => e.Id == declaration.EmployeeId)
            .Select(e => new { Number = e.Number.Value, e.Name, e.NameKana, e.DepartmentCode, e.DepartmentName })
            .SingleAsync(cancellationToken);
        var fields = Fields(declaration.Forms);
        var attachments = await AttachmentsAsync(declaration, fields, cancellationToken);
        var history = await HistoryAsync(declaration, cancellationToken);
        var estimate = await DeclarationEstimates.EstimateAsync(lookups, declaration, null, null, cancellationToken);
        var checks = declaration.Check(now);
        var submitted = declaration.Status == DeclarationStatus.Submitted;

        return new DeclarationReviewDto(
            declaration.Id.Value,
            declaration.TaxYear.Value,
            declaration.Status.ToString(),
            declaration.Version,
            employee.Number,
            employee.Name,
            employee.NameKana,
            employee.DepartmentCode,
            employee.DepartmentName,
            declaration.SubmittedAtUtc,
            declaration.ReviewStartedAtUtc,
            declaration.ReturnedAtUtc,
            declaration.ApprovedAtUtc,
            declaration.ReopenReason,
            fields,
            attachments,
            DeclarationMapper.Localize(checks),
            declaration.ReturnComments,
            history,
            estimate,
            CanReturn: submitted,
            CanApprove: submitted && currentUser.Has(Permission.ApproveDeclarations) && !checks.Any(c => c.IsBlocking),
            CanReopen: declaration.Status == DeclarationStatus.Approved && currentUser.Has(Permission.ApproveDeclarations));
    }

    /// <summary>The flattened forms in form order; the line is the path up to the field (a row or a section).</summary>
    public static IReadOnlyList<ReviewFieldDto> Fields(DeclarationForms forms) =>
        [.. DeclarationFieldPaths.Flatten(forms).Select(f => Field(f.Key, f.Value))];

    // A line is a row ("insurance.life[<id>]"), a section ("dependants.self", "basic.spouseIncome") or a one-line form
    // ("housingLoan", "basic"); the field is the rest of the path ("certificate.attachments").
    private static ReviewFieldDto Field(string path, string value)
    {
        var bracket = path.LastIndexOf(']');
        int split;
        if (bracket >= 0)
        {
            split = bracket + 1;
        }
        else if (path.StartsWith(DeclarationFieldPaths.HousingLoan + ".", StringComparison.Ordinal))
        {
            split = DeclarationFieldPaths.HousingLoan.Length;
        }
        else
        {
            var first = path.IndexOf('.');
            var second = first < 0 ? -1 : path.IndexOf('.', first + 1);
            split = second > 0 ? second : first;
        }

        return split <= 0 || split >= path.Length
            ? new ReviewFieldDto(path, path, "", value)
            : new ReviewFieldDto(path, path[..split], path[(split + 1)..], value);
    }

    private async Task<IReadOnlyList<ReviewAttachmentDto>> AttachmentsAsync(
        Declaration declaration, IReadOnlyList<ReviewFieldDto> fields, CancellationToken cancellationToken)
    {
        var supports = new Dictionary<Guid, string>();
        foreach (var field in fields.Where(f => f.Path.EndsWith(".attachments", StringComparison.Ordinal)))
        {
            foreach (var id in field.Value.Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                if (Guid.TryParse(id, out var attachmentId))
                {
                    supports.TryAdd(attachmentId, field.Path);
                }
            }
        }

        var rows = await db.Attachments.AsNoTracking().Where(a => a.DeclarationId == declaration.Id)
            .OrderBy(a => a.CreatedAtUtc)
            .Select(a => new { a.Id, a.FileName, a.Kind, a.ContentType, a.SizeBytes, a.CreatedAtUtc })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(a => new ReviewAttachmentDto(
            a.Id, AttachmentFileName.ForDownload(a.FileName, a.Kind), a.ContentType, a.SizeBytes, a.CreatedAtUtc, supports.GetValueOrDefault(a.Id)))];
    }

    private async Task<IReadOnlyList<ReviewChangeDto>> HistoryAsync(Declaration declaration, CancellationToken cancellationToken)
    {
        var rows = await db.DeclarationChanges.AsNoTracking().Where(c => c.DeclarationId == declaration.Id)
            .OrderByDescending(c => c.OccurredAtUtc).Take(HistoryLimit)
            .Select(c => new { c.Path, c.OldValue, c.NewValue, c.OccurredAtUtc, c.ActorAccountId })
            .ToListAsync(cancellationToken);
        var actorIds = rows.Where(r => r.ActorAccountId != null).Select(r => r.ActorAccountId!.Value).Distinct().ToList();
        var actors = actorIds.Count == 0
            ? []
            : await db.Accounts.AsNoTracking().Where(a => actorIds.Contains(a.Id))
                .Select(a => new { a.Id, a.DisplayName, a.EmployeeId })
                .ToDictionaryAsync(a => a.Id, cancellationToken);
        return [.. rows.Select(r =>
        {
            var actor = r.ActorAccountId is { } id ? actors.GetValueOrDefault(id) : null;
            var field = Field(r.Path, "");
            return new ReviewChangeDto(r.Path, field.Line, field.Field, r.OldValue, r.NewValue, r.OccurredAtUtc, actor?.DisplayName, actor?.EmployeeId == declaration.EmployeeId);
        })];
    }
}
