using System.Security.Cryptography;
using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Declarations.Contracts;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Declarations.AddMyAttachment;

public sealed class AddMyAttachmentCommandHandler(
    IAppDbContext db,
    ICurrentUser currentUser,
    ITenantContext tenant,
    IAttachmentStore store,
    AttachmentOptions options,
    TimeProvider clock) : ICommandHandler<AddMyAttachmentCommand, AttachmentDto>
{
    /// <summary>Enough for every certificate of a year; stops one account from filling the database.</summary>
    public const int MaxPerDeclaration = 50;

    public async ValueTask<AttachmentDto> Handle(AddMyAttachmentCommand command, CancellationToken cancellationToken)
    {
        var employeeId = await MyDeclarations.RequireEmployeeAsync(db, currentUser, cancellationToken);

        // Refused before anything is stored: the declared size first, then what was really sent (a client may lie).
        if (command.Length > options.MaxBytes)
        {
            throw TooLarge();
        }

        var content = await ReadAtMostAsync(command.Content, options.MaxBytes, cancellationToken) ?? throw TooLarge();
        if (content.Length == 0)
        {
            throw Refused(MessageKeys.AttachmentEmpty);
        }

        var kind = AttachmentSignature.Detect(content.AsSpan(0, Math.Min(content.Length, AttachmentSignature.HeaderLength)))
            ?? throw Refused(MessageKeys.AttachmentUnsupportedType);

        var now = clock.GetUtcNow().UtcDateTime;
        var declaration = await MyDeclarations.FindAsync(db, employeeId, command.TaxYear, cancellationToken);
        if (declaration is null)
        {
            declaration = Declaration.Create(tenant.TenantId ?? TenantId.None, employeeId, new TaxYear(command.TaxYear), null, now);
            db.Declarations.Add(declaration);
        }
        else if (await db.Attachments.CountAsync(a => a.DeclarationId == declaration.Id, cancellationToken) >= MaxPerDeclaration)
        {
            throw new DomainRuleViolationException(MessageKeys.AttachmentTooMany, Messages.Rule(MessageKeys.AttachmentTooMany, MaxPerDeclaration));
        }

        var attachment = Attachment.Create(
            declaration, kind, content.Length, Convert.ToHexStringLower(SHA256.HashData(content)), command.FileName, currentUser.AccountId, now);
        db.Attachments.Add(attachment);
        if (command.LineEntryId is { } line)
        {
            db.DeclarationChanges.AddRange(declaration.AttachCertificate(line, attachment.Id, currentUser.AccountId, now));
        }

        await store.PutAsync(attachment, content, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return MyAttachments.ToDto(attachment);
    }

    /// <summary>The whole content, or null when it is longer than <paramref name="limit"/> (reading stops there).</summary>
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

    private DomainRuleViolationException TooLarge() =>
        new(MessageKeys.AttachmentTooLarge, Messages.Rule(MessageKeys.AttachmentTooLarge, options.MaxMegabytes));

    private static DomainRuleViolationException Refused(string key) => new(key, Messages.Rule(key));
}
