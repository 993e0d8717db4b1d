namespace YearEndAdjustment.Infrastructure.Email;

internal sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary><c>Outbox</c> (embedded default: .eml files in a folder) or <c>Smtp</c>.</summary>
    public string Mode { get; set; } = "Outbox";

    public string OutboxFolder { get; set; } = "data/outbox";

    public string From { get; set; } = "no-reply@localhost";

    public string FromName { get; set; } = "年末調整クラウド";

    public string SmtpHost { get; set; } = "localhost";

    public int SmtpPort { get; set; } = 25;

    /// <summary><c>None</c>, <c>StartTls</c> or <c>SslOnConnect</c>.</summary>
    public string SmtpSecurity { get; set; } = "StartTls";

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }
}
