using Mediator;

namespace YearEndAdjustment.Application.Outputs.DownloadSlipArchive;

/// <summary>
/// Writes a finished archive job's ZIP to <paramref name="Destination"/>. Everything is checked and audited before the
/// first byte is written, so a refusal leaves the destination untouched.
/// </summary>
public sealed record DownloadSlipArchiveCommand(Guid JobId, Stream Destination) : ICommand<int>;
