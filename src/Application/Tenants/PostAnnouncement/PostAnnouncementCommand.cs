using Mediator;

namespace YearEndAdjustment.Application.Tenants.PostAnnouncement;

/// <summary>Operator command: a notice for every tenant, or the one <paramref name="Slug"/> names, shown from/to (Japan dates).</summary>
public sealed record PostAnnouncementCommand(string Title, string Body, string? Slug, DateOnly From, DateOnly To) : ICommand<Guid>;
