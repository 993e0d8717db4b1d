namespace YearEndAdjustment.Application.Exceptions;

/// <summary>The thing asked for does not exist in the current tenant (or is not the caller's to see): HTTP 404.</summary>
public sealed class NotFoundException(string message) : Exception(message);
