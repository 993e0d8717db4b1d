namespace YearEndAdjustment.Application.Outputs.Support;

/// <summary>A rendered slip. The page names the file from the year only, so no personal data reaches a header.</summary>
public sealed record SlipFile(byte[] Content, bool HasMyNumbers)
{
    public const string ContentType = "application/pdf";
}
