using Mediator;

namespace YearEndAdjustment.Application.Declarations.ConfirmAssistedEdits;

/// <summary>
/// The signed-in employee confirms the edits an admin made on their behalf. <paramref name="Version"/> is the one the
/// list was shown with: an admin edit made since then is refused as stale, so nobody confirms what they did not see.
/// </summary>
public sealed record ConfirmAssistedEditsCommand(int TaxYear, int Version) : ICommand<int>;
