namespace YearEndAdjustment.Application.Accounts.Contracts;

/// <summary>Why one request would be refused: its source line, the part concerned and a message without its values.</summary>
public sealed record AccountRequestProblem(long Line, AccountRequestField Field, string Message);
