using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using YearEndAdjustment.Application.Declarations.Contracts;
using YearEndAdjustment.Application.Resources;

namespace YearEndAdjustment.Infrastructure.Certificates;

// 電子的控除証明書 reader (ADR 0044). Security first: a DOCTYPE is refused by a byte scan before any parser sees the file,
// and the parser itself prohibits DTDs and resolves nothing (XXE, billion laughs). A ZIP (what マイナポータル hands
// out) is opened with limits on entries and sizes, read entry by entry with a bounded copy (zip bombs).
internal sealed class DeductionCertificateReader : IDeductionCertificateReader
{
    public const int MaxXmlBytes = 512 * 1024;
    public const int MaxZipBytes = 4 * 1024 * 1024;
    public const int MaxZipEntries = 50;

    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    public CertificateReadResult Read(string fileName, byte[] content)
    {
        var certificates = new List<DeductionCertificate>();
        var problems = new List<CertificateProblem>();
        if (content.AsSpan().StartsWith(ZipMagic))
        {
            ReadZip(fileName, content, certificates, problems);
        }
        else
        {
            ReadXml(fileName, content, certificates, problems);
        }

        return new CertificateReadResult(certificates, problems);
    }

    private static void ReadZip(string fileName, byte[] content, List<DeductionCertificate> certificates, List<CertificateProblem> problems)
    {
        if (content.Length > MaxZipBytes)
        {
            problems.Add(Problem(fileName, MessageKeys.CertificateTooLarge, MaxZipBytes / 1024));
            return;
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            var entries = zip.Entries.Where(e => !e.FullName.EndsWith('/')).ToList();
            if (entries.Count > MaxZipEntries)
            {
                problems.Add(Problem(fileName, MessageKeys.CertificateZipTooMany, MaxZipEntries));
                return;
            }

            foreach (var entry in entries)
            {
                var name = $"{fileName}/{entry.FullName}";
                if (!entry.Name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
                {
                    // The bundle may carry style sheets or signatures' companions; only XML files are certificates.
                    continue;
                }

                var bytes = ReadBounded(entry);
                if (bytes is null)
                {
                    problems.Add(Problem(name, MessageKeys.CertificateTooLarge, MaxXmlBytes / 1024));
                    continue;
                }

                ReadXml(name, bytes, certificates, problems);
            }
        }
        catch (InvalidDataException)
        {
            problems.Add(Problem(fileName, MessageKeys.CertificateZipUnreadable));
        }
    }

    // The declared length of an entry can lie; the copy stops one byte past the limit whatever it says.
    private static byte[]? ReadBounded(ZipArchiveEntry entry)
    {
        if (entry.Length > MaxXmlBytes)
        {
            return null;
        }

        using var source = entry.Open();
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = source.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxXmlBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static void ReadXml(string fileName, byte[] content, List<DeductionCertificate> certificates, List<CertificateProblem> problems)
    {
        if (content.Length > MaxXmlBytes)
        {
            problems.Add(Problem(fileName, MessageKeys.CertificateTooLarge, MaxXmlBytes / 1024));
            return;
        }

        if (HasDoctype(content))
        {
            problems.Add(Problem(fileName, MessageKeys.CertificateDtdRefused));
            return;
        }

        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(content), Settings());
            document = XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException)
        {
            problems.Add(Problem(fileName, MessageKeys.CertificateMalformed));
            return;
        }

        var root = document.Root!;
        var schema = CertificateSchema.All.FirstOrDefault(s => s.FormId == root.Name.LocalName);
        if (schema is null || root.Name.NamespaceName != CertificateSchema.KyotsuNamespace)
        {
            problems.Add(Problem(fileName, MessageKeys.CertificateForeign));
            return;
        }

        var issuer = Text(root.Descendants().FirstOrDefault(e => e.Name.LocalName == schema.IssuerElement));
        var holder = Text(root.Descendants().FirstOrDefault(e => e.Name.LocalName == schema.HolderElement));
        var contracts = root.Descendants().Where(e => e.Name.LocalName == schema.ContractElement).ToList();
        if (contracts.Count == 0)
        {
            // TEG840/850 may put the amounts directly under the root.
            contracts.Add(root);
        }

        var amounts = new List<CertificateAmount>();
        int? year = null;
        foreach (var contract in contracts)
        {
            year ??= YearOf(contract.Descendants().FirstOrDefault(e => e.Name.LocalName == schema.YearElement));
            var number = schema.ContractNumberElement is { } n ? Text(contract.Descendants().FirstOrDefault(e => e.Name.LocalName == n)) : null;
            var kind = schema.InsuranceKindElement is { } k ? Text(contract.Descendants().FirstOrDefault(e => e.Name.LocalName == k)) : null;
            foreach (var (element, lineKind) in schema.Amounts)
            {
                var value = Amount(contract.Descendants().FirstOrDefault(e => e.Name.LocalName == element));
                if (value is > 0)
                {
                    amounts.Add(new CertificateAmount(Refine(schema, root, lineKind), value.Value, Empty(number), Empty(kind)));
                }
            }
        }

        if (year is null || amounts.Count == 0)
        {
            problems.Add(Problem(fileName, MessageKeys.CertificateNoAmount));
            return;
        }

        certificates.Add(new DeductionCertificate(fileName, schema.Form, content, issuer, holder, year.Value, amounts));
    }

    private static CertificateLineKind Refine(CertificateSchema schema, XElement root, CertificateLineKind kind) =>
        schema.Form == CertificateForm.NationalPension
        && Text(root.Descendants().FirstOrDefault(e => e.Name.LocalName == CertificateSchema.NationalPensionKindElement)) == "2"
            ? CertificateLineKind.NationalPensionFund
            : kind;

    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        MaxCharactersInDocument = MaxXmlBytes,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    // A DOCTYPE in any encoding the parser would accept starts with ASCII "<!DOCTYPE" (UTF-8) or its UTF-16 form.
    private static bool HasDoctype(byte[] content)
    {
        var text = content.Length >= 2 && (content[0] == 0xFF || content[0] == 0xFE)
            ? Encoding.Unicode.GetString(content)
            : Encoding.Latin1.GetString(content);
        return text.Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase) || text.Contains("<!ENTITY", StringComparison.OrdinalIgnoreCase);
    }

    // gen:yyyy as era + yy children (gen era codes: 4 平成, 5 令和), or a plain 4-digit year.
    private static int? YearOf(XElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var era = element.Elements().FirstOrDefault(e => e.Name.LocalName == "era");
        var yy = element.Elements().FirstOrDefault(e => e.Name.LocalName == "yy");
        if (era is not null && yy is not null && int.TryParse(yy.Value.Trim(), CultureInfo.InvariantCulture, out var eraYear))
        {
            return era.Value.Trim() switch
            {
                "5" => 2018 + eraYear,
                "4" => 1988 + eraYear,
                _ => null,
            };
        }

        return int.TryParse(element.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is > 1900 and < 2200 ? year : null;
    }

    private static long? Amount(XElement? element) =>
        element is not null && long.TryParse(element.Value.Trim().Replace(",", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    private static string Text(XElement? element) => element?.Value.Trim() ?? "";

    private static string? Empty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static CertificateProblem Problem(string fileName, string key, params object[] arguments) =>
        new(fileName, key, [fileName, .. arguments]);
}
