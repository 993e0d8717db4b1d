namespace YearEndAdjustment.Domain.SharedKernel;

/// <summary>Something that happened inside an aggregate. Recorded, not yet dispatched (architecture section 6).</summary>
public interface IDomainEvent;
