using YearEndAdjustment.Application.Declarations.Contracts;

namespace YearEndAdjustment.Web.Uploads;

/// <summary>The attachment endpoints' request limits, all derived from Attachments:MaxBytes (as <see cref="UploadLimits"/> is for CSV).</summary>
public sealed class AttachmentUploadLimits(AttachmentOptions options)
{
    /// <summary>The largest file.</summary>
    public long FileBytes => options.MaxBytes;

    /// <summary>The largest request body: the file plus its envelope (boundaries, token, return address).</summary>
    public long RequestBytes => FileBytes + UploadLimits.EnvelopeBytes;

    /// <summary>How much of a refused upload is still read and discarded so the browser gets the answer.</summary>
    public long DrainBytes => RequestBytes * 4;

    /// <summary>The limit as shown next to the field and in the message.</summary>
    public string Megabytes => options.MaxMegabytes;
}
