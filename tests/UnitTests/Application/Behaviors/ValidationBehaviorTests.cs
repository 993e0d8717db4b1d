using FluentValidation;
using Mediator;
using YearEndAdjustment.Application.Behaviors;

namespace YearEndAdjustment.UnitTests.Application.Behaviors;

public sealed class ValidationBehaviorTests
{
    public sealed record SampleCommand(string Name, int Count) : ICommand<int>;

    private sealed class NameValidator : AbstractValidator<SampleCommand>
    {
        public NameValidator() => RuleFor(c => c.Name).NotEmpty();
    }

    private sealed class CountValidator : AbstractValidator<SampleCommand>
    {
        public CountValidator() => RuleFor(c => c.Count).GreaterThan(0);
    }

    [Fact]
    public async Task Handle_InvalidMessage_ThrowsWithEveryFailureAndSkipsHandler()
    {
        var behavior = new ValidationBehavior<SampleCommand, int>([new NameValidator(), new CountValidator()]);
        var handlerCalled = false;

        var ex = await Assert.ThrowsAsync<ValidationException>(async () => await behavior.Handle(
            new SampleCommand("", 0), (_, _) => { handlerCalled = true; return ValueTask.FromResult(1); }, default));

        Assert.False(handlerCalled);
        Assert.Equal(["Name", "Count"], ex.Errors.Select(e => e.PropertyName));
    }

    [Fact]
    public async Task Handle_ValidMessage_CallsHandler()
    {
        var behavior = new ValidationBehavior<SampleCommand, int>([new NameValidator(), new CountValidator()]);

        var result = await behavior.Handle(new SampleCommand("ok", 3), (m, _) => ValueTask.FromResult(m.Count * 2), default);

        Assert.Equal(6, result);
    }
}
