using YearEndAdjustment.Application;
using YearEndAdjustment.Application.Behaviors;

namespace YearEndAdjustment.Web.Composition;

/// <summary>The one AddMediator call (architecture section 4): the source generator reads these values at compile time.</summary>
public static class MediatorSetup
{
    public static IServiceCollection AddMediatorPipeline(this IServiceCollection services)
    {
        services.AddMediator((Mediator.MediatorOptions options) =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(ApplicationAssemblyMarker)];
            options.PipelineBehaviors =
            [
                typeof(LoggingBehavior<,>),
                typeof(ValidationBehavior<,>),
                typeof(WriteGenerationBehavior<,>),
            ];
        });
        return services;
    }
}
