using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Employees;

/// <summary>
/// 個人番号 (My Number): 12 digits whose last digit is a check digit. The digits never leave this type by accident:
/// <see cref="ToString"/> is masked and there is no public property holding them, so serialisers, loggers and
/// string interpolation see only <c>****-****-9018</c>. <see cref="RevealDigits"/> is the one deliberate way out,
/// used by the encryption port and by the audited reveal use case.
/// </summary>
public sealed class MyNumber : IEquatable<MyNumber>
{
    public const int Length = 12;

    public static readonly RuleMessage Required = new("my_number.required", "個人番号を指定してください。");
    public static readonly RuleMessage NotTwelveDigits = new("my_number.not_twelve_digits", "個人番号は12桁の数字で入力してください。");
    public static readonly RuleMessage CheckDigitMismatch = new("my_number.check_digit", "個人番号の検査用数字が一致しません。番号を確認してください。");

    private readonly string _digits;

    private MyNumber(string digits) => _digits = digits;

    /// <summary>Parses 12 ASCII digits (callers normalise full-width digits and strip separators first).</summary>
    public static MyNumber Create(string? digits)
    {
        var problem = Check(digits);
        if (problem is not null)
        {
            throw new DomainRuleViolationException("my_number.invalid", problem);
        }

        return new MyNumber(digits!);
    }

    /// <summary>Null when the value is a valid My Number, otherwise a user-facing reason that never echoes the value.</summary>
    public static RuleMessage? Check(string? digits)
    {
        if (string.IsNullOrEmpty(digits))
        {
            return Required;
        }

        if (digits.Length != Length || !digits.All(char.IsAsciiDigit))
        {
            return NotTwelveDigits;
        }

        return ComputeCheckDigit(digits.AsSpan(0, Length - 1)) == digits[Length - 1] - '0'
            ? null
            : CheckDigitMismatch;
    }

    /// <summary>
    /// The check digit of the first 11 digits, by 行政手続における特定の個人を識別するための番号の利用等に関する法律施行令
    /// 第8条: with P(n) the n-th digit counted from the right of the 11 (n = 1..11) and Q(n) = n + 1 for n ≤ 6,
    /// n − 5 for n ≥ 7, the check digit is 0 when Σ P(n)·Q(n) mod 11 ≤ 1, otherwise 11 − (Σ mod 11).
    /// </summary>
    public static int ComputeCheckDigit(ReadOnlySpan<char> first11)
    {
        if (first11.Length != Length - 1)
        {
            throw new ArgumentException("11 digits are needed.", nameof(first11));
        }

        var sum = 0;
        for (var n = 1; n <= 11; n++)
        {
            var p = first11[11 - n] - '0';
            var q = n <= 6 ? n + 1 : n - 5;
            sum += p * q;
        }

        var remainder = sum % 11;
        return remainder <= 1 ? 0 : 11 - remainder;
    }

    /// <summary>The 12 digits in clear. Only encryption and the audited reveal use case call this.</summary>
    public string RevealDigits() => _digits;

    /// <summary>Masked: only the last four digits show, e.g. <c>****-****-9018</c>.</summary>
    public override string ToString() => $"****-****-{_digits[8..]}";

    public bool Equals(MyNumber? other) => other is not null && string.Equals(_digits, other._digits, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is MyNumber other && Equals(other);

    public override int GetHashCode() => _digits.GetHashCode(StringComparison.Ordinal);
}
