using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Declarations.Events;

public sealed record DeclarationSubmittedEvent(DeclarationId DeclarationId, EmployeeId EmployeeId, int TaxYear, DateTime SubmittedAtUtc) : IDomainEvent;
