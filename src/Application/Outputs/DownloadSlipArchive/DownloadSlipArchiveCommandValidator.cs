using FluentValidation;

namespace YearEndAdjustment.Application.Outputs.DownloadSlipArchive;

public sealed class DownloadSlipArchiveCommandValidator : AbstractValidator<DownloadSlipArchiveCommand>
{
    public DownloadSlipArchiveCommandValidator()
    {
        RuleFor(c => c.JobId).NotEmpty();
        RuleFor(c => c.Destination).NotNull();
    }
}
