using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Web.Pages;

namespace YearEndAdjustment.Web.Uploads;

/// <summary>
/// Holds an uploaded CSV between the preview and the confirm step, so the admin does not upload it twice. Files live
/// under Uploads:Folder/{tenant}/ with owner-only permissions, are named by a random id (never by user input) and
/// are deleted after confirming or after two hours.
/// </summary>
public sealed partial class UploadStore(IConfiguration configuration, TimeProvider clock)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromHours(2);

    private string Root => Path.GetFullPath(configuration["Uploads:Folder"] ?? "data/uploads");

    public async Task<string> SaveAsync(Guid tenantId, Stream content, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Root, tenantId.ToString("N"));
        Directory.CreateDirectory(folder);
        Sweep(folder);
        var id = Guid.NewGuid().ToString("N");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using var file = new FileStream(Path.Combine(folder, id + ".upload"), options);
        await content.CopyToAsync(file, cancellationToken);
        return id;
    }

    /// <summary>The stored upload, or null for an unknown, expired or malformed id (ids are never paths).</summary>
    public Stream? Open(Guid tenantId, string? id)
    {
        if (id is null || !IdPattern().IsMatch(id))
        {
            return null;
        }

        var path = Path.Combine(Root, tenantId.ToString("N"), id + ".upload");
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read) : null;
    }

    public bool Exists(Guid tenantId, string? id) =>
        id is not null && IdPattern().IsMatch(id) && File.Exists(Path.Combine(Root, tenantId.ToString("N"), id + ".upload"));

    public void Delete(Guid tenantId, string? id)
    {
        if (id is not null && IdPattern().IsMatch(id))
        {
            File.Delete(Path.Combine(Root, tenantId.ToString("N"), id + ".upload"));
        }
    }

    /// <summary>
    /// Why a posted file cannot even be previewed: none chosen (browsers post an empty, unnamed part) or an empty
    /// file (named, zero bytes); null when there is something to read.
    /// </summary>
    public static string? Missing(IFormFile? file, string noFileMessage, string emptyFileMessage) =>
        file is null || (file.Length == 0 && string.IsNullOrEmpty(file.FileName)) ? noFileMessage
        : file.Length == 0 ? emptyFileMessage
        : null;

    /// <summary>
    /// The preview step: keeps the upload and runs <paramref name="preview"/> over it, which says whether the file
    /// can go on to the confirm step. Returns the upload's id, or null when there was no file or the preview refused
    /// it (its errors are in <paramref name="form"/> or the preview); a refused upload is deleted at once.
    /// </summary>
    public async Task<string?> PreviewAsync(
        Guid tenantId, IFormFile? file, ModelStateDictionary form, string noFileMessage, string emptyFileMessage,
        Func<Stream, Task<bool>> preview, CancellationToken cancellationToken)
    {
        if (Missing(file, noFileMessage, emptyFileMessage) is { } missing)
        {
            form.AddModelError("file", missing);
            return null;
        }

        string id;
        await using (var upload = file!.OpenReadStream())
        {
            id = await SaveAsync(tenantId, upload, cancellationToken);
        }

        return await PreviewStoredAsync(tenantId, id, form, preview) ? id : null;
    }

    /// <summary>Runs the preview over an upload already kept; deletes it unless the preview accepts it.</summary>
    public async Task<bool> PreviewStoredAsync(Guid tenantId, string id, ModelStateDictionary form, Func<Stream, Task<bool>> preview)
    {
        var accepted = false;
        await using (var stored = Open(tenantId, id))
        {
            if (stored is not null)
            {
                await form.TryAsync(async () => accepted = await preview(stored));
            }
        }

        if (!accepted)
        {
            Delete(tenantId, id);
        }

        return accepted;
    }

    /// <summary>
    /// The confirm step: runs <paramref name="confirm"/> over the kept upload. False when the upload expired or the
    /// use case refused it (the reason is in <paramref name="form"/>); the upload is deleted only once applied.
    /// </summary>
    public async Task<bool> ConfirmAsync(
        Guid tenantId, string? id, ModelStateDictionary form, string expiredMessage, Func<Stream, Task<IReadOnlyList<CsvImportIssue>?>> confirm)
    {
        IReadOnlyList<CsvImportIssue>? refused = null;
        await using (var stored = Open(tenantId, id))
        {
            if (stored is null)
            {
                form.AddModelError("", expiredMessage);
                return false;
            }

            if (!await form.TryAsync(async () => refused = await confirm(stored)))
            {
                return false;
            }
        }

        if (refused is not null)
        {
            foreach (var issue in refused)
            {
                form.AddModelError("", issue.ToString());
            }

            return false;
        }

        Delete(tenantId, id);
        return true;
    }

    private void Sweep(string folder)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime - KeepFor;
        foreach (var old in new DirectoryInfo(folder).EnumerateFiles("*.upload").Where(f => f.LastWriteTimeUtc < cutoff))
        {
            old.Delete();
        }
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex IdPattern();
}
