using Microsoft.Extensions.Options;
using YearEndAdjustment.Application.Abstractions;

namespace YearEndAdjustment.Infrastructure.Email;

/// <summary>
/// The embedded default: each mail becomes an .eml file in <see cref="EmailOptions.OutboxFolder"/>, so a new user can
/// follow invitation and reset links without a mail server (README). Files are readable by the owner only.
/// </summary>
internal sealed class OutboxEmailSender(IOptions<EmailOptions> options, TimeProvider clock) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var folder = Path.GetFullPath(options.Value.OutboxFolder);
        Directory.CreateDirectory(folder);
        var name = $"{clock.GetUtcNow():yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():N}.eml";
        var path = Path.Combine(folder, name);
        var mime = MimeMessages.Build(message, options.Value);
        var fileOptions = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            fileOptions.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var file = new FileStream(path, fileOptions))
        {
            await mime.WriteToAsync(file, cancellationToken);
        }
    }
}
