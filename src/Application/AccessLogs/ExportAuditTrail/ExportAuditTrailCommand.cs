using Mediator;
using YearEndAdjustment.Application.AccessLogs.SearchAuditTrail;

namespace YearEndAdjustment.Application.AccessLogs.ExportAuditTrail;

/// <summary>R-21: the audit-trail search as CSV, oldest first; the export itself goes on the trail. Returns the row count.</summary>
public sealed record ExportAuditTrailCommand(SearchAuditTrailQuery Search, Stream Destination) : ICommand<int>;
