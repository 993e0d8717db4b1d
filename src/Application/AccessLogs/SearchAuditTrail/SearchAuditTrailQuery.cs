using Mediator;
using YearEndAdjustment.Domain.AccessLogs;

namespace YearEndAdjustment.Application.AccessLogs.SearchAuditTrail;

/// <summary>
/// admins holding the logs permission search the audit trail by Japan-date period, actor (login ID), subject
/// (employee number or login ID) and action, newest first, 100 a page. Rows are kept 400 days.
/// </summary>
public sealed record SearchAuditTrailQuery(DateOnly? From = null, DateOnly? To = null, string? Actor = null, string? Subject = null, AuditAction? Action = null, int Page = 1)
    : IQuery<AuditTrailPage>;
