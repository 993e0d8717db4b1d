using Microsoft.Extensions.Options;
using YearEndAdjustment.Application.Employees.Csv;

namespace YearEndAdjustment.Web.Uploads;

/// <summary>
/// The request limits of the CSV upload pages, all derived from Csv:MaxImportBytes so that the limit the page shows,
/// the limit the server enforces and the limit the CSV reader enforces cannot drift apart.
/// </summary>
public sealed class UploadLimits(IOptions<CsvImportOptions> options)
{
    /// <summary>Room for the multipart boundaries and the form's other fields (antiforgery token, tax year).</summary>
    public const long EnvelopeBytes = 64 * 1024;

    /// <summary>The largest file.</summary>
    public long FileBytes => options.Value.MaxImportBytes;

    /// <summary>The largest request body: the file plus its envelope.</summary>
    public long RequestBytes => FileBytes + EnvelopeBytes;

    /// <summary>
    /// How much of a refused upload is still read (and discarded) so the browser, which is still sending, receives the
    /// answer instead of a reset connection. Larger bodies are cut off.
    /// </summary>
    public long DrainBytes => RequestBytes * 4;

    /// <summary>The limit as shown on the pages and in the message.</summary>
    public string Megabytes => options.Value.MaxImportMegabytes;
}
