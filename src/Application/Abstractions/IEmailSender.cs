namespace YearEndAdjustment.Application.Abstractions;

/// <summary>Sends mail (SMTP in production, a local outbox folder in the embedded default).</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
