using FluentValidation;
using FluentValidation.Results;
using Mediator;

namespace YearEndAdjustment.Application.Behaviors;

/// <summary>Runs every validator of the message before its handler; any failure stops the message (400).</summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private readonly IValidator<TMessage>[] _validators = validators.ToArray();

    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (_validators.Length > 0)
        {
            var failures = new List<ValidationFailure>();
            foreach (var validator in _validators)
            {
                // A context per validator: a shared one accumulates failures, so each would be reported twice.
                var result = await validator.ValidateAsync(new ValidationContext<TMessage>(message), cancellationToken);
                failures.AddRange(result.Errors);
            }

            if (failures.Count > 0)
            {
                throw new ValidationException(failures);
            }
        }

        return await next(message, cancellationToken);
    }
}
