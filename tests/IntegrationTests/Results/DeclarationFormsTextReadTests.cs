using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Results;

/// <summary>
/// ADR 0055: the calculation run reads the forms as their stored JSON text and parses them on another thread. The
/// text read and <see cref="IDeclarationFormsJson"/> must give exactly the forms an entity read gives, on each provider.
/// </summary>
public abstract class DeclarationFormsTextReadTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : YeaWebApplicationFactory
{
    [Fact]
    public async Task TheFormsReadAsText_AreTheFormsOfTheEntity_WithAndWithoutAHousingLoan()
    {
        var tenant = new TenantId((await factory.CreateTenantAsync($"forms-text-{Guid.NewGuid():N}"[..20])).TenantId);
        var now = DateTime.UtcNow;
        var life = new LifeInsuranceLine(Guid.NewGuid(), "ひまわり生命", "終身", LifeInsuranceCategory.General, InsuranceRegime.Old, null, "本人", "妻", null, 120_000, new CertificateEvidence([], true));
        var loan = new HousingLoanForm(new DateOnly(2022, 4, 1), HousingLoanCategory.General, 20_000_000, 100, null, 30_000_000, 70, 210_000,
            new CertificateEvidence([], true), new CertificateEvidence([], false));
        var withLoan = DeclarationForms.Empty with { Insurance = InsuranceForm.Empty with { Life = [life] }, HousingLoan = loan };
        await using (var scope = factory.TenantScope(tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            for (var i = 0; i < 2; i++)
            {
                var employee = Employee.Register(tenant, EmployeeNumber.Create($"F{i:D5}"), EmployeeProfile.Create(
                    $"社員 {i}", "シャイン", new DateOnly(1980, 1, 1), Gender.Male, null, null, new DateOnly(2010, 4, 1), null, "D1", null, null), now);
                db.Employees.Add(employee);
                var declaration = Declaration.Create(tenant, employee.Id, new TaxYear(2025), null, now);
                declaration.SaveForms(i == 0 ? withLoan : DeclarationForms.Empty, null, now);
                db.Declarations.Add(declaration);
            }

            await db.SaveChangesAsync();
        }

        await using (var scope = factory.TenantScope(tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var reader = scope.ServiceProvider.GetRequiredService<IDeclarationFormsJson>();
            var entities = await db.Declarations.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Forms);
            var texts = await db.Declarations.AsNoTracking()
                .Select(d => new { d.Id, Dependants = (string)(object)d.Dependants, Basic = (string)(object)d.Basic, Insurance = (string)(object)d.Insurance, HousingLoan = (string?)(object?)d.HousingLoan })
                .ToListAsync();

            Assert.Equal(2, texts.Count);
            Assert.Single(texts, t => t.HousingLoan is null);
            var memo = new ParsedFormsMemo();
            var remembered = new List<DeclarationForms>();
            foreach (var text in texts)
            {
                var forms = reader.Read(text.Dependants, text.Basic, text.Insurance, text.HousingLoan);
                Assert.Equal(JsonSerializer.Serialize(entities[text.Id]), JsonSerializer.Serialize(forms));

                // ADR 0057: through the memo, the same forms; a text seen before gives the instance parsed then.
                var viaMemo = reader.Read(text.Dependants, text.Basic, text.Insurance, text.HousingLoan, memo);
                Assert.Equal(JsonSerializer.Serialize(entities[text.Id]), JsonSerializer.Serialize(viaMemo));
                remembered.Add(viaMemo);
            }

            Assert.Same(remembered[0].Dependants, remembered[1].Dependants);
            Assert.NotSame(remembered[0].Insurance, remembered[1].Insurance);

            var loaned = texts.Single(t => t.HousingLoan is not null);
            var read = reader.Read(loaned.Dependants, loaned.Basic, loaned.Insurance, loaned.HousingLoan);
            Assert.Equal(JsonSerializer.Serialize(loan), JsonSerializer.Serialize(read.HousingLoan));
            Assert.Equal(120_000, read.Insurance.Life.Single().Premium);
        }
    }
}

/// <summary>On SQLite, the embedded default.</summary>
public sealed class DeclarationFormsTextReadTests(YeaWebApplicationFactory factory) : DeclarationFormsTextReadTests<YeaWebApplicationFactory>(factory);

/// <summary>The same on PostgreSQL (ADR 0045).</summary>
public sealed class DeclarationFormsTextReadTestsOnPostgreSql(PostgreSqlWebApplicationFactory factory) : DeclarationFormsTextReadTests<PostgreSqlWebApplicationFactory>(factory);
