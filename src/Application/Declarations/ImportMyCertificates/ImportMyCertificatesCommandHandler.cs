using System.Security.Cryptography;
using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Declarations.Contracts;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Declarations.ImportMyCertificates;

public sealed class ImportMyCertificatesCommandHandler(
    IAppDbContext db,
    ICurrentUser currentUser,
    ITenantContext tenant,
    IAttachmentStore store,
    IDeductionCertificateReader reader,
    TimeProvider clock) : ICommandHandler<ImportMyCertificatesCommand, ImportCertificatesResult>
{
    // A ZIP of certificates is read whole; this bounds what one request holds in memory.
    private const long MaxUploadBytes = 4 * 1024 * 1024;

    public async ValueTask<ImportCertificatesResult> Handle(ImportMyCertificatesCommand command, CancellationToken cancellationToken)
    {
        var employeeId = await MyDeclarations.RequireEmployeeAsync(db, currentUser, cancellationToken);
        var employee = await db.Employees.Where(e => e.Id == employeeId).Select(e => new { e.Name, e.NameKana }).SingleAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var declaration = await MyDeclarations.FindAsync(db, employeeId, command.TaxYear, cancellationToken);
        if (declaration is null)
        {
            declaration = Declaration.Create(tenant.TenantId ?? TenantId.None, employeeId, new TaxYear(command.TaxYear), null, now);
            db.Declarations.Add(declaration);
        }

        var refused = new List<CertificateRefusal>();
        var accepted = new List<(DeductionCertificate Certificate, Attachment Attachment)>();
        foreach (var file in command.Files)
        {
            var content = await ReadAtMostAsync(file.Content, MaxUploadBytes, cancellationToken);
            if (content is null)
            {
                refused.Add(new CertificateRefusal(file.FileName, Messages.Get(MessageKeys.CertificateTooLarge, file.FileName, MaxUploadBytes / 1024)));
                continue;
            }

            var read = reader.Read(file.FileName, content);
            refused.AddRange(read.Problems.Select(p => new CertificateRefusal(p.FileName, Messages.Get(p.MessageKey, [.. p.Arguments]))));
            foreach (var certificate in read.Certificates)
            {
                // A certificate of another person or year is refused with its reason; nothing of it is stored.
                if (certificate.Year != command.TaxYear)
                {
                    refused.Add(new CertificateRefusal(certificate.FileName, Messages.Get(MessageKeys.CertificateWrongYear, certificate.FileName, certificate.Year, command.TaxYear)));
                    continue;
                }

                if (!SamePerson(certificate.HolderName, employee.Name, employee.NameKana))
                {
                    refused.Add(new CertificateRefusal(certificate.FileName, Messages.Get(MessageKeys.CertificateWrongPerson, certificate.FileName)));
                    continue;
                }

                // Attachment.Create refuses a declaration that is not editable (submitted / approved).
                var attachment = Attachment.Create(
                    declaration, AttachmentKind.Xml, certificate.Xml.Length, Convert.ToHexStringLower(SHA256.HashData(certificate.Xml)),
                    Path.GetFileName(certificate.FileName), currentUser.AccountId, now);
                accepted.Add((certificate, attachment));
            }
        }

        var lines = 0;
        if (accepted.Count > 0)
        {
            var insurance = declaration.Insurance;
            foreach (var (certificate, attachment) in accepted)
            {
                db.Attachments.Add(attachment);
                await store.PutAsync(attachment, certificate.Xml, cancellationToken);
                (insurance, var added) = CertificateLines.Add(insurance, certificate, attachment.Id, employee.Name);
                lines += added;
            }

            var changes = declaration.SaveForms(declaration.Forms with { Insurance = insurance }, currentUser.AccountId, now);
            declaration.RememberStep("insurance");
            db.DeclarationChanges.AddRange(changes);
            await db.SaveChangesAsync(cancellationToken);
        }

        return new ImportCertificatesResult(lines, accepted.Count, refused, declaration.Version);
    }

    // The certificate names the policyholder as the insurer registered them: compared without spaces, to the name or
    // the kana of the master (the insurer may hold either).
    private static bool SamePerson(string holder, string name, string kana)
    {
        var h = Squeeze(holder);
        return h.Length > 0 && (h == Squeeze(name) || h == Squeeze(kana));
    }

    private static string Squeeze(string text) =>
        string.Concat(text.Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)));

    private static async Task<byte[]?> ReadAtMostAsync(Stream content, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
