using Mediator;
using YearEndAdjustment.Application.Abstractions;

namespace YearEndAdjustment.Application.Behaviors;

/// <summary>
/// After a command of a tenant succeeds, moves that tenant's <see cref="TenantWriteGeneration"/> on, so read models
/// kept under it are recomputed on this node's next view (ADR 0056). Queries, and the session check every request
/// runs (<see cref="ILeavesReadModels"/>), pass straight through.
/// </summary>
public sealed class WriteGenerationBehavior<TMessage, TResponse>(TenantWriteGeneration generation, ITenantContext tenantContext)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);
        if (message is IBaseCommand and not ILeavesReadModels && tenantContext.TenantId is { } tenant)
        {
            generation.Advance(tenant);
        }

        return response;
    }
}
