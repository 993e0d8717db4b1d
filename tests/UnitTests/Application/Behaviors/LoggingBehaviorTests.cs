using Mediator;
using Microsoft.Extensions.Logging;
using Moq;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Behaviors;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.UnitTests.Support;

namespace YearEndAdjustment.UnitTests.Application.Behaviors;

public sealed class LoggingBehaviorTests
{
    private const string MyNumber = "123456789018";
    private const string Name = "山田太郎";

    public sealed record PersonalCommand(string MyNumber, string Name, long Salary) : ICommand<string>;

    [Fact]
    public async Task Handle_Success_LogsNameTenantAndTimeButNoPayload()
    {
        var logger = new CapturingLogger<LoggingBehavior<PersonalCommand, string>>();
        var tenant = TenantId.New();
        var behavior = new LoggingBehavior<PersonalCommand, string>(logger, Tenant(tenant));

        var result = await behavior.Handle(new PersonalCommand(MyNumber, Name, 5_123_456), (_, _) => ValueTask.FromResult($"{Name}:{MyNumber}"), default);

        Assert.Equal($"{Name}:{MyNumber}", result);
        var line = Assert.Single(logger.Lines);
        Assert.Contains(nameof(PersonalCommand), line);
        Assert.Contains(tenant.ToString(), line);
        AssertNoPayload(logger);
    }

    [Fact]
    public async Task Handle_Failure_LogsExceptionTypeButNotItsMessage()
    {
        var logger = new CapturingLogger<LoggingBehavior<PersonalCommand, string>>();
        var behavior = new LoggingBehavior<PersonalCommand, string>(logger, Tenant(TenantId.New()));

        await Assert.ThrowsAsync<InvalidOperationException>(async () => await behavior.Handle(
            new PersonalCommand(MyNumber, Name, 1),
            (_, _) => throw new InvalidOperationException($"bad number {MyNumber} for {Name}"),
            default));

        var line = Assert.Single(logger.Lines);
        Assert.Contains(nameof(InvalidOperationException), line);
        Assert.Equal(LogLevel.Warning, Assert.Single(logger.Levels));
        AssertNoPayload(logger);
    }

    [Fact]
    public async Task Handle_ExpectedOutcome_IsInformationNotAWarning()
    {
        var logger = new CapturingLogger<LoggingBehavior<PersonalCommand, string>>();
        var behavior = new LoggingBehavior<PersonalCommand, string>(logger, Tenant(TenantId.New()));

        await Assert.ThrowsAsync<NotFoundException>(async () => await behavior.Handle(
            new PersonalCommand(MyNumber, Name, 1),
            (_, _) => throw new NotFoundException($"no employee {Name}"),
            default));

        Assert.Equal(LogLevel.Information, Assert.Single(logger.Levels));
        Assert.Contains(nameof(NotFoundException), Assert.Single(logger.Lines));
        AssertNoPayload(logger);
    }

    private static void AssertNoPayload(CapturingLogger<LoggingBehavior<PersonalCommand, string>> logger)
    {
        var everything = string.Join("\n", logger.Lines.Concat(logger.Values.Select(v => v?.ToString() ?? "")));
        Assert.DoesNotContain(MyNumber, everything);
        Assert.DoesNotContain(Name, everything);
        Assert.DoesNotContain("5123456", everything);
    }

    private static ITenantContext Tenant(TenantId id)
    {
        var mock = new Mock<ITenantContext>();
        mock.SetupGet(t => t.TenantId).Returns(id);
        return mock.Object;
    }
}
