using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Jobs.Contracts;
using YearEndAdjustment.Application.Results.Support;
using YearEndAdjustment.Domain.Accounts;

namespace YearEndAdjustment.Application.Results.RunCalculation;

/// <summary>
/// The whole year's run (ADR 0032, 0039): the ids of the approved declarations in the requester's scope, then batches
/// of <see cref="ResultCalculator.BatchSize"/>, each read, computed and written in its own transaction, so memory
/// holds two batches at a time (one calculated while the next is read, ADR 0053). Safe to repeat after a takeover: a batch already written has the same fingerprints and
/// is left as it is.
/// </summary>
public sealed class RunCalculationJob(ICurrentUser currentUser, ITenantContext tenantContext, ResultCalculator calculator) : IBackgroundJobHandler
{
    public const string CalculatingStage = "results.calculating";
    public const string ForbiddenCode = "results.run_forbidden";

    public string Kind => RunCalculationPayload.Kind;

    public async Task<string?> RunAsync(BackgroundJobContext context, CancellationToken cancellationToken)
    {
        var payload = RunCalculationPayload.FromJson(context.Payload);
        var tenantId = tenantContext.TenantId ?? throw new InvalidOperationException("A calculation run needs a tenant.");
        if (!currentUser.Has(Permission.RunCalculations))
        {
            // The requester's rights now, not when they clicked (ADR 0032).
            throw new JobFailedException(ForbiddenCode, "The requester may no longer run calculations.");
        }

        var ids = await calculator.ScopeAsync(payload.Year, currentUser, cancellationToken);
        var summary = new RunCalculationSummary();
        context.Report(CalculatingStage, 0, ids.Count);
        await calculator.RunAllAsync(
            tenantId, payload.Year, ids, payload.RunId, summary, done => context.Report(CalculatingStage, done, ids.Count), cancellationToken);

        return summary.ToJson();
    }
}
