using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using YearEndAdjustment.Application.Declarations;
using YearEndAdjustment.Application.Declarations.AddMyAttachment;
using YearEndAdjustment.Application.Declarations.GetAttachmentForReview;
using YearEndAdjustment.Application.Declarations.GetMyAttachment;
using YearEndAdjustment.Application.Declarations.ListMyAttachments;
using YearEndAdjustment.Application.Declarations.RemoveMyAttachment;
using YearEndAdjustment.Application.Declarations.SaveMyDeclaration;
using YearEndAdjustment.Application.Declarations.SubmitMyDeclaration;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Declarations;

/// <summary>Certificate attachments through the real pipeline and SQLite: type by content, limits, ownership, tenancy, review.</summary>
public sealed class MyAttachmentTests(YeaWebApplicationFactory factory) : IClassFixture<YeaWebApplicationFactory>
{
    private const int Year = 2025;
    private const long TenMegabytes = 10L * 1024 * 1024;

    public static TheoryData<string, string, string> AcceptedFiles => new()
    {
        { "jpeg", "receipt.jpg", "image/jpeg" },
        { "png", "scan.png", "image/png" },
        { "pdf", "控除証明書.pdf", "application/pdf" },
        { "heic", "IMG_0001.HEIC", "image/heic" },
        { "png", "named-as.pdf", "image/png" },
    };

    [Theory]
    [MemberData(nameof(AcceptedFiles))]
    public async Task Add_AcceptsEachTypeByItsMagicBytes_AndStoresTheTypeFoundInTheContent(string sample, string fileName, string expectedType)
    {
        var me = await EmployeeAsync("att-types-" + sample + (fileName.EndsWith(".pdf", StringComparison.Ordinal) && sample == "png" ? "-renamed" : ""));
        var bytes = Sample(sample);

        var added = await me.SendAsync<AttachmentDto>(Add(bytes, fileName));

        Assert.Equal((expectedType, (long)bytes.Length, fileName), (added.ContentType, added.SizeBytes, added.FileName));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), added.Sha256);
        var download = await me.SendAsync<AttachmentDownload>(new GetMyAttachmentQuery(added.Id));
        Assert.Equal(bytes, download.Content);
        Assert.Equal(expectedType, download.ContentType);
        if (sample == "png" && fileName.EndsWith(".pdf", StringComparison.Ordinal))
        {
            // Offered under the extension of what it really is.
            Assert.Equal("named-as.pdf.png", download.FileName);
        }
    }

    [Fact]
    public async Task Add_RefusesTextNamedJpg_EmptyFiles_AndOneByteOverTheLimit_StoringNothing()
    {
        var me = await EmployeeAsync("att-refused");

        var text = await Assert.ThrowsAsync<DomainRuleViolationException>(() => me.SendAsync<AttachmentDto>(Add(AttachmentSamples.Text, "photo.jpg")));
        var empty = await Assert.ThrowsAsync<DomainRuleViolationException>(() => me.SendAsync<AttachmentDto>(Add([], "empty.pdf")));
        var declaredTooLarge = await Assert.ThrowsAsync<DomainRuleViolationException>(() =>
            me.SendAsync<AttachmentDto>(Add(AttachmentSamples.Sized(TenMegabytes + 1), "big.png")));

        // A sender that understates the size is caught by counting what it really sends.
        var lying = await Assert.ThrowsAsync<DomainRuleViolationException>(() =>
            me.SendAsync<AttachmentDto>(new AddMyAttachmentCommand(Year, new MemoryStream(AttachmentSamples.Sized(TenMegabytes + 1)), "big.png", 1)));

        Assert.Equal(
            [MessageKeys.AttachmentUnsupportedType, MessageKeys.AttachmentEmpty, MessageKeys.AttachmentTooLarge, MessageKeys.AttachmentTooLarge],
            new[] { text.Code, empty.Code, declaredTooLarge.Code, lying.Code });
        Assert.Contains("10 MB", declaredTooLarge.Message, StringComparison.Ordinal);
        Assert.Equal((0, 0), await CountsAsync(me.Tenant));

        // Exactly at the limit is fine.
        await me.SendAsync<AttachmentDto>(Add(AttachmentSamples.Sized(TenMegabytes), "limit.png"));
        Assert.Equal((1, 1), await CountsAsync(me.Tenant));
    }

    [Fact]
    public async Task AnotherEmployeesOrTenantsAttachment_IsNotFound_ForDownloadAndRemoval()
    {
        var owner = await EmployeeAsync("att-owner");
        var added = await owner.SendAsync<AttachmentDto>(Add(AttachmentSamples.Png, "mine.png"));
        var colleague = await EmployeeAsync("att-owner", "E002", "colleague");
        var outsider = await EmployeeAsync("att-outsider");

        await Assert.ThrowsAsync<NotFoundException>(() => colleague.SendAsync<AttachmentDownload>(new GetMyAttachmentQuery(added.Id)));
        await Assert.ThrowsAsync<NotFoundException>(() => colleague.SendAsync<Mediator.Unit>(new RemoveMyAttachmentCommand(added.Id)));
        await Assert.ThrowsAsync<NotFoundException>(() => outsider.SendAsync<AttachmentDownload>(new GetMyAttachmentQuery(added.Id)));
        await Assert.ThrowsAsync<NotFoundException>(() => outsider.SendAsync<Mediator.Unit>(new RemoveMyAttachmentCommand(added.Id)));

        // An admin of the other tenant with every permission does not find it either.
        await Assert.ThrowsAsync<NotFoundException>(() => factory.SendAsync<AttachmentDownload>(new GetAttachmentForReviewQuery(added.Id), outsider.Tenant));
        Assert.Empty(await colleague.SendAsync<IReadOnlyList<AttachmentDto>>(new ListMyAttachmentsQuery(Year)));
        Assert.Single(await owner.SendAsync<IReadOnlyList<AttachmentDto>>(new ListMyAttachmentsQuery(Year)));
    }

    [Fact]
    public async Task Remove_DropsRowAndBytes_AndASubmittedDeclarationKeepsItsFiles()
    {
        var me = await EmployeeAsync("att-remove");
        var first = await me.SendAsync<AttachmentDto>(Add(AttachmentSamples.Pdf, "a.pdf"));
        var second = await me.SendAsync<AttachmentDto>(Add(AttachmentSamples.Jpeg, "b.jpg"));

        await me.SendAsync<Mediator.Unit>(new RemoveMyAttachmentCommand(first.Id));

        Assert.Equal((1, 1), await CountsAsync(me.Tenant));
        Assert.Equal([second.Id], (await me.SendAsync<IReadOnlyList<AttachmentDto>>(new ListMyAttachmentsQuery(Year))).Select(a => a.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => me.SendAsync<AttachmentDownload>(new GetMyAttachmentQuery(first.Id)));

        // Submitted: neither adding nor removing.
        var saved = await me.SendAsync<SaveMyDeclarationResult>(new SaveMyDeclarationCommand(Year, 0, EmptyForms()));
        await me.SendAsync<SubmitMyDeclarationResult>(new SubmitMyDeclarationCommand(Year, saved.Version));
        var remove = await Assert.ThrowsAsync<DomainRuleViolationException>(() => me.SendAsync<Mediator.Unit>(new RemoveMyAttachmentCommand(second.Id)));
        var add = await Assert.ThrowsAsync<DomainRuleViolationException>(() => me.SendAsync<AttachmentDto>(Add(AttachmentSamples.Png, "c.png")));
        Assert.Equal((Attachment.DeclarationNotEditableCode, Attachment.DeclarationNotEditableCode), (remove.Code, add.Code));
        Assert.Equal((1, 1), await CountsAsync(me.Tenant));
    }

    [Fact]
    public async Task Review_NeedsThePermissionAndTheDepartment_AndEveryViewIsAudited()
    {
        var me = await EmployeeAsync("att-review");
        var added = await me.SendAsync<AttachmentDto>(Add(AttachmentSamples.Png, "r.png"));

        await Assert.ThrowsAsync<ForbiddenException>(() =>
            factory.SendAsync<AttachmentDownload>(new GetAttachmentForReviewQuery(added.Id), me.Tenant, Permission.ManageEmployees));
        await Assert.ThrowsAsync<NotFoundException>(() =>
            factory.SendAsync<AttachmentDownload>(new GetAttachmentForReviewQuery(added.Id), me.Tenant, Permission.ReviewDeclarations, departments: "D99"));
        Assert.Empty(await AuditsAsync(me.Tenant));

        var viewed = await factory.SendAsync<AttachmentDownload>(new GetAttachmentForReviewQuery(added.Id), me.Tenant, Permission.ReviewDeclarations);
        await factory.SendAsync<AttachmentDownload>(new GetAttachmentForReviewQuery(added.Id), me.Tenant, Permission.ReviewDeclarations);

        Assert.Equal(AttachmentSamples.Png, viewed.Content);
        var audits = await AuditsAsync(me.Tenant);
        Assert.Equal(2, audits.Count);
        Assert.All(audits, a => Assert.Equal(
            (me.Employee, new AccountId(YeaWebApplicationFactory.TestAccountId), $"attachment={added.Id}"),
            (a.SubjectEmployeeId!.Value, a.ActorAccountId!.Value, a.Detail)));
    }

    internal static byte[] Sample(string name) => name switch
    {
        "jpeg" => AttachmentSamples.Jpeg,
        "png" => AttachmentSamples.Png,
        "pdf" => AttachmentSamples.Pdf,
        "heic" => AttachmentSamples.Heic,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static AddMyAttachmentCommand Add(byte[] bytes, string name) => new(Year, new MemoryStream(bytes), name, bytes.Length);

    private static DeclarationFormsDto EmptyForms() => new(
        new DependantsFormDto(OwnStatus.Empty, null, [], [], [], []),
        new BasicDeductionFormDto(0, 0, null, [], null),
        InsuranceForm.Empty,
        null);

    private async Task<(int Rows, int Contents)> CountsAsync(TenantId tenant)
    {
        await using var scope = factory.TenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.Attachments.CountAsync(), await db.AttachmentContents.CountAsync());
    }

    private async Task<List<AuditEntry>> AuditsAsync(TenantId tenant)
    {
        await using var scope = factory.TenantScope(tenant);
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries
            .Where(a => a.Action == AuditAction.AttachmentViewedForReview).ToListAsync();
    }

    private sealed record Me(YeaWebApplicationFactory Factory, TenantId Tenant, EmployeeId Employee, Guid AccountId)
    {
        public Task<T> SendAsync<T>(Mediator.IMessage message) => Factory.SendAsAccountAsync<T>(message, Tenant, AccountId);
    }

    private readonly Dictionary<string, TenantId> _tenants = [];

    private async Task<Me> EmployeeAsync(string slug, string number = "E001", string login = "yamada")
    {
        if (!_tenants.TryGetValue(slug, out var tenant))
        {
            tenant = new TenantId((await factory.CreateTenantAsync(slug)).TenantId);
            _tenants[slug] = tenant;
        }

        var now = DateTime.UtcNow;
        var employee = Employee.Register(tenant, EmployeeNumber.Create(number), EmployeeProfile.Create(
            "山田 太郎", "ヤマダ タロウ", new DateOnly(1980, 1, 1), Gender.NotStated, null, null, new DateOnly(2010, 4, 1), null, null, null, null), now);
        await using var scope = factory.TenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Employees.Add(employee);
        var account = Account.Register(tenant, LoginId.Create(login), login, null, AccountRole.General, Permission.None, [], now);
        account.LinkEmployee(employee.Id);
        db.Accounts.Add(account);
        await db.SaveChangesAsync();
        return new Me(factory, tenant, employee.Id, account.Id.Value);
    }
}
