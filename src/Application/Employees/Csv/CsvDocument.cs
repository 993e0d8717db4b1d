namespace YearEndAdjustment.Application.Employees.Csv;

/// <summary>An opened upload: its detected encoding, a SHA-256 fingerprint of its bytes, and its records (header first).</summary>
public sealed record CsvDocument(CsvTextEncoding Encoding, string Fingerprint, IEnumerable<CsvRecord> Records);
