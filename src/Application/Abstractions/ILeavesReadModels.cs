namespace YearEndAdjustment.Application.Abstractions;

/// <summary>
/// A command that writes only bookkeeping no read model shows (a session's last activity): it does not move the
/// tenant's <see cref="TenantWriteGeneration"/>. Every other command does (ADR 0056).
/// </summary>
public interface ILeavesReadModels;
