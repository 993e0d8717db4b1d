using Microsoft.AspNetCore.Http.Features;

namespace YearEndAdjustment.Web.Uploads;

/// <summary>
/// Reads a multipart upload under size limits without letting an oversize body become a 500: the CSV pages'
/// <see cref="CsvUploadFilter"/> and the attachment endpoints both decide "too large" here, then answer with their
/// own message. Kestrel's request limit is lowered (or raised) to the upload's own before anything is read.
/// </summary>
public static class UploadBody
{
    /// <summary>
    /// Reads the form into the request's form feature, the file part limited to <paramref name="fileBytes"/> and the
    /// body to <paramref name="requestBytes"/> (an unknown-length body to <paramref name="drainBytes"/>); false when too large.
    /// </summary>
    public static async Task<bool> TryReadFormAsync(HttpContext http, long fileBytes, long requestBytes, long drainBytes)
    {
        ArgumentNullException.ThrowIfNull(http);
        var declared = http.Request.ContentLength;
        if (declared > requestBytes)
        {
            return false;
        }

        // A body of unknown length (chunked) may run up to drainBytes; the form reader stops the file at its limit.
        SetBodyLimit(http, declared is null ? drainBytes : requestBytes);
        var form = new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = fileBytes });
        http.Features.Set<IFormFeature>(form);
        try
        {
            await form.ReadFormAsync(http.RequestAborted);
            return true;
        }
        catch (InvalidDataException)
        {
            // A multipart section (the file) longer than the limit.
            return false;
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return false;
        }
    }

    /// <summary>
    /// After a refusal: reads the rest of the body (up to <paramref name="drainBytes"/>) so a browser still sending
    /// receives the answer instead of a reset connection, and leaves an empty form behind.
    /// </summary>
    public static async Task RefuseAsync(HttpContext http, long drainBytes)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!(http.Request.ContentLength > drainBytes))
        {
            SetBodyLimit(http, drainBytes);
            try
            {
                await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
            }
            catch (IOException)
            {
                // Over drainBytes after all (BadHttpRequestException is an IOException) or the client went away: the
                // server closes the connection, nothing else to do.
            }
        }

        http.Features.Set<IFormFeature>(new FormFeature(FormCollection.Empty));
    }

    private static void SetBodyLimit(HttpContext http, long bytes)
    {
        // Read-only once reading has started, and absent on servers without a limit (the test server).
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = bytes;
        }
    }
}
