using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Accounts.Contracts;

/// <summary>
/// One user ID from another module's bulk input (the employee CSV, R-10): create it if missing; disable it when the
/// person has left. <see cref="Line"/> is the source line, for error messages. <see cref="EmployeeId"/> is the
/// employee the ID belongs to (null while that employee is not registered yet, as in a preview).
/// </summary>
public sealed record AccountRequest(
    long Line, LoginId LoginId, string DisplayName, string? Email, AccountRole Role, string? InitialPassword, bool HasLeft,
    EmployeeId? EmployeeId = null);
