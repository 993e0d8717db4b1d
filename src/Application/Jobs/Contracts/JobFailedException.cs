namespace YearEndAdjustment.Application.Jobs.Contracts;

/// <summary>An expected reason to give up a job, with a stable code the progress page explains (not a crash).</summary>
public sealed class JobFailedException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
