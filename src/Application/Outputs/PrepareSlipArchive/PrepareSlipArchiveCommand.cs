using Mediator;

namespace YearEndAdjustment.Application.Outputs.PrepareSlipArchive;

/// <summary>Queues the year's employee copies as one ZIP of PDFs (ADR 0047); returns the job's id for its progress page.</summary>
public sealed record PrepareSlipArchiveCommand(int TaxYear) : ICommand<Guid>;
