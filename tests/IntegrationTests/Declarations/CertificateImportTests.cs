using YearEndAdjustment.Application.Declarations.Contracts;
using YearEndAdjustment.Application.Declarations.ImportMyCertificates;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Certificates;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Declarations;

// Y-08 through the real pipeline and SQLite, and the reader's refusals on their own.
public sealed class CertificateImportTests(YeaWebApplicationFactory factory) : IClassFixture<YeaWebApplicationFactory>
{
    private const int Year = 2025;
    private readonly DeductionCertificateReader _reader = new();

    [Fact]
    public void Reader_ReadsTheDecemberProjectedAmountsOfEachContract()
    {
        var result = _reader.Read("life.xml", CertificateSamples.Life());

        Assert.Empty(result.Problems);
        var certificate = Assert.Single(result.Certificates);
        Assert.Equal((CertificateForm.LifeInsurance, 2025, "山田 太郎", "サンプル生命保険株式会社"), (certificate.Form, certificate.Year, certificate.HolderName, certificate.IssuerName));
        Assert.Equal(
            [(CertificateLineKind.LifeNewGeneral, 84_000L), (CertificateLineKind.LifeCareMedical, 36_000L)],
            certificate.Amounts.Select(a => (a.Kind, a.Amount)));
    }

    [Theory]
    [InlineData("dtd", MessageKeys.CertificateDtdRefused)]
    [InlineData("malformed", MessageKeys.CertificateMalformed)]
    [InlineData("foreign", MessageKeys.CertificateForeign)]
    [InlineData("donation", MessageKeys.CertificateForeign)]
    public void Reader_RefusesBadFilesWithTheirReason(string sample, string expectedKey)
    {
        var content = sample switch
        {
            "dtd" => CertificateSamples.WithExternalEntity(),
            "malformed" => CertificateSamples.Malformed(),
            "foreign" => CertificateSamples.Foreign(),
            _ => CertificateSamples.Donation(),
        };

        var result = _reader.Read(sample + ".xml", content);

        Assert.Empty(result.Certificates);
        Assert.Equal(expectedKey, Assert.Single(result.Problems).MessageKey);
    }

    [Fact]
    public void Reader_OpensAZipOfCertificates_AndRefusesOneWithADtdInside()
    {
        var zip = CertificateSamples.Zip(("a/life.xml", CertificateSamples.Life()), ("b/quake.xml", CertificateSamples.Earthquake()), ("c/evil.xml", CertificateSamples.WithExternalEntity()), ("readme.txt", [1, 2]));

        var result = _reader.Read("mynaportal.zip", zip);

        Assert.Equal([CertificateForm.LifeInsurance, CertificateForm.EarthquakeInsurance], result.Certificates.Select(c => c.Form));
        Assert.Equal(("mynaportal.zip/c/evil.xml", MessageKeys.CertificateDtdRefused), (Assert.Single(result.Problems).FileName, result.Problems[0].MessageKey));
    }

    [Fact]
    public void Reader_RefusesAZipWithTooManyEntries()
    {
        var entries = Enumerable.Range(0, DeductionCertificateReader.MaxZipEntries + 1).Select(i => ($"{i}.xml", CertificateSamples.Life())).ToArray();

        var result = _reader.Read("many.zip", CertificateSamples.Zip(entries));

        Assert.Equal(MessageKeys.CertificateZipTooMany, Assert.Single(result.Problems).MessageKey);
        Assert.Empty(result.Certificates);
    }

    [Fact]
    public async Task Import_AddsCertifiedLinesAndStoresTheCertificate()
    {
        var me = await EmployeeAsync("cert-valid");

        var result = await me.SendAsync<ImportCertificatesResult>(Import(("life.xml", CertificateSamples.Life()), ("quake.xml", CertificateSamples.Earthquake())));

        Assert.Empty(result.Refused);
        Assert.Equal((3, 2), (result.LinesAdded, result.CertificatesImported));
        await using var scope = factory.TenantScope(me.Tenant);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var declaration = await db.Declarations.SingleAsync(d => d.EmployeeId == me.Employee);
        Assert.Equal([(LifeInsuranceCategory.General, 84_000L), (LifeInsuranceCategory.CareMedical, 36_000L)], declaration.Insurance.Life.Select(l => (l.Category, l.Premium)));
        Assert.Equal(25_000, Assert.Single(declaration.Insurance.Earthquake).Premium);
        var attachments = await db.Attachments.Where(a => a.DeclarationId == declaration.Id).ToListAsync();
        Assert.Equal(2, attachments.Count);
        Assert.All(declaration.Insurance.Life, l => Assert.Contains(Assert.Single(l.Certificate.AttachmentIds), attachments.Select(a => a.Id)));
        Assert.Equal(DeclarationStatus.Draft, declaration.Status);
    }

    [Fact]
    public async Task Import_RefusesAnotherPersonsAndAnotherYearsCertificate_ChangingNothing()
    {
        var me = await EmployeeAsync("cert-refuse");

        var result = await me.SendAsync<ImportCertificatesResult>(Import(
            ("other.xml", CertificateSamples.Life(holder: "佐藤 花子")),
            ("old.xml", CertificateSamples.Life(eraYear: 6)),
            ("dtd.xml", CertificateSamples.WithExternalEntity())));

        Assert.Equal(0, result.LinesAdded);
        Assert.Equal(["dtd.xml", "old.xml", "other.xml"], result.Refused.Select(r => r.FileName).Order(StringComparer.Ordinal));
        Assert.Contains(result.Refused, r => r.FileName == "old.xml" && r.Message.Contains("2024", StringComparison.Ordinal));
        await using var scope = factory.TenantScope(me.Tenant);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(0, await db.Attachments.CountAsync());
        var declarations = await db.Declarations.Where(d => d.EmployeeId == me.Employee).ToListAsync();
        Assert.All(declarations, d => Assert.Empty(d.Insurance.Life));
    }

    [Fact]
    public async Task Import_AcceptsTheKanaOfTheName()
    {
        var me = await EmployeeAsync("cert-kana");

        var result = await me.SendAsync<ImportCertificatesResult>(Import(("kana.xml", CertificateSamples.Life(holder: "ﾔﾏﾀﾞ ﾀﾛｳ"))));

        Assert.Empty(result.Refused);
        Assert.Equal(2, result.LinesAdded);
    }

    private static ImportMyCertificatesCommand Import(params (string Name, byte[] Content)[] files) =>
        new(Year, files.Select(f => new CertificateUpload(f.Name, f.Content.Length, new MemoryStream(f.Content))).ToList());

    private sealed record Me(YeaWebApplicationFactory Factory, TenantId Tenant, EmployeeId Employee, Guid AccountId)
    {
        public Task<T> SendAsync<T>(Mediator.IMessage message) => Factory.SendAsAccountAsync<T>(message, Tenant, AccountId);
    }

    private async Task<Me> EmployeeAsync(string slug)
    {
        var tenant = new TenantId((await factory.CreateTenantAsync(slug)).TenantId);
        var now = DateTime.UtcNow;
        var employee = Employee.Register(tenant, EmployeeNumber.Create("E001"), EmployeeProfile.Create(
            "山田 太郎", "ヤマダ タロウ", new DateOnly(1980, 1, 1), Gender.NotStated, null, null, new DateOnly(2010, 4, 1), null, null, null, null), now);
        await using var scope = factory.TenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Employees.Add(employee);
        var account = Account.Register(tenant, LoginId.Create("yamada"), "yamada", null, AccountRole.General, Permission.None, [], now);
        account.LinkEmployee(employee.Id);
        db.Accounts.Add(account);
        await db.SaveChangesAsync();
        return new Me(factory, tenant, employee.Id, account.Id.Value);
    }
}
