namespace YearEndAdjustment.Domain.Declarations;

public enum DeclaredMyNumberState
{
    // Entered and protected (ciphertext + lookup, ADR 0020).
    Provided,

    // Left off because the payer keeps it on its ledger already (番号の記載省略, NTA FAQ 1-3-1 to 1-3-3).
    OnLedger,

    // Entered with a wrong check digit: the digits were dropped, the blocking check asks for them again.
    Invalid,
}
