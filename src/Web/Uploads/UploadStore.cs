using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Web.Pages;

namespace YearEndAdjustment.Web.Uploads;

/// <summary>
/// Holds an uploaded CSV between the preview and the confirm step, so the admin does not upload it twice. The bytes
/// are kept in the database (ADR 0046), so the confirm may reach another node than the preview did; an upload is
/// named by a random id (never by user input), readable only in its tenant and by the account that sent it, and is
/// deleted after confirming or, by the retention job, after two hours.
/// </summary>
public sealed partial class UploadStore(IPendingUploadStore store, ICurrentUser currentUser)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromHours(2);

    private string Owner => currentUser.AccountId?.Value.ToString() ?? "";

    public async Task<string> SaveAsync(Guid tenantId, Stream content, CancellationToken cancellationToken) =>
        (await store.SaveAsync(new TenantId(tenantId), Owner, content, KeepFor, cancellationToken)).ToString("N");

    /// <summary>The stored upload, or null for an unknown, expired, another account's or malformed id (ids are never paths).</summary>
    public async Task<Stream?> OpenAsync(Guid tenantId, string? id, CancellationToken cancellationToken = default) =>
        ParseId(id) is { } key && await store.ReadAsync(new TenantId(tenantId), Owner, key, cancellationToken) is { } bytes
            ? new MemoryStream(bytes, writable: false)
            : null;

    public async Task<bool> ExistsAsync(Guid tenantId, string? id, CancellationToken cancellationToken = default) =>
        ParseId(id) is { } key && await store.ExistsAsync(new TenantId(tenantId), Owner, key, cancellationToken);

    public async Task DeleteAsync(Guid tenantId, string? id, CancellationToken cancellationToken = default)
    {
        if (ParseId(id) is { } key)
        {
            await store.DeleteAsync(new TenantId(tenantId), key, cancellationToken);
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

        return await PreviewStoredAsync(tenantId, id, form, preview, cancellationToken) ? id : null;
    }

    /// <summary>Runs the preview over an upload already kept; deletes it unless the preview accepts it.</summary>
    public async Task<bool> PreviewStoredAsync(Guid tenantId, string id, ModelStateDictionary form, Func<Stream, Task<bool>> preview, CancellationToken cancellationToken = default)
    {
        var accepted = false;
        await using (var stored = await OpenAsync(tenantId, id, cancellationToken))
        {
            if (stored is not null)
            {
                await form.TryAsync(async () => accepted = await preview(stored));
            }
        }

        if (!accepted)
        {
            await DeleteAsync(tenantId, id, cancellationToken);
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
        await using (var stored = await OpenAsync(tenantId, id))
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

        await DeleteAsync(tenantId, id);
        return true;
    }

    private static Guid? ParseId(string? id) =>
        id is not null && IdPattern().IsMatch(id) ? Guid.ParseExact(id, "N") : null;

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex IdPattern();
}
