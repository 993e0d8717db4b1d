namespace YearEndAdjustment.Application.Employees.Csv;

/// <summary>Creates CSV writers and tells which text an encoding cannot hold (Shift_JIS would otherwise write '?').</summary>
public interface ICsvFileWriterFactory
{
    ICsvFileWriter Create(Stream destination, CsvTextEncoding encoding);

    bool CanEncode(CsvTextEncoding encoding, string value);
}
