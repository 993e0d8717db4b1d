namespace YearEndAdjustment.Infrastructure.Csv;

internal sealed class CsvOptions
{
    public const string Section = "Csv";

    /// <summary>Largest accepted upload (ASVS 5.2.1). 50 MB holds about 300,000 employee rows.</summary>
    public long MaxImportBytes { get; set; } = 50L * 1024 * 1024;
}
