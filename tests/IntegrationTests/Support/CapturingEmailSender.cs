using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using YearEndAdjustment.Application.Abstractions;

namespace YearEndAdjustment.IntegrationTests.Support;

/// <summary>Keeps sent mails in memory (mail is a true external); the SMTP path has its own round-trip test.</summary>
public sealed partial class CapturingEmailSender : IEmailSender
{
    public ConcurrentQueue<EmailMessage> Sent { get; } = new();

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        Sent.Enqueue(message);
        return Task.CompletedTask;
    }

    public IReadOnlyList<EmailMessage> To(string address) => Sent.Where(m => m.To == address).ToList();

    /// <summary>The path and query of the set-password link in the newest mail to the address.</summary>
    public string LinkFor(string address)
    {
        var mail = To(address).LastOrDefault() ?? throw new InvalidOperationException($"No mail was sent to {address}.");
        return new Uri(LinkPattern().Match(mail.TextBody).Value).PathAndQuery;
    }

    [GeneratedRegex("https?://\\S+/account/set-password\\?token=[A-Za-z0-9_-]+")]
    private static partial Regex LinkPattern();
}
