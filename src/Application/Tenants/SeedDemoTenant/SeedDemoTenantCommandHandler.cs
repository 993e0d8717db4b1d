using System.Diagnostics;
using System.Threading.Channels;
using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Application.Resources;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Domain.Tenants;

namespace YearEndAdjustment.Application.Tenants.SeedDemoTenant;

/// <summary>
/// Builds each synthetic employee through the aggregates (<see cref="Employee.Register"/>, family members, My
/// Numbers protected like real ones, <see cref="PayrollTotal.Record"/>, <see cref="Declaration.Create"/> and its
/// workflow) and writes them with the employee import's path: chunks of 2,000 through one
/// <see cref="IBulkWriteSession"/>, built on one task while another writes, so 100,000 employees fit in a minute
/// (docs/benchmarks.md). One transaction: a failure leaves the tenant as it was.
/// </summary>
public sealed class SeedDemoTenantCommandHandler(
    IAppDbContext db,
    ITenantContext tenantContext,
    IBulkWriter writer,
    IMyNumberProtector protector,
    IPasswordHasher passwordHasher,
    TimeProvider clock) : ICommandHandler<SeedDemoTenantCommand, SeedDemoTenantResult>
{
    public const string DemoLoginId = "demo-employee";
    private const int ChunkSize = 2000;

    public async ValueTask<SeedDemoTenantResult> Handle(SeedDemoTenantCommand command, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var slug = command.Slug.Trim();
        var tenantSlug = TenantSlug.Create(slug);
        var tenant = await db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Slug == tenantSlug, cancellationToken)
            ?? throw new DomainRuleViolationException(MessageKeys.DemoTenantNotFound, Messages.Rule(MessageKeys.DemoTenantNotFound, slug));
        if (!command.Force && !IsDemo(tenant.Slug.Value, tenant.DisplayName))
        {
            throw new DomainRuleViolationException(MessageKeys.DemoNotADemo, Messages.Rule(MessageKeys.DemoNotADemo, slug));
        }

        tenantContext.Enter(tenant.Id, tenant.Slug.Value, tenant.DisplayName);
        var demoLogin = LoginId.Create(DemoLoginId);
        if (await db.Employees.AnyAsync(cancellationToken) || await db.Accounts.AnyAsync(a => a.LoginId == demoLogin, cancellationToken))
        {
            throw new DomainRuleViolationException(MessageKeys.DemoNotEmpty, Messages.Rule(MessageKeys.DemoNotEmpty, slug));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var year = new TaxYear(command.TaxYear);
        var deadline = new DateOnly(command.TaxYear, 11, 30);

        // Hashing is slow on purpose: done before the write transaction opens (as the import does).
        var password = InitialPasswordGenerator.Create();
        var hash = passwordHasher.Hash(password);
        await protector.EnsureKeyAsync(cancellationToken);

        var counts = new int[5];
        var familyMembers = 0;
        EmployeeId? first = null;
        string? firstNumber = null;
        string? firstName = null;
        await using var session = await writer.BeginAsync(cancellationToken);
        var chunks = Channel.CreateBounded<BulkChangeSet>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var writing = Task.Run(async () =>
        {
            await foreach (var chunk in chunks.Reader.ReadAllAsync(cancellationToken))
            {
                await session.WriteAsync(chunk, cancellationToken);
            }
        }, cancellationToken);
        try
        {
            var generator = new DemoDataGenerator(command.Seed, command.TaxYear);
            var chunk = new BulkChangeSet();
            for (var i = 0; i < command.Employees; i++)
            {
                var person = generator.Next();
                var employee = await BuildAsync(tenant.Id, person, now, cancellationToken);
                chunk.Insert(employee);
                chunk.Insert(PayrollTotal.Record(tenant.Id, employee.Id, year, new PayrollAmounts(
                    new Yen(person.Salary), new Yen(person.Bonus), new Yen(person.TaxWithheld), new Yen(person.SocialInsurance), Yen.Zero, Yen.Zero, Yen.Zero), now));
                chunk.Insert(Declare(tenant.Id, employee.Id, year, deadline, person.Status, now));
                counts[(int)person.Status]++;
                familyMembers += person.Family.Count;
                if (first is null && person.LeaveDate is null)
                {
                    (first, firstNumber, firstName) = (employee.Id, person.Number, person.Name);
                }

                if (chunk.Count >= ChunkSize * 3)
                {
                    await chunks.Writer.WriteAsync(chunk, cancellationToken);
                    chunk = new BulkChangeSet();
                }
            }

            if (!chunk.IsEmpty)
            {
                await chunks.Writer.WriteAsync(chunk, cancellationToken);
            }
        }
        finally
        {
            chunks.Writer.TryComplete();
            await Task.WhenAny(writing);
        }

        await writing;

        // The demo employee signs in with the printed initial password and must choose their own.
        var account = Account.Register(tenant.Id, demoLogin, firstName ?? DemoLoginId, null, AccountRole.General, Permission.None, [], now);
        if (first is { } linked)
        {
            account.LinkEmployee(linked);
        }

        account.SetInitialPassword(hash, now);
        db.Accounts.Add(account);
        await db.SaveChangesAsync(cancellationToken);
        await session.CommitAsync(cancellationToken);
        return new SeedDemoTenantResult(
            command.Employees, familyMembers,
            counts[(int)DeclarationStatus.NotStarted], counts[(int)DeclarationStatus.Draft], counts[(int)DeclarationStatus.Submitted],
            DemoLoginId, firstNumber ?? "", password, stopwatch.Elapsed);
    }

    /// <summary>A tenant counts as a demo when its slug or name says so ("demo", "デモ"): real tenants need --force.</summary>
    public static bool IsDemo(string slug, string displayName) =>
        slug.Contains("demo", StringComparison.OrdinalIgnoreCase)
        || displayName.Contains("demo", StringComparison.OrdinalIgnoreCase)
        || displayName.Contains("デモ", StringComparison.Ordinal);

    private async Task<Employee> BuildAsync(TenantId tenant, DemoEmployee person, DateTime now, CancellationToken cancellationToken)
    {
        var employee = Employee.Register(tenant, EmployeeNumber.Create(person.Number), EmployeeProfile.Create(
            person.Name, person.Kana, person.BirthDate, person.Gender, null, null, person.HireDate, person.LeaveDate,
            person.DepartmentCode, person.DepartmentName, null), now);
        employee.SetMyNumber(await protector.ProtectAsync(MyNumber.Create(person.MyNumber), cancellationToken), now);
        foreach (var relative in person.Family)
        {
            var member = employee.AddFamilyMember(FamilyMemberDetails.Create(
                relative.Name, relative.Kana, relative.Relationship, relative.BirthDate, relative.Cohabiting, relative.Disability, false, new Yen(relative.EstimatedIncome)), now);
            employee.SetFamilyMemberMyNumber(member.Id, await protector.ProtectAsync(MyNumber.Create(relative.MyNumber), cancellationToken), now);
        }

        return employee;
    }

    private static Declaration Declare(TenantId tenant, EmployeeId employee, TaxYear year, DateOnly deadline, DeclarationStatus status, DateTime now)
    {
        var declaration = Declaration.Create(tenant, employee, year, deadline, now);
        if (status != DeclarationStatus.NotStarted)
        {
            declaration.Start(now);
        }

        if (status == DeclarationStatus.Submitted)
        {
            declaration.Submit(employee, now);
        }

        return declaration;
    }
}
