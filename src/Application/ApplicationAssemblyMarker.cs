namespace YearEndAdjustment.Application;

/// <summary>Anchors assembly scanning (Mediator, FluentValidation). Not named AssemblyReference: the generator emits one.</summary>
public sealed class ApplicationAssemblyMarker;
