namespace YearEndAdjustment.Application.Employees.Csv;

/// <summary>
/// An opened upload: its detected encoding, a SHA-256 fingerprint of its bytes, its physical line count (for
/// progress) and its records (header first). <see cref="Records"/> parses afresh on every enumeration.
/// </summary>
public sealed record CsvDocument(CsvTextEncoding Encoding, string Fingerprint, long LineCount, IEnumerable<CsvRecord> Records);
