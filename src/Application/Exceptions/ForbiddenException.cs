namespace YearEndAdjustment.Application.Exceptions;

/// <summary>The caller is known but lacks the permission: HTTP 403.</summary>
public sealed class ForbiddenException(string message) : Exception(message);
