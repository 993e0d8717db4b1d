using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using YearEndAdjustment.Application.Abstractions;

namespace YearEndAdjustment.IntegrationTests.Support;

/// <summary>Keeps sent mails in memory (mail is a true external); the SMTP path has its own round-trip test.</summary>
public sealed partial class CapturingEmailSender : IEmailSender
{
    private readonly ConcurrentDictionary<string, int> _failures = new(StringComparer.Ordinal);

    public ConcurrentQueue<EmailMessage> Sent { get; } = new();

    /// <summary>Send attempts made to each address, delivered or not.</summary>
    public ConcurrentDictionary<string, int> Attempts { get; } = new(StringComparer.Ordinal);

    /// <summary>The next <paramref name="times"/> sends to <paramref name="address"/> fail, as a relay refusing them would.</summary>
    public void FailNext(string address, int times) => _failures[address] = times;

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        Attempts.AddOrUpdate(message.To, 1, (_, n) => n + 1);
        if (_failures.TryGetValue(message.To, out var left) && left > 0)
        {
            _failures[message.To] = left - 1;
            throw new IOException("The relay refused the message.");
        }

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
