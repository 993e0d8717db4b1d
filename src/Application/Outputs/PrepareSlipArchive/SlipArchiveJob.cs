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
/// slips are loaded a batch at a time and rendered one at a time into a temporary file on this node, which is then cut
/// into parts in the job file store, so memory holds one batch and one part whatever the head count. A takeover drops
/// the earlier attempt's parts and starts again. A result that turns stale while the job runs fails the job (the admin recalculates and asks again).
/// </summary>
public sealed class SlipArchiveJob(
    IAppDbContext db, ICurrentUser currentUser, SlipLoader loader, IWithholdingSlipPdfRenderer renderer, IJobFileStore files) : IBackgroundJobHandler
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

        List<EmployeeId> ids;
        try
        {
            await OutputScope.RequireCurrentAsync(db, currentUser, payload.Year, cancellationToken);
            ids = await OutputScope.EmployeeIdsAsync(db, currentUser, payload.Year, cancellationToken);
        }
        catch (Exception ex) when (ex is DomainRuleViolationException or Exceptions.NotFoundException)
        {
            throw new JobFailedException(MessageKeys.SlipsStale, "The results changed before the archive started.");
        }

        await files.RemoveAsync(context.JobId, cancellationToken);
        var path = Path.GetTempFileName();
        await using var temp = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        await WriteArchiveAsync(context, payload.Year, ids, temp, cancellationToken);

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
        return new SlipArchiveSummary(payload.Year, ids.Count, temp.Length).ToJson();
    }

    private async Task WriteArchiveAsync(BackgroundJobContext context, int year, List<EmployeeId> ids, FileStream temp, CancellationToken cancellationToken)
    {
        context.Report(RenderingStage, 0, ids.Count);
        using var zip = new ZipArchive(temp, ZipArchiveMode.Create, leaveOpen: true);
        using var pdf = new MemoryStream();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var done = 0;
        foreach (var batch in ids.Chunk(SlipLoader.BatchSize))
        {
            List<LoadedSlip> loaded;
            try
            {
                loaded = await loader.LoadBatchAsync(batch, year, cancellationToken);
            }
            catch (Exception ex) when (ex is DomainRuleViolationException or Exceptions.NotFoundException)
            {
                throw new JobFailedException(MessageKeys.SlipsStale, "A result changed while the archive was being made.");
            }

            foreach (var slip in loaded)
            {
                pdf.SetLength(0);
                renderer.RenderEmployeeCopy(slip.Slip, pdf);

                // Already compressed inside the PDF (fonts and content streams): storing saves the CPU a second pass costs.
                var entry = zip.CreateEntry(EntryName(slip.Employee.Number.Value, year, names), CompressionLevel.NoCompression);
                await using (var target = await entry.OpenAsync(cancellationToken))
                {
                    pdf.Position = 0;
                    await pdf.CopyToAsync(target, cancellationToken);
                }

                if (++done % 50 == 0 || done == ids.Count)
                {
                    context.Report(RenderingStage, done, ids.Count);
                }
            }
        }
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
