namespace YearEndAdjustment.Domain.SharedKernel;

/// <summary>Base of every aggregate root: holds the domain events it recorded since it was loaded.</summary>
public abstract class AggregateRoot
{
    private readonly List<IDomainEvent> _domainEvents = [];

    /// <summary>Events recorded by behaviour methods; EF ignores this member.</summary>
    public IReadOnlyList<IDomainEvent> DomainEvents => _domainEvents;

    /// <summary>Records an event for later dispatch.</summary>
    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    /// <summary>Forgets the recorded events once they have been handled.</summary>
    public void ClearDomainEvents() => _domainEvents.Clear();
}
