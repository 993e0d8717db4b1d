using YearEndAdjustment.Application.Reminders.GetReminders;
using YearEndAdjustment.Application.Reminders.SaveReminderSchedule;
using YearEndAdjustment.Application.Reminders.SaveReminderText;
using YearEndAdjustment.Application.Reminders.SendReminders;
using YearEndAdjustment.Application.Exceptions;
using YearEndAdjustment.Domain.AccessLogs;
using YearEndAdjustment.Domain.Accounts;
using YearEndAdjustment.Domain.Declarations;
using YearEndAdjustment.Domain.Jobs;
using YearEndAdjustment.Domain.SharedKernel;
using YearEndAdjustment.Infrastructure.Persistence;
using YearEndAdjustment.IntegrationTests.Declarations;
using YearEndAdjustment.IntegrationTests.Support;

namespace YearEndAdjustment.IntegrationTests.Reminders;

/// <summary>Issue 12 item 4: reminders by hand and on a schedule, once each, only to those who have not submitted.</summary>
public sealed class ReminderTests
{
    private static readonly DateOnly Deadline = new(2025, 11, 28);

    // Four are waiting and reachable: not started, draft, returned (D1/D2), draft (D2). The rest must get nothing.
    private static readonly ProgressRow[] Layout =
    [
        new("D1", DeclarationStatus.NotStarted, Email: "a@example.com"),
        new("D1", DeclarationStatus.Draft, Email: "b@example.com"),
        new("D2", DeclarationStatus.Returned, Email: "c@example.com"),
        new("D2", DeclarationStatus.Draft, Email: "d@example.com"),
        new("D1", DeclarationStatus.Submitted, Email: "submitted@example.com"),
        new("D2", DeclarationStatus.Approved, Email: "approved@example.com"),
        new("D1", DeclarationStatus.NotStarted, Email: "disabled@example.com", Disabled: true),
        new("D1", DeclarationStatus.NotStarted),
    ];

    private static readonly string[] Waiting = ["a@example.com", "b@example.com", "c@example.com", "d@example.com"];

    [Fact]
    public async Task ByHand_PreviewCountsTheReachable_AndTheJobMailsEachOfThemOnce_AndNobodyElse()
    {
        await using var factory = new YearProgressFactory();
        var (tenant, admin) = await factory.TenantWithAdminAsync("remind-hand");
        var (other, _) = await factory.TenantWithAdminAsync("remind-other");
        await factory.SeedYearAsync(tenant, 2025, Deadline, Layout);
        await factory.SeedYearAsync(other, 2025, Deadline, new ProgressRow("D1", DeclarationStatus.Draft, Email: "other@example.com"));

        var page = await factory.SendAsAsync<RemindersDto>(new GetRemindersQuery(2025), tenant, admin);
        Assert.Equal((4, Deadline), (page.Recipients, page.Deadline!.Value));
        Assert.True(page.IsDefaultText);
        Assert.Contains(GetRemindersQueryHandler.SampleName, page.PreviewBody);
        Assert.Contains("2025年11月28日", page.PreviewSubject);

        var sent = await factory.SendAsAsync<SendRemindersResult>(new SendRemindersCommand(2025), tenant, admin);
        Assert.Equal(4, sent.Recipients);
        var twice = await Assert.ThrowsAsync<DomainRuleViolationException>(() => factory.SendAsAsync<SendRemindersResult>(new SendRemindersCommand(2025), tenant, admin));
        Assert.Equal("reminders.running", twice.Code);
        Assert.True(await factory.JobRunner().RunNextAsync(CancellationToken.None));

        Assert.Equal(Waiting, factory.Mail.Sent.Select(m => m.To).Order());
        var mail = factory.Mail.To("b@example.com").Single();
        Assert.Contains("社員 1 様", mail.TextBody);
        Assert.Contains("/remind-hand/declarations/2025", mail.TextBody);
        Assert.Contains("2025年11月28日", mail.TextBody);
        Assert.Contains("28 November 2025", mail.TextBody);
        Assert.DoesNotContain("社員 0", mail.TextBody);

        await using var scope = factory.TenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var job = await db.BackgroundJobs.AsNoTracking().SingleAsync(j => j.Id == sent.JobId);
        Assert.Equal(BackgroundJobState.Succeeded, job.State);
        Assert.Equal(4, SendRemindersSummary.TryParse(job.Result)!.Sent);
        var audit = await db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditAction.RemindersQueued).ToListAsync();
        Assert.Equal(admin, Assert.Single(audit).ActorAccountId);
        var round = await db.ReminderRounds.AsNoTracking().SingleAsync();
        Assert.Equal((4, 0, true), (round.Sent, round.Failed, round.CompletedAtUtc is not null));

        // Another tenant's employee was never in scope.
        Assert.Empty(factory.Mail.To("other@example.com"));
    }

    [Fact]
    public async Task LimitedAdmin_RemindsOnlyTheirDepartments_AndWithoutRightsIsRefused()
    {
        await using var factory = new YearProgressFactory();
        var (tenant, _) = await factory.TenantWithAdminAsync("remind-limited");
        await factory.SeedYearAsync(tenant, 2025, Deadline, Layout);
        var clerk = await factory.AccountAsync(tenant, "clerk", AccountRole.LimitedAdmin, Permission.ReviewDeclarations, ["D2"]);

        var page = await factory.SendAsAsync<RemindersDto>(new GetRemindersQuery(2025), tenant, clerk, Permission.ReviewDeclarations, "D2");
        Assert.Equal(2, page.Recipients);
        await factory.SendAsAsync<SendRemindersResult>(new SendRemindersCommand(2025), tenant, clerk, Permission.ReviewDeclarations, "D2");
        await factory.JobRunner().RunNextAsync(CancellationToken.None);

        Assert.Equal(["c@example.com", "d@example.com"], factory.Mail.Sent.Select(m => m.To).Order());
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            factory.SendAsAsync<SendRemindersResult>(new SendRemindersCommand(2025), tenant, clerk, Permission.ManageEmployees, "D2"));

        // Nobody waiting in a department with no declarations: refused, nothing queued.
        var nobody = await Assert.ThrowsAsync<DomainRuleViolationException>(() =>
            factory.SendAsAsync<SendRemindersResult>(new SendRemindersCommand(2025), tenant, clerk, Permission.ReviewDeclarations, "D9"));
        Assert.Equal("reminders.nobody", nobody.Code);

        // The text and the schedule are company-wide: a department-limited admin cannot change them.
        var text = await Assert.ThrowsAsync<ForbiddenException>(() => factory.SendAsAsync<Mediator.Unit>(
            new SaveReminderTextCommand("件名", "本文 {氏名}", "Subject", "Body {name}", false), tenant, clerk, Permission.ReviewDeclarations, "D2"));
        Assert.Equal("forbidden.reminder_settings_scoped", text.Key);
    }

    [Fact]
    public async Task CustomText_IsUsedWithItsPlaceholders_UnknownPlaceholdersAreRefused_AndTheDefaultComesBack()
    {
        await using var factory = new YearProgressFactory();
        var (tenant, admin) = await factory.TenantWithAdminAsync("remind-text");
        await factory.SeedYearAsync(tenant, 2025, Deadline, new ProgressRow("D1", DeclarationStatus.Draft, Email: "a@example.com"));

        var unknown = await Assert.ThrowsAsync<DomainRuleViolationException>(() => factory.SendAsAsync<Mediator.Unit>(
            new SaveReminderTextCommand("{名前}さん", "本文", "Hi", "Body"), tenant, admin));
        Assert.Equal("reminder.unknown_placeholder", unknown.Code);
        Assert.Contains("{名前}", unknown.Message);

        await factory.SendAsAsync<Mediator.Unit>(new SaveReminderTextCommand(
            "締切 {期限} のお知らせ", "{氏名}さん、{年分}年分をお願いします。{URL}", "Due {deadline}", "{name}, please. {company}"), tenant, admin);
        var page = await factory.SendAsAsync<RemindersDto>(new GetRemindersQuery(2025), tenant, admin);
        Assert.False(page.IsDefaultText);
        Assert.Equal("締切 2025年11月28日 のお知らせ / Due 28 November 2025", page.PreviewSubject);

        await factory.SendAsAsync<SendRemindersResult>(new SendRemindersCommand(2025), tenant, admin);
        await factory.JobRunner().RunNextAsync(CancellationToken.None);
        var mail = Assert.Single(factory.Mail.Sent);
        Assert.Equal("締切 2025年11月28日 のお知らせ / Due 28 November 2025", mail.Subject);
        Assert.StartsWith("社員 0さん、2025年分をお願いします。http", mail.TextBody);
        Assert.Contains("/remind-text/declarations/2025", mail.TextBody);
        Assert.Contains("社員 0, please. remind-text 株式会社", mail.TextBody);

        await factory.SendAsAsync<Mediator.Unit>(new SaveReminderTextCommand("", "", "", "", RestoreDefault: true), tenant, admin);
        Assert.True((await factory.SendAsAsync<RemindersDto>(new GetRemindersQuery(2025), tenant, admin)).Text.SubjectJa.Contains("{会社名}", StringComparison.Ordinal));

        await using var scope = factory.TenantScope(tenant);
        Assert.Equal(2, await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.CountAsync(a => a.Action == AuditAction.ReminderTextChanged));
    }

    [Fact]
    public async Task Schedule_TwoNodesOnOneDatabase_QueueEachReminderOnce_AndMailEachRecipientOncePerRound()
    {
        await using var first = new YearProgressFactory();
        var (tenant, admin) = await first.TenantWithAdminAsync("remind-nodes");
        await using var second = new YearProgressFactory(first);
        var declarations = await first.SeedYearAsync(tenant, 2025, Deadline, Layout);
        await first.SendAsAsync<Mediator.Unit>(new SaveReminderScheduleCommand(2025, [2, 7]), tenant, admin);

        // 21 November 08:30 in Japan: seven days before, but before the morning slot.
        SetBoth(first, second, new DateTimeOffset(2025, 11, 20, 23, 30, 0, TimeSpan.Zero));
        Assert.DoesNotContain("reminders", await first.ScheduleRunner().RunDueJobsAsync(CancellationToken.None));

        // 09:30: both nodes poll at once, then both job runners poll at once.
        SetBoth(first, second, new DateTimeOffset(2025, 11, 21, 0, 30, 0, TimeSpan.Zero));
        await Task.WhenAll(first.ScheduleRunner().RunDueJobsAsync(CancellationToken.None), second.ScheduleRunner().RunDueJobsAsync(CancellationToken.None));
        await Task.WhenAll(DrainAsync(first), DrainAsync(second));
        Assert.Equal(Waiting, Sent(first, second).Order());

        // The next morning the seven-day reminder is still the one due: it has gone, so nothing new.
        SetBoth(first, second, new DateTimeOffset(2025, 11, 22, 0, 30, 0, TimeSpan.Zero));
        await Task.WhenAll(first.ScheduleRunner().RunDueJobsAsync(CancellationToken.None), second.ScheduleRunner().RunDueJobsAsync(CancellationToken.None));
        await Task.WhenAll(DrainAsync(first), DrainAsync(second));
        Assert.Equal(4, Sent(first, second).Count);

        // Meanwhile "a" submits; two days before, the second reminder reaches the other three once each.
        await using (var scope = first.TenantScope(tenant))
        {
            var id = declarations[0];
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Declarations.Where(d => d.Id == id)
                .ExecuteUpdateAsync(set => set.SetProperty(d => d.Status, DeclarationStatus.Submitted));
        }

        SetBoth(first, second, new DateTimeOffset(2025, 11, 26, 1, 0, 0, TimeSpan.Zero));
        await Task.WhenAll(second.ScheduleRunner().RunDueJobsAsync(CancellationToken.None), first.ScheduleRunner().RunDueJobsAsync(CancellationToken.None));
        await Task.WhenAll(DrainAsync(second), DrainAsync(first));
        var all = Sent(first, second);
        Assert.Equal(7, all.Count);
        Assert.Equal(1, all.Count(to => to == "a@example.com"));
        Assert.All(Waiting.Skip(1), to => Assert.Equal(2, all.Count(m => m == to)));

        await using var check = first.TenantScope(tenant);
        var db = check.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal([2, 7], (await db.ReminderRounds.AsNoTracking().Select(r => r.DaysBefore!.Value).ToListAsync()).Order());
        Assert.Equal(7, await db.ReminderDeliveries.CountAsync());
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Action == AuditAction.RemindersQueued && a.ActorAccountId == admin));
    }

    [Fact]
    public async Task ByHandThenScheduled_OnTheSameDay_MailEachPersonOnce_AndTheNextDayAgain()
    {
        await using var factory = new YearProgressFactory();
        var (tenant, admin) = await factory.TenantWithAdminAsync("remind-daily");
        await factory.SeedYearAsync(tenant, 2025, Deadline, Layout);
        await factory.SendAsAsync<Mediator.Unit>(new SaveReminderScheduleCommand(2025, [7]), tenant, admin);

        // 21 November 08:00 in Japan: the admin sends by hand before the scheduled morning round.
        factory.Clock.SetUtcNow(new DateTimeOffset(2025, 11, 20, 23, 0, 0, TimeSpan.Zero));
        var byHand = await factory.SendAsAsync<SendRemindersResult>(new SendRemindersCommand(2025), tenant, admin);
        await DrainAsync(factory);
        Assert.Equal(Waiting, factory.Mail.Sent.Select(m => m.To).Order());

        // 09:30 the same day: the seven-day round is queued and runs, but everyone was reminded today.
        factory.Clock.SetUtcNow(new DateTimeOffset(2025, 11, 21, 0, 30, 0, TimeSpan.Zero));
        Assert.Contains("reminders", await factory.ScheduleRunner().RunDueJobsAsync(CancellationToken.None));
        await DrainAsync(factory);
        Assert.Equal(4, factory.Mail.Sent.Count);

        // The next day a hand-sent round reaches them again: the rule is one a day, not one a year.
        factory.Clock.SetUtcNow(new DateTimeOffset(2025, 11, 22, 1, 0, 0, TimeSpan.Zero));
        await factory.SendAsAsync<SendRemindersResult>(new SendRemindersCommand(2025), tenant, admin);
        await DrainAsync(factory);
        Assert.All(Waiting, to => Assert.Equal(2, factory.Mail.To(to).Count));

        await using var scope = factory.TenantScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var scheduled = await db.ReminderRounds.AsNoTracking().SingleAsync(r => r.DaysBefore == 7);
        var job = await db.BackgroundJobs.AsNoTracking().SingleAsync(j => j.Id == scheduled.JobId);
        var summary = SendRemindersSummary.TryParse(job.Result)!;
        Assert.Equal((0, 4, 0), (summary.Sent, summary.RemindedToday, summary.Failed));
        Assert.Equal(8, await db.ReminderDeliveries.CountAsync(d => d.SentAtUtc != null));
        var byHandRound = await db.ReminderRounds.AsNoTracking().SingleAsync(r => r.JobId == byHand.JobId);
        Assert.Equal(4, await db.ReminderDeliveries.CountAsync(d => d.RoundId == byHandRound.Id));
    }

    [Fact]
    public async Task FailedMail_IsRetriedUpToThreeTimes_Recorded_AndASecondRoundThatDayReachesOnlyThoseItMissed()
    {
        await using var factory = new YearProgressFactory();
        var (tenant, admin) = await factory.TenantWithAdminAsync("remind-retry");
        await factory.SeedYearAsync(tenant, 2025, Deadline, Layout);
        factory.Mail.FailNext("a@example.com", 2); // the relay refuses twice, then takes it
        factory.Mail.FailNext("b@example.com", 3); // refused on every attempt of the first round

        var first = await factory.SendAsAsync<SendRemindersResult>(new SendRemindersCommand(2025), tenant, admin);
        await DrainAsync(factory);

        Assert.Equal(["a@example.com", "c@example.com", "d@example.com"], factory.Mail.Sent.Select(m => m.To).Order());
        Assert.Equal((3, 3), (factory.Mail.Attempts["a@example.com"], factory.Mail.Attempts["b@example.com"]));
        await using (var scope = factory.TenantScope(tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var round = await db.ReminderRounds.AsNoTracking().SingleAsync(r => r.JobId == first.JobId);
            Assert.Equal((3, 1), (round.Sent, round.Failed));
            var summary = SendRemindersSummary.TryParse((await db.BackgroundJobs.AsNoTracking().SingleAsync(j => j.Id == first.JobId)).Result)!;
            Assert.Equal((3, 1, 1), (summary.Sent, summary.Failed, summary.Retried));
            var failed = await db.ReminderDeliveries.AsNoTracking().SingleAsync(d => d.FailedAtUtc != null);
            Assert.Equal((3, "IOException", (DateTime?)null), (failed.Attempts, failed.LastError, failed.SentAtUtc));
            Assert.Equal([1, 1, 3], (await db.ReminderDeliveries.AsNoTracking().Where(d => d.SentAtUtc != null).Select(d => d.Attempts).ToListAsync()).Order());
        }

        // Later that day the admin sends again: only the one it missed is mailed.
        factory.Clock.Advance(TimeSpan.FromHours(2));
        var second = await factory.SendAsAsync<SendRemindersResult>(new SendRemindersCommand(2025), tenant, admin);
        await DrainAsync(factory);

        Assert.Equal(4, factory.Mail.Sent.Count);
        Assert.Single(factory.Mail.To("b@example.com"));
        await using var check = factory.TenantScope(tenant);
        var after = check.ServiceProvider.GetRequiredService<AppDbContext>();
        var secondRound = await after.ReminderRounds.AsNoTracking().SingleAsync(r => r.JobId == second.JobId);
        var retaken = await after.ReminderDeliveries.AsNoTracking().SingleAsync(d => d.RoundId == secondRound.Id);
        Assert.Equal((1, false, true), (retaken.Attempts, retaken.SentAtUtc is null, retaken.FailedAtUtc is null));
        var secondSummary = SendRemindersSummary.TryParse((await after.BackgroundJobs.AsNoTracking().SingleAsync(j => j.Id == second.JobId)).Result)!;
        Assert.Equal((1, 3, 0), (secondSummary.Sent, secondSummary.RemindedToday, secondSummary.Failed));
    }

    [Fact]
    public async Task Schedule_RefusesBadDays_AndAfterTheDeadlineSendsNothing()
    {
        await using var factory = new YearProgressFactory();
        var (tenant, admin) = await factory.TenantWithAdminAsync("remind-days");
        await factory.SeedYearAsync(tenant, 2025, Deadline, Layout);

        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() =>
            factory.SendAsAsync<Mediator.Unit>(new SaveReminderScheduleCommand(2025, [61]), tenant, admin));
        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() =>
            factory.SendAsAsync<Mediator.Unit>(new SaveReminderScheduleCommand(2025, [1, 2, 3, 4, 5, 6]), tenant, admin));
        await factory.SendAsAsync<Mediator.Unit>(new SaveReminderScheduleCommand(2025, [0]), tenant, admin);

        factory.Clock.SetUtcNow(new DateTimeOffset(2025, 11, 29, 0, 30, 0, TimeSpan.Zero));
        await factory.ScheduleRunner().RunDueJobsAsync(CancellationToken.None);
        await DrainAsync(factory);

        Assert.Empty(factory.Mail.Sent);
        await using var scope = factory.TenantScope(tenant);
        Assert.Equal("year=2025;days=0", (await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries
            .SingleAsync(a => a.Action == AuditAction.ReminderScheduleChanged)).Detail);
    }

    [Fact]
    public async Task Pages_ShowTheCountAndPreview_SendFromTheButton_AndSaveTheScheduleAndText()
    {
        await using var factory = new YearProgressFactory();
        var (client, _) = await factory.AdminClientAsync("remind-pages");
        var tenant = await factory.TenantOfAsync("remind-pages");
        await factory.SeedYearAsync(tenant, 2025, Deadline, Layout);

        var html = await client.GetStringAsync("/remind-pages/admin/reminders/2025");
        Assert.Contains("今すぐ4人に送る", html);
        Assert.Contains(GetRemindersQueryHandler.SampleName + " 様", html);

        var scheduled = await AuthWebApplicationFactory.PostFormAsync(client, "/remind-pages/admin/reminders/2025",
            new Dictionary<string, string> { ["Days"] = "7、2" }, "/remind-pages/admin/reminders/2025?handler=Schedule");
        Assert.Contains("自動送信の予約を保存しました", await scheduled.Content.ReadAsStringAsync());
        Assert.Contains("value=\"7, 2\"", await client.GetStringAsync("/remind-pages/admin/reminders/2025"));

        var bad = await AuthWebApplicationFactory.PostFormAsync(client, "/remind-pages/admin/reminders/2025",
            new Dictionary<string, string> { ["Days"] = "a week" }, "/remind-pages/admin/reminders/2025?handler=Schedule");
        Assert.Contains("日数は数字をカンマ区切りで入力してください", await bad.Content.ReadAsStringAsync());

        var queued = await AuthWebApplicationFactory.PostFormAsync(client, "/remind-pages/admin/reminders/2025",
            new Dictionary<string, string>(), "/remind-pages/admin/reminders/2025?handler=Send");
        Assert.Contains("/remind-pages/admin/reminders/jobs/", queued.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("data-job-running", await queued.Content.ReadAsStringAsync());
        await factory.JobRunner().RunNextAsync(CancellationToken.None);
        Assert.Contains("4人に送信しました", await client.GetStringAsync(queued.RequestMessage.RequestUri));
        Assert.Equal(4, factory.Mail.Sent.Count(m => m.Subject.Contains("年末調整", StringComparison.Ordinal)));

        var text = await AuthWebApplicationFactory.PostFormAsync(client, "/remind-pages/admin/reminders/text?year=2025", new Dictionary<string, string>
        {
            ["Year"] = "2025", ["SubjectJa"] = "{期限}まで", ["BodyJa"] = "{氏名}様 {URL}", ["SubjectEn"] = "By {deadline}", ["BodyEn"] = "{name}",
        });
        var after = await text.Content.ReadAsStringAsync();
        Assert.Contains("リマインダーの文面を保存しました", after);
        Assert.Contains("2025年11月28日まで / By 28 November 2025", after);
    }

    private static void SetBoth(YearProgressFactory first, YearProgressFactory second, DateTimeOffset now)
    {
        first.Clock.SetUtcNow(now);
        second.Clock.SetUtcNow(now);
    }

    private static async Task DrainAsync(YearProgressFactory node)
    {
        while (await node.JobRunner().RunNextAsync(CancellationToken.None))
        {
        }
    }

    private static List<string> Sent(YearProgressFactory first, YearProgressFactory second) =>
        [.. first.Mail.Sent.Concat(second.Mail.Sent).Select(m => m.To)];
}
