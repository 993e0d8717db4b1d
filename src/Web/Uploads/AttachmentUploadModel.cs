namespace YearEndAdjustment.Web.Uploads;

/// <summary>
/// What <c>_AttachmentUpload</c> needs: the year, where to come back to (a local URL of the embedding page) and a
/// short token naming the field it belongs to (e.g. the insurance line's entry id), so that with several upload
/// fields on one page the message appears next to the right one.
/// </summary>
/// With <c>LineEntryId</c> the uploaded file becomes that insurance line's certificate evidence.
public sealed record AttachmentUploadModel(int TaxYear, string ReturnUrl, string Target, Guid? LineEntryId = null);
