using System.Text;
using CsvHelper;
using YearEndAdjustment.Application.Employees.Csv;

namespace YearEndAdjustment.Infrastructure.Csv;

/// <summary>
/// UTF-8 goes straight to the stream (with a BOM for Excel when asked); Shift_JIS through a strict CP932
/// <see cref="StreamWriter"/>, which throws rather than write '?' for a character CP932 lacks (toolchain 3.5).
/// </summary>
internal sealed class CsvFileWriterFactory : ICsvFileWriterFactory
{
    public ICsvFileWriter Create(Stream destination, CsvTextEncoding encoding)
    {
        var options = CsvWriterOptions.Default with
        {
            Injection = CsvInjection.None, // cells arrive already neutralised by the application (CsvFormulaGuard, R-33)
            NewLine = "\r\n",
            ValidateFieldCount = true,
        };
        if (encoding == CsvTextEncoding.ShiftJis)
        {
            var text = new StreamWriter(destination, CsvEncodings.ShiftJis, bufferSize: 65536, leaveOpen: true);
            return new CsvFileWriter(CsvWriter.Create(text, options, leaveOpen: false));
        }

        return new CsvFileWriter(CsvWriter.Create(
            destination, options with { WriteByteOrderMark = encoding == CsvTextEncoding.Utf8WithBom }, leaveOpen: true));
    }

    public bool CanEncode(CsvTextEncoding encoding, string value)
    {
        if (encoding != CsvTextEncoding.ShiftJis || Ascii.IsValid(value))
        {
            return true;
        }

        try
        {
            CsvEncodings.ShiftJis.GetByteCount(value);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }
}
