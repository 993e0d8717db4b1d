using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Jobs.Contracts;
using YearEndAdjustment.Application.Outputs.Contracts;
using YearEndAdjustment.Application.Outputs.Support;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Jobs;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Outputs.PrepareSlipArchive;

/// <summary>
/// Renders every employee copy (受給者交付用, never a My Number) of the requester's scope into one ZIP (ADR 0047): the
/// slips come a key range at a time from the stored figures (ADR 0052), are rendered on every core a bounded window
/// ahead and written as entries in order into a temporary file on this node, which is then cut into parts in the job
/// file store, so memory holds one batch, the window's PDFs and one part whatever the head count. A takeover drops
/// the earlier attempt's parts and starts again. A result that turns stale while the job runs fails the job (the admin recalculates and asks again).
/// </summary>
public sealed class SlipArchiveJob(
    IAppDbContext db, ICurrentUser currentUser, YearSlipReader reader, IWithholdingSlipPdfRenderer renderer, IJobFileStore files) : IBackgroundJobHandler
{
    public const string RenderingStage = "slips.rendering";
    public const string StoringStage = "slips.storing";
    public const string ForbiddenCode = "slips.archive_forbidden";

    // Characters some file system refuses (Windows' set, whatever this node runs on).
    private static readonly HashSet<char> Invalid = ['\\', '/', ':', '*', '?', '"', '<', '>', '|'];

    public string Kind => SlipArchivePayload.Kind;

    public async Task<string?> RunAsync(BackgroundJobContext context, CancellationToken cancellationToken)
    {
        var payload = SlipArchivePayload.FromJson(context.Payload);
        if (!currentUser.Has(Permission.ExportData))
        {
            // The requester's rights now, not when they clicked (ADR 0032).
            throw new JobFailedException(ForbiddenCode, "The requester may no longer export data.");
        }

        int count;
        try
        {
            await OutputScope.RequireCurrentAsync(db, currentUser, payload.Year, cancellationToken);
            count = await reader.CountAsync(currentUser, payload.Year, cancellationToken);
        }
        catch (Exception ex) when (ex is DomainRuleViolationException or Exceptions.NotFoundException)
        {
            throw new JobFailedException(MessageKeys.SlipsStale, "The results changed before the archive started.");
        }

        await files.RemoveAsync(context.JobId, cancellationToken);
        var path = Path.GetTempFileName();
        await using var temp = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        await WriteArchiveAsync(context, payload.Year, count, temp, cancellationToken);

        temp.Position = 0;
        context.Report(StoringStage, 0, temp.Length);
        var buffer = new byte[IJobFileStore.PartSize];
        var sequence = 0;
        int read;
        while ((read = await temp.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken)) > 0)
        {
            await files.AppendAsync(context.JobId, sequence++, buffer.AsMemory(0, read), cancellationToken);
            context.Report(StoringStage, temp.Position, temp.Length);
        }

        await RemoveEarlierArchivesAsync(context.JobId, payload.Year, cancellationToken);
        return new SlipArchiveSummary(payload.Year, count, temp.Length).ToJson();
    }

    private async Task WriteArchiveAsync(BackgroundJobContext context, int year, int count, FileStream temp, CancellationToken cancellationToken)
    {
        context.Report(RenderingStage, 0, count);
        using var zip = new ZipArchive(temp, ZipArchiveMode.Create, leaveOpen: true);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var done = 0;

        // Rendering is CPU-bound and independent per slip: a window of renders runs on the thread pool while the
        // oldest is written, and the next batch is read while the window drains, so every core renders and the
        // entries keep the employee-number order. The window bounds memory (a PDF is ~70 KB).
        var window = new Queue<(string Number, Task<byte[]> Pdf)>();
        var width = Math.Max(2, Environment.ProcessorCount * 2);
        try
        {
            await foreach (var batch in reader.BatchesAsync(currentUser, year, readAhead: false, cancellationToken))
            {
                foreach (var slip in batch)
                {
                    var model = slip.Slip;
                    window.Enqueue((slip.Employee.Number.Value, Task.Run(() => Render(model), cancellationToken)));
                    if (window.Count >= width)
                    {
                        await WriteOldestAsync();
                    }
                }
            }

            while (window.Count > 0)
            {
                await WriteOldestAsync();
            }
        }
        catch (Exception ex) when (ex is DomainRuleViolationException or Exceptions.NotFoundException)
        {
            throw new JobFailedException(MessageKeys.SlipsStale, "A result changed while the archive was being made.");
        }
        finally
        {
            // Nothing is left running on a failure: the renders hold no state, but their exceptions must be observed.
            await Task.WhenAll(window.Select(w => w.Pdf)).ContinueWith(static _ => { }, TaskScheduler.Default);
        }

        async Task WriteOldestAsync()
        {
            var (number, pending) = window.Dequeue();
            var pdf = await pending;

            // Already compressed inside the PDF (fonts and content streams): storing saves the CPU a second pass costs.
            var entry = zip.CreateEntry(EntryName(number, year, names), CompressionLevel.NoCompression);
            await using (var target = await entry.OpenAsync(cancellationToken))
            {
                await target.WriteAsync(pdf, cancellationToken);
            }

            if (++done % 50 == 0 || done == count)
            {
                context.Report(RenderingStage, done, count);
            }
        }
    }

    private byte[] Render(Domain.Outputs.WithholdingSlip slip)
    {
        using var pdf = new MemoryStream(96 * 1024);
        renderer.RenderEmployeeCopy(slip, pdf);
        return pdf.ToArray();
    }

    // The employee number names the file (what payroll files by); characters a file system refuses become '_'.
    private static string EntryName(string employeeNumber, int year, HashSet<string> taken)
    {
        var safe = new string([.. employeeNumber.Select(c => Invalid.Contains(c) || char.IsControl(c) ? '_' : c)]);
        var name = $"{year}_{safe}.pdf";
        for (var n = 2; !taken.Add(name); n++)
        {
            name = $"{year}_{safe}_{n}.pdf";
        }

        return name;
    }

    // A newer archive of the same admin and year replaces the older ones: one copy of everyone's income is enough.
    private async Task RemoveEarlierArchivesAsync(Guid jobId, int year, CancellationToken cancellationToken)
    {
        var me = currentUser.RequireAccount();
        var key = SlipArchivePayload.ConcurrencyKeyFor(year, me);
        var earlier = await db.BackgroundJobs.AsNoTracking()
            .Where(j => j.ConcurrencyKey == key && j.Id != jobId && j.State == BackgroundJobState.Succeeded)
            .Select(j => j.Id)
            .ToListAsync(cancellationToken);
        foreach (var id in earlier)
        {
            await files.RemoveAsync(id, cancellationToken);
        }
    }
}
