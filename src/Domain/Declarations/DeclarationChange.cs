using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Declarations;

// One field-level change of a declaration's forms (who, path, old, new, when), written in the same transaction as
// the change itself. Append-only; My Numbers appear masked only.
public sealed class DeclarationChange : ITenantOwned
{
    public const int PathMaxLength = 200;
    public const int ValueMaxLength = 1000;

    private DeclarationChange()
    {
        Path = null!;
    }

    public Guid Id { get; private set; }

    public TenantId TenantId { get; private set; }

    public DeclarationId DeclarationId { get; private set; }

    public AccountId? ActorAccountId { get; private set; }

    public string Path { get; private set; }

    public string? OldValue { get; private set; }

    public string? NewValue { get; private set; }

    public DateTime OccurredAtUtc { get; private set; }

    // Made by an admin on the employee's behalf (assisted entry); the employee confirms such edits afterwards.
    public bool IsAssisted { get; private set; }

    // When the employee confirmed this assisted edit; null for an own edit or one still awaiting confirmation.
    public DateTime? ConfirmedAtUtc { get; private set; }

    internal static DeclarationChange Record(TenantId tenantId, DeclarationId declarationId, AccountId? actor, DeclarationFieldChange change, DateTime occurredAtUtc, bool assisted = false) => new()
    {
        IsAssisted = assisted,
        Id = Guid.CreateVersion7(),
        TenantId = tenantId,
        DeclarationId = declarationId,
        ActorAccountId = actor,
        Path = Clip(change.Path, PathMaxLength)!,
        OldValue = Clip(change.OldValue, ValueMaxLength),
        NewValue = Clip(change.NewValue, ValueMaxLength),
        OccurredAtUtc = occurredAtUtc,
    };

    internal void Confirm(DateTime nowUtc)
    {
        if (IsAssisted && ConfirmedAtUtc is null)
        {
            ConfirmedAtUtc = nowUtc;
        }
    }

    private static string? Clip(string? value, int length) => value is { } text && text.Length > length ? text[..length] : value;
}
