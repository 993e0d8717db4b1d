using Mediator;

namespace YearEndAdjustment.Application.Declarations.GetMyTasks;

/// <summary>What the signed-in account has to do (the home page): its employee's open declarations.</summary>
public sealed record GetMyTasksQuery : IQuery<MyTasksDto>;
