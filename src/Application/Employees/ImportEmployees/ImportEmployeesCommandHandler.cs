using System.Threading.Channels;
using Mediator;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Abstractions;
using YearEndAdjustment.Application.Accounts.Contracts;
using YearEndAdjustment.Application.Employees.Contracts;
using YearEndAdjustment.Application.Employees.Csv;
using YearEndAdjustment.Application.Employees.Import;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Employees;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Application.Employees.ImportEmployees;

/// <summary>
/// ADR 0021, 0025. Plans like the preview while it writes: rows stream from the file into new aggregates, which a
/// second task writes in chunks through one <see cref="IBulkWriteSession"/> (EF change tracking would cost about 2 s
/// per 100,000 rows), so reading and writing overlap and memory stays flat. Any error, even one found at the last
/// line, rolls the whole transaction back: nothing is written unless the whole file is valid. The aggregates still
/// decide every value: new employees come from <see cref="Employee.Register"/>, changes from
/// <see cref="Employee.UpdateProfile"/> on the stored row. Initial passwords are hashed in a first pass, before the
/// transaction opens, so the database is never locked while PBKDF2 runs.
/// </summary>
public sealed class ImportEmployeesCommandHandler(
    IAppDbContext db,
    ICsvFileReader reader,
    IMyNumberProtector protector,
    IBulkWriter writer,
    ITenantContext tenantContext,
    ICurrentUser currentUser,
    IAccountProvisioning accounts,
    TimeProvider clock) : ICommandHandler<ImportEmployeesCommand, EmployeeImportResult>
{
    /// <summary>New employees per chunk handed to the writing task.</summary>
    public const int ChunkSize = 2000;

    /// <summary>Changed employees loaded as aggregates per query.</summary>
    private const int ChangedPerQuery = 500;

    public async ValueTask<EmployeeImportResult> Handle(ImportEmployeesCommand command, CancellationToken cancellationToken)
    {
        currentUser.RequirePermission(Permission.ManageEmployees);
        var tenantId = tenantContext.TenantId ?? throw new InvalidOperationException("An import needs a tenant.");
        var now = clock.GetUtcNow().UtcDateTime;
        var today = JapanTime.DateOf(now);
        var planner = new EmployeeImportPlanner(db, reader, protector, accounts, currentUser.Departments);

        var (opened, document) = await planner.OpenAsync(command.Content, command.ExpectedFingerprint, cancellationToken);
        if (document is null)
        {
            return Rejected(opened.Errors.Count, opened.ReportedErrors);
        }

        // Files without initial passwords (the usual case, even from the template, whose column stays empty) are
        // read once. The first row giving a password stops that pass and rolls it back: passwords are hashed before
        // any write transaction opens, then the file is written.
        if (await WriteAsync(planner, document, tenantId, now, today, null, command.Progress, command.JobId, cancellationToken) is { } written)
        {
            return written;
        }

        var requests = new List<AccountRequest>();
        var checkedPlan = await planner.PlanAsync(document, today, (row, _) => Collect(row, row.Stored?.Id, requests), command.Progress, cancellationToken);
        if (!checkedPlan.IsValid)
        {
            return Rejected(checkedPlan.Errors.Count, checkedPlan.ReportedErrors);
        }

        if (await CheckAccountsAsync(requests, cancellationToken) is { } refused)
        {
            return refused;
        }

        var hashes = await accounts.HashInitialPasswordsAsync(requests, CountRelay(command.Progress, EmployeeImportStage.HashingPasswords), cancellationToken);
        return await WriteAsync(planner, document, tenantId, now, today, hashes, command.Progress, command.JobId, cancellationToken)
            ?? throw new InvalidOperationException("The write pass asked for password hashes it was given.");
    }

    /// <summary>
    /// The write pass. Without <paramref name="hashes"/> it returns null (having written nothing) as soon as a row
    /// gives an initial password.
    /// </summary>
    private async Task<EmployeeImportResult?> WriteAsync(
        EmployeeImportPlanner planner, CsvDocument document, TenantId tenantId, DateTime now, DateOnly today,
        IReadOnlyDictionary<string, string>? hashes, IProgress<EmployeeImportProgress>? progress, Guid? jobId, CancellationToken cancellationToken)
    {
        // The key must exist before the write transaction: creating it is a write of its own on another connection.
        await protector.EnsureKeyAsync(cancellationToken);
        await using var session = await writer.BeginAsync(cancellationToken);
        var accountRequests = new List<AccountRequest>();
        var leavers = new List<EmployeeId>();
        var changedRows = new List<PlannedEmployee>();
        var chunks = Channel.CreateBounded<BulkChangeSet>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        var writing = Task.Run(() => WriteChunksAsync(chunks, session, cancellationToken), cancellationToken);
        var chunk = new BulkChangeSet();

        EmployeeImportPlan plan;
        try
        {
            plan = await planner.PlanAsync(document, today, async (row, ct) =>
            {
                if (hashes is null && row.Row is { InitialPassword: not null, LoginId: not null })
                {
                    throw new PasswordsFirst();
                }

                if (row.Disables && row.Stored is not null)
                {
                    leavers.Add(row.Stored.Id);
                }

                if (!row.IsNew)
                {
                    await Collect(row, row.Stored!.Id, accountRequests);
                    if (row.IsChanged)
                    {
                        changedRows.Add(row);
                    }
                }
                else
                {
                    var employee = Employee.Register(tenantId, row.Row.Number, row.Profile, now);
                    await Collect(row, employee.Id, accountRequests);
                    if (row.Row.MyNumber is { } myNumber)
                    {
                        employee.SetMyNumber(await protector.ProtectAsync(myNumber, ct), now);
                    }

                    employee.SetMunicipalityCode(row.Row.MunicipalityCode, now);
                    employee.SetOfficer(row.Row.IsOfficer ?? false, now);
                    chunk.Insert(employee);
                    if (chunk.Count >= ChunkSize)
                    {
                        await chunks.Writer.WriteAsync(chunk, ct);
                        chunk = new BulkChangeSet();
                    }
                }
            }, Relay(progress, EmployeeImportStage.Writing), cancellationToken);

            if (plan.IsValid && !chunk.IsEmpty)
            {
                await chunks.Writer.WriteAsync(chunk, cancellationToken);
            }
        }
        catch (PasswordsFirst)
        {
            // Nothing is committed: leaving disposes the session, which rolls back what the first chunks wrote.
            return null;
        }
        catch (ChannelClosedException)
        {
            // The writing task failed and closed the channel; its exception is the one to surface.
            plan = new EmployeeImportPlan();
        }
        finally
        {
            // The writing task must be done with the connection before the session can roll back or commit.
            chunks.Writer.TryComplete();
            await Task.WhenAny(writing);
        }

        await writing;
        if (!plan.IsValid)
        {
            return Rejected(plan.Errors.Count, plan.ReportedErrors);
        }

        progress?.Report(new EmployeeImportProgress(EmployeeImportStage.Finishing, 0, 1));
        if (await WriteChangesAsync(changedRows, session, now, cancellationToken) is { Count: > 0 } refusedChanges)
        {
            return Rejected(refusedChanges.Count, refusedChanges);
        }

        await session.WriteAsync(AuditOf(plan, tenantId, now, jobId), cancellationToken);

        // Same transaction: the user IDs are created (or disabled) together with the employees, or not at all
        // (a refusal returns before the commit, and leaving rolls back).
        var provisioned = await accounts.ApplyAsync(accountRequests, leavers, hashes, cancellationToken);
        if (provisioned.Problems.Count > 0)
        {
            return Refused(provisioned.Problems);
        }

        await db.SaveChangesAsync(cancellationToken);
        await session.CommitAsync(cancellationToken);
        progress?.Report(new EmployeeImportProgress(EmployeeImportStage.Finishing, 1, 1));
        return new EmployeeImportResult(true, plan.Added, plan.Changed, plan.Unchanged, plan.ToDisable, 0, [],
            provisioned.Created, provisioned.Invited, provisioned.Disabled);
    }

    /// <summary>Stops a write pass that met an initial password before the passwords were hashed.</summary>
    private sealed class PasswordsFirst : Exception;

    private static async Task WriteChunksAsync(Channel<BulkChangeSet> chunks, IBulkWriteSession session, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var chunk in chunks.Reader.ReadAllAsync(cancellationToken))
            {
                await session.WriteAsync(chunk, cancellationToken);
            }
        }
        catch (Exception ex)
        {
            // Unblocks the reading side, which would otherwise wait for room in a channel nobody drains.
            chunks.Writer.TryComplete(ex);
            throw;
        }
    }

    /// <summary>Changed employees are few in a typical re-run; they are loaded as aggregates in bounded batches.</summary>
    /// <returns>Rows the aggregate refused (nothing of them is written; the caller rolls back).</returns>
    private async Task<List<CsvImportIssue>> WriteChangesAsync(List<PlannedEmployee> changedRows, IBulkWriteSession session, DateTime now, CancellationToken cancellationToken)
    {
        var refused = new List<CsvImportIssue>();
        foreach (var batch in changedRows.Chunk(ChangedPerQuery))
        {
            var ids = batch.Select(r => r.Stored!.Id).ToList();
            var stored = await db.Employees.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
            var changes = new BulkChangeSet();
            foreach (var row in batch)
            {
                if (!stored.TryGetValue(row.Stored!.Id, out var employee) || employee.Version != row.Stored.Version)
                {
                    throw new DbUpdateConcurrencyException("An employee changed between planning and writing the import.", []);
                }

                var originalVersion = employee.Version;
                employee.UpdateProfile(row.Profile, now);
                if (row.Changes.HasFlag(EmployeeFields.MunicipalityCode))
                {
                    employee.SetMunicipalityCode(row.Row.MunicipalityCode, now);
                }

                if (row.Changes.HasFlag(EmployeeFields.Officer))
                {
                    employee.SetOfficer(row.Row.IsOfficer == true, now);
                }
                if (row.Changes.HasFlag(EmployeeFields.MyNumber))
                {
                    try
                    {
                        employee.SetMyNumber(await protector.ProtectAsync(row.Row.MyNumber!, cancellationToken), now);
                    }
                    catch (DomainRuleViolationException ex)
                    {
                        // e.g. the number of one of the employee's relatives (family members are not in the file).
                        refused.Add(new CsvImportIssue(row.Row.Line, EmployeeCsvLayout.MyNumber.Name, ex.Message));
                        continue;
                    }
                }

                changes.Update(employee, originalVersion);
            }

            if (refused.Count == 0)
            {
                await session.WriteAsync(changes, cancellationToken);
            }
        }

        return refused;
    }

    private BulkChangeSet AuditOf(EmployeeImportPlan plan, TenantId tenantId, DateTime now, Guid? jobId)
    {
        var audit = new BulkChangeSet();
        audit.Insert(AuditEntry.Record(
            tenantId, now, currentUser.AccountId, AuditAction.EmployeesImported,
            detail: EmployeeImportAudit.Detail(plan.Added, plan.Changed, plan.Unchanged, plan.ToDisable, plan.MyNumbers, jobId)));
        return audit;
    }

    /// <summary>Optional user-ID columns: checked before anything is committed, so a bad password refuses the file.</summary>
    private async Task<EmployeeImportResult?> CheckAccountsAsync(List<AccountRequest> requests, CancellationToken cancellationToken)
    {
        var check = await accounts.CheckAsync(requests, cancellationToken);
        return check.Problems.Count == 0 ? null : Refused(check.Problems);
    }

    private static EmployeeImportResult Refused(IReadOnlyList<AccountRequestProblem> problems)
    {
        var issues = EmployeeCsvLayout.IssuesOf(problems);
        return Rejected(issues.Count, issues);
    }

    private static ValueTask Collect(PlannedEmployee row, EmployeeId? employeeId, List<AccountRequest> requests)
    {
        if (EmployeeCsvLayout.AccountRequestOf(row, employeeId) is { } request)
        {
            requests.Add(request);
        }

        return ValueTask.CompletedTask;
    }

    private static EmployeeImportResult Rejected(int count, IReadOnlyList<CsvImportIssue> errors) => new(false, 0, 0, 0, 0, count, errors);

    private static IProgress<EmployeeImportProgress>? Relay(IProgress<EmployeeImportProgress>? target, EmployeeImportStage stage) =>
        target is null ? null : new StageProgress(target, stage);

    private static IProgress<(int Done, int Total)>? CountRelay(IProgress<EmployeeImportProgress>? target, EmployeeImportStage stage) =>
        target is null ? null : new CountProgress(target, stage);

    private sealed class StageProgress(IProgress<EmployeeImportProgress> target, EmployeeImportStage stage) : IProgress<EmployeeImportProgress>
    {
        public void Report(EmployeeImportProgress value) => target.Report(value with { Stage = stage });
    }

    private sealed class CountProgress(IProgress<EmployeeImportProgress> target, EmployeeImportStage stage) : IProgress<(int Done, int Total)>
    {
        public void Report((int Done, int Total) value) => target.Report(new EmployeeImportProgress(stage, value.Done, value.Total));
    }
}
