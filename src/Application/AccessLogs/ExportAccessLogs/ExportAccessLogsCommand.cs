using Mediator;
using YearEndAdjustment.Application.AccessLogs.ListAccessLogs;

namespace YearEndAdjustment.Application.AccessLogs.ExportAccessLogs;

/// <summary>R-20: the access-log search as CSV, oldest first; the export goes on the audit trail. Returns the row count.</summary>
public sealed record ExportAccessLogsCommand(ListAccessLogsQuery Search, Stream Destination) : ICommand<int>;
