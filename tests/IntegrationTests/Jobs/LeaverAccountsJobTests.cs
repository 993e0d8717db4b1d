using System.Text;
using Microsoft.EntityFrameworkCore;
using YearEndAdjustment.Application.Employees.ImportEmployees;
using YearEndAdjustment.Application.Employees.UpdateEmployee;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Jobs;
using YearEndAdjustment.Infrastructure.Persistence;

namespace YearEndAdjustment.IntegrationTests.Jobs;

/// <summary>R-11 (issue 13 item 6): the nightly job disables the accounts of employees whose 退職日 has come.</summary>
public sealed class LeaverAccountsJobTests
{
    // Thursday 2026-12-03 02:05 JST.
    private static readonly DateTimeOffset InWindow = new(2026, 12, 2, 17, 5, 0, TimeSpan.Zero);

    [Fact]
    public async Task LeaveDateTodayOrEarlier_DisablesTheLinkedAccountAndItsSessions_OnceAndOnlyThose()
    {
        await using var factory = new AccessLogRetentionTests.Factory(InWindow);
        var tenant = new TenantId((await factory.CreateTenantAsync("leaver-job")).TenantId);
        var imported = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\r\n",
            "社員番号,氏名,フリガナ,生年月日,入社日,ログインID,権限,初期パスワード",
            "5001,今日 退職,キョウ タイショク,1980/01/01,2005/04/01,today,一般,first winter snow falls softly",
            "5002,昨日 退職,キノウ タイショク,1981/01/01,2006/04/01,yesterday,一般,bright summer river flows on",
            "5003,来週 退職,ライシュウ タイショク,1982/01/01,2007/04/01,nextweek,一般,quiet autumn forest path home",
            "5004,在籍 中,ザイセキ チュウ,1983/01/01,2008/04/01,staying,一般,gentle spring rain on leaves") + "\r\n"))), tenant);
        Assert.True(imported.Applied, string.Join(" / ", imported.Errors));
        await SetLeaveDateAsync(factory, tenant, "5001", new DateOnly(2026, 12, 3));
        await SetLeaveDateAsync(factory, tenant, "5002", new DateOnly(2026, 12, 2));
        await SetLeaveDateAsync(factory, tenant, "5003", new DateOnly(2026, 12, 10));
        var runner = factory.Services.GetRequiredService<ScheduledJobRunner>();
        await using (var check = factory.TenantScope(tenant))
        {
            var db0 = check.ServiceProvider.GetRequiredService<AppDbContext>();
            var linked = await db0.Accounts.CountAsync(a => a.EmployeeId != null);
            var leaving = await db0.Employees.CountAsync(e => e.LeaveDate != null);
            var disabledBefore = await db0.Accounts.CountAsync(a => a.IsDisabled);
            Assert.Equal((4, 3, 0), (linked, leaving, disabledBefore));
        }

        var first = await runner.RunDueJobsAsync(CancellationToken.None);
        factory.Clock.Advance(TimeSpan.FromDays(1)); // Friday's window: nothing new has come due
        var second = await runner.RunDueJobsAsync(CancellationToken.None);

        Assert.Contains("leaver-accounts", first);
        Assert.Contains("leaver-accounts", second);
        await using var scope = factory.TenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var disabled = await db.Accounts.Where(a => a.IsDisabled).Select(a => a.LoginId).ToListAsync();
        Assert.Equal(["today", "yesterday"], disabled.Select(l => l.Value).Order());
        var ledger = await db.Set<JobRun>().Where(j => j.JobName == "leaver-accounts").OrderBy(j => j.SlotKey).Select(j => j.AffectedRows).ToListAsync();
        Assert.Equal([2L, 0L], ledger);
    }

    [Fact]
    public async Task OnASaturday_TheLeaverOfThatDayIsDisabledAfterMidnight_NotOnMonday()
    {
        // Saturday 2026-12-05 00:10 JST: outside the weekday maintenance window, but the leaver job runs every day.
        await using var factory = new AccessLogRetentionTests.Factory(new DateTimeOffset(2026, 12, 4, 15, 10, 0, TimeSpan.Zero));
        var tenant = new TenantId((await factory.CreateTenantAsync("leaver-weekend")).TenantId);
        var imported = await factory.SendAsync<EmployeeImportResult>(new ImportEmployeesCommand(new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\r\n",
            "社員番号,氏名,フリガナ,生年月日,入社日,ログインID,権限,初期パスワード",
            "6001,土曜 退職,ドヨウ タイショク,1980/01/01,2005/04/01,saturday,一般,first winter snow falls softly",
            "6002,日曜 退職,ニチヨウ タイショク,1981/01/01,2006/04/01,sunday,一般,bright summer river flows on") + "\r\n"))), tenant);
        Assert.True(imported.Applied, string.Join(" / ", imported.Errors));
        await SetLeaveDateAsync(factory, tenant, "6001", new DateOnly(2026, 12, 5));
        await SetLeaveDateAsync(factory, tenant, "6002", new DateOnly(2026, 12, 6));
        var runner = factory.Services.GetRequiredService<ScheduledJobRunner>();

        var saturday = await runner.RunDueJobsAsync(CancellationToken.None);
        var disabledSaturday = await DisabledAsync(factory, tenant);
        factory.Clock.Advance(TimeSpan.FromDays(1));
        var sunday = await runner.RunDueJobsAsync(CancellationToken.None);

        Assert.Contains("leaver-accounts", saturday);
        Assert.Contains("leaver-accounts", sunday);
        Assert.DoesNotContain("access-log-retention", saturday);
        Assert.Equal(["saturday"], disabledSaturday);
        Assert.Equal(["saturday", "sunday"], await DisabledAsync(factory, tenant));
    }

    private static async Task<List<string>> DisabledAsync(AccessLogRetentionTests.Factory factory, TenantId tenant)
    {
        await using var scope = factory.TenantScope(tenant);
        var logins = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Accounts.Where(a => a.IsDisabled).Select(a => a.LoginId).ToListAsync();
        return [.. logins.Select(l => l.Value).Order()];
    }

    private static async Task SetLeaveDateAsync(AccessLogRetentionTests.Factory factory, TenantId tenant, string number, DateOnly leave)
    {
        Domain.Employees.Employee e;
        await using (var scope = factory.TenantScope(tenant))
        {
            e = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Employees.AsNoTracking()
                .SingleAsync(x => x.Number == Domain.Employees.EmployeeNumber.Create(number));
        }

        await factory.SendAsync<UpdateEmployeeResult>(new UpdateEmployeeCommand(
            e.Id.Value, e.Version, e.Name, e.NameKana, e.BirthDate, e.Gender, e.PostalCode, e.Address, e.HireDate, leave, e.DepartmentCode, e.DepartmentName, e.Email), tenant);
    }
}
