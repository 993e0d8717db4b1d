using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using YearEndAdjustment.Application.Abstractions;

namespace YearEndAdjustment.Infrastructure.Email;

/// <summary>Production mail through an SMTP relay (MailKit).</summary>
internal sealed class SmtpEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        using var client = new SmtpClient();
        var security = settings.SmtpSecurity switch
        {
            "None" => SecureSocketOptions.None,
            "SslOnConnect" => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(settings.SmtpHost, settings.SmtpPort, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUser))
        {
            await client.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword ?? "", cancellationToken);
        }

        await client.SendAsync(MimeMessages.Build(message, settings), cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}
