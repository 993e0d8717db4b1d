using YearEndAdjustment.Domain.Employees;

namespace YearEndAdjustment.Domain.Declarations;

// A My Number as a declaration holds it: never clear digits. Compared by the keyed lookup, so re-entering the
// same number is no change.
public sealed record DeclaredMyNumber(DeclaredMyNumberState State, ProtectedMyNumber? Value)
{
    public const string MaskedProvided = "****-****-****";

    public static DeclaredMyNumber Provided(ProtectedMyNumber value) => new(DeclaredMyNumberState.Provided, value);

    public static DeclaredMyNumber OnLedger() => new(DeclaredMyNumberState.OnLedger, null);

    public static DeclaredMyNumber Invalid() => new(DeclaredMyNumberState.Invalid, null);

    // What history and screens show: never a digit.
    public string Masked => State switch
    {
        DeclaredMyNumberState.Provided => MaskedProvided,
        DeclaredMyNumberState.OnLedger => "記載省略(提出済み)",
        _ => "検査用数字が不一致",
    };

    // Identity for change detection: the lookup, not the ciphertext (a new nonce each time).
    public string Fingerprint => State == DeclaredMyNumberState.Provided ? $"P:{Value?.Lookup}" : State.ToString();
}
