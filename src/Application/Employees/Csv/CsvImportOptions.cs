using System.Globalization;

namespace YearEndAdjustment.Application.Employees.Csv;

/// <summary>
/// The one setting for how large a CSV upload may be (Csv:MaxImportBytes): the reader refuses larger files, and the web
/// host derives its request-body limits and the limit it shows from the same value.
/// </summary>
public sealed class CsvImportOptions
{
    public const string Section = "Csv";

    /// <summary>Largest accepted upload (ASVS 5.2.1). 50 MB holds about 300,000 employee rows.</summary>
    public long MaxImportBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>The limit as shown to people, in MB (1 MB = 1,048,576 bytes).</summary>
    public string MaxImportMegabytes => (MaxImportBytes / (1024d * 1024)).ToString("0.#", CultureInfo.InvariantCulture);
}
