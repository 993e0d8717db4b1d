namespace YearEndAdjustment.Application.Abstractions;

/// <summary>A plain-text mail. Subjects and bodies must not carry personal data beyond the recipient's own name.</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody);
