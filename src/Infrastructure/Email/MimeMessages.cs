using MimeKit;
using YearEndAdjustment.Application.Abstractions;

namespace YearEndAdjustment.Infrastructure.Email;

internal static class MimeMessages
{
    /// <summary>
    /// MimeKit encodes headers itself, so a CR/LF smuggled into an address or subject cannot add headers
    /// (mail header injection, IPA 1.8); addresses are parsed, not concatenated.
    /// </summary>
    public static MimeMessage Build(EmailMessage message, EmailOptions options)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(options.FromName, options.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        mime.Body = new TextPart("plain") { Text = message.TextBody };
        return mime;
    }
}
