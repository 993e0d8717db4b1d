namespace YearEndAdjustment.Web.Uploads;

/// <summary>
/// TempData keys through which the upload and remove endpoints tell the embedding page (after redirecting back to
/// it) what happened: the message and the field it belongs to, or the id of the file just attached.
/// </summary>
public static class AttachmentUploadResult
{
    public const string Error = "Attachment.Error";
    public const string Target = "Attachment.Target";
    public const string AddedId = "Attachment.AddedId";
}
