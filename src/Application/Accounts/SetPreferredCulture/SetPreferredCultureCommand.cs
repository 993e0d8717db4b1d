using Mediator;

namespace YearEndAdjustment.Application.Accounts.SetPreferredCulture;

/// <summary>Remembers the signed-in user's language (ja/en) across browsers.</summary>
public sealed record SetPreferredCultureCommand(string Culture) : ICommand;
