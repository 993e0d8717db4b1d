using YearEndAdjustment.Domain.Declarations.Events;
using YearEndAdjustment.Domain.SharedKernel;

namespace YearEndAdjustment.Domain.Declarations;

// One employee's year-end declarations for one tax year: the four forms (Y-03) and their workflow (Y-05). The forms
// are immutable records replaced as a whole on save; each save records field-level changes. Version is the
// optimistic-concurrency token, incremented by every change (ADR 0006: app-managed, SQLite has no rowversion).
public sealed class Declaration : AggregateRoot, ITenantOwned
{
    public const string NotEditableCode = "declaration.not_editable";
    public const string NotSubmittableCode = "declaration.not_submittable";
    public const string NotOwnerCode = "declaration.not_owner";
    public const string NotWithdrawableCode = "declaration.not_withdrawable";
    public const string ReviewStartedCode = "declaration.review_started";
    public const string NotReviewableCode = "declaration.not_reviewable";
    public const string CommentsRequiredCode = "declaration.comments_required";
    public const string NotReopenableCode = "declaration.not_reopenable";
    public const string ReasonRequiredCode = "declaration.reason_required";
    public const string StaleVersionCode = "declaration.stale_version";
    public const string NothingToConfirmCode = "declaration.nothing_to_confirm";
    public const string LineNotFoundCode = "declaration.line_not_found";
    public const int ReasonMaxLength = 500;
    public const int StepMaxLength = 32;

    // Messages with several texts under one code, or with arguments (ADR 0027); single texts use the code as key.
    private static readonly RuleMessage SubmittedNotEditable = new("declaration.not_editable.submitted", "提出済みの申告書は変更できません。変更するには提出を取り消してください。");
    private static readonly RuleMessage ApprovedNotEditable = new("declaration.not_editable.approved", "承認済みの申告書は変更できません。");
    private static readonly RuleMessage NothingEntered = new("declaration.not_submittable.not_started", "まだ何も入力されていません。入力して保存してから提出してください。");
    private static readonly RuleMessage AlreadySubmitted = new("declaration.not_submittable.submitted", "この申告書は提出済みです。");
    private static readonly RuleMessage ApprovedNotSubmittable = new("declaration.not_submittable.approved", "承認済みの申告書は提出できません。");
    private static readonly RuleMessage ReasonRequired = new(ReasonRequiredCode, "再開する理由を{0}文字以内で入力してください。");
    private static readonly RuleMessage FixBeforeSubmit = new("declaration.fix_before_submit", "提出する前に修正が必要です: {0}{1}");
    private static readonly RuleMessage FixBeforeApprove = new("declaration.fix_before_approve", "承認する前に修正が必要です: {0}{1}");
    private static readonly RuleMessage MoreFindings = new("declaration.more_findings", "（ほかに{0}件あります）");

    private Declaration()
    {
        Dependants = DependantsForm.Empty;
        Basic = BasicDeductionForm.Empty;
        Insurance = InsuranceForm.Empty;
        ReturnComments = [];
    }

    public DeclarationId Id { get; private set; }

    public TenantId TenantId { get; private set; }

    public EmployeeId EmployeeId { get; private set; }

    public TaxYear TaxYear { get; private set; }

    public DeclarationStatus Status { get; private set; }

    public int Version { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public DateTime? SubmittedAtUtc { get; private set; }

    // Set when an admin opens the submitted declaration for review (next issue); from then on the employee can no
    // longer withdraw it.
    public DateTime? ReviewStartedAtUtc { get; private set; }

    public DateTime? ReturnedAtUtc { get; private set; }

    public DateTime? ApprovedAtUtc { get; private set; }

    // The submission deadline as a Japan calendar date; null until the admin sets one.
    public DateOnly? Deadline { get; private set; }

    public string? ReopenReason { get; private set; }

    // The page of the employee's guided flow to resume at on the next sign-in (a short page name such as
    // "insurance"). Not part of the forms: changing it records no history and does not change Version.
    public string? LastStep { get; private set; }

    // When the "declarations have started" mail went out for this declaration. Set by a conditional update before
    // the mail is sent, so a re-run or a takeover of the opening job never mails twice. Not a change of the
    // declaration's content: it does not move Version, so an employee editing meanwhile is not made stale.
    public DateTime? OpeningNoticeSentAtUtc { get; private set; }

    public IReadOnlyList<ReviewComment> ReturnComments { get; private set; }

    // How many check findings (blocking or not) the forms had at their last save: the admin list filters and the
    // dashboard counts on it without re-running the checks over every declaration.
    public int WarningCount { get; private set; }

    // Set by the first admin edit made on the employee's behalf (assisted entry, Y-05) and cleared when the employee
    // confirms those edits; the edits themselves are the history rows marked IsAssisted.
    public DateTime? AssistedEditsPendingSinceUtc { get; private set; }

    public bool HasAssistedEditsPending => AssistedEditsPendingSinceUtc is not null;

    public DependantsForm Dependants { get; private set; }

    public BasicDeductionForm Basic { get; private set; }

    public InsuranceForm Insurance { get; private set; }

    public HousingLoanForm? HousingLoan { get; private set; }

    public DeclarationForms Forms => new(Dependants, Basic, Insurance, HousingLoan);

    public DeclarationYearDefinition Definition => DeclarationYearCatalog.For(TaxYear.Value);

    public bool IsEditable => Status is DeclarationStatus.NotStarted or DeclarationStatus.Draft or DeclarationStatus.Returned;

    // Created empty and not started: the admin's progress list counts it before the employee opens it.
    public static Declaration Create(TenantId tenantId, EmployeeId employeeId, TaxYear taxYear, DateOnly? deadline, DateTime nowUtc)
    {
        if (tenantId == TenantId.None)
        {
            throw new DomainRuleViolationException("declaration.tenant_required", "申告書はテナントに属する必要があります。");
        }

        DeclarationYearCatalog.For(taxYear.Value);
        return new Declaration
        {
            Id = DeclarationId.New(),
            TenantId = tenantId,
            EmployeeId = employeeId,
            TaxYear = taxYear,
            Status = DeclarationStatus.NotStarted,
            Deadline = deadline,
            CreatedAtUtc = nowUtc,
            UpdatedAtUtc = nowUtc,
        };
    }

    // The client's copy must be the current one: a stale save would silently undo someone else's edit.
    public void EnsureVersion(int expectedVersion)
    {
        if (expectedVersion != Version)
        {
            throw new DomainRuleViolationException(
                StaleVersionCode,
                "この申告書は別の画面や操作で先に更新されています。画面を開き直して最新の内容を確認してから、もう一度保存してください。");
        }
    }

    public void Start(DateTime nowUtc)
    {
        if (Status != DeclarationStatus.NotStarted)
        {
            return;
        }

        Status = DeclarationStatus.Draft;
        Touch(nowUtc);
    }

    // Replaces the forms; returns the history rows to add in the same transaction. Family members entered here are
    // proposals: the Employee master changes only when the approval applies them (next issue).
    public IReadOnlyList<DeclarationChange> SaveForms(DeclarationForms forms, AccountId? actor, DateTime nowUtc) =>
        SaveForms(forms, actor, nowUtc, assisted: false);

    // An admin enters the forms for an employee without a device: the history rows say so, and the declaration
    // waits for the employee to look at and confirm them.
    public IReadOnlyList<DeclarationChange> SaveFormsOnBehalf(DeclarationForms forms, AccountId admin, DateTime nowUtc)
    {
        var changes = SaveForms(forms, admin, nowUtc, assisted: true);
        if (changes.Count > 0)
        {
            AssistedEditsPendingSinceUtc ??= nowUtc;
        }

        return changes;
    }

    private IReadOnlyList<DeclarationChange> SaveForms(DeclarationForms forms, AccountId? actor, DateTime nowUtc, bool assisted)
    {
        ArgumentNullException.ThrowIfNull(forms);
        if (!IsEditable)
        {
            throw new DomainRuleViolationException(NotEditableCode, Status == DeclarationStatus.Submitted ? SubmittedNotEditable : ApprovedNotEditable);
        }

        var changes = DeclarationFieldPaths.Diff(Forms, forms);
        var started = Status == DeclarationStatus.NotStarted;
        if (changes.Count == 0 && !started)
        {
            return [];
        }

        Dependants = forms.Dependants;
        Basic = forms.Basic;
        Insurance = forms.Insurance;
        HousingLoan = forms.HousingLoan;
        WarningCount = Check(nowUtc).Count;
        if (started)
        {
            Status = DeclarationStatus.Draft;
        }

        Touch(nowUtc);
        return [.. changes.Select(change => DeclarationChange.Record(TenantId, Id, actor, change, nowUtc, assisted))];
    }

    // An uploaded certificate becomes evidence of the insurance line it was sent for (a change of the forms like any
    // other: history row, Version). The attachment itself is stored by the caller in the same transaction.
    public IReadOnlyList<DeclarationChange> AttachCertificate(Guid lineEntryId, Guid attachmentId, AccountId? actor, DateTime nowUtc)
    {
        var insurance = Insurance.WithAttachment(lineEntryId, attachmentId)
            ?? throw new DomainRuleViolationException(LineNotFoundCode, "証明書を添付する保険の行が見つかりません。");
        return SaveForms(Forms with { Insurance = insurance }, actor, nowUtc);
    }

    public void RememberStep(string? step)
    {
        if (!string.IsNullOrEmpty(step) && step.Length <= StepMaxLength)
        {
            LastStep = step;
        }
    }

    public IReadOnlyList<DeclarationCheck> Check(DateTime nowUtc) => DeclarationChecks.Run(Forms, Definition, JapanTime.DateOf(nowUtc));

    // A returned declaration may be submitted again unchanged: the reviewer's comment may have been a question.
    public void Submit(EmployeeId byEmployee, DateTime nowUtc)
    {
        RequireOwner(byEmployee);
        SubmitCore(nowUtc);
    }

    // Assisted entry: the admin submits what they entered for the employee (the caller checks the admin's rights).
    public void SubmitOnBehalf(DateTime nowUtc) => SubmitCore(nowUtc);

    // The employee has seen the admin's edits (the pending history rows) and accepts them. Not a change of the forms,
    // so Version stays; the rows keep who edited and gain when the employee confirmed.
    public void ConfirmAssistedEdits(EmployeeId byEmployee, IReadOnlyCollection<DeclarationChange> pendingEdits, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(pendingEdits);
        RequireOwner(byEmployee);
        if (!HasAssistedEditsPending)
        {
            throw new DomainRuleViolationException(NothingToConfirmCode, "確認が必要な代理入力はありません。");
        }

        foreach (var edit in pendingEdits.Where(e => e.DeclarationId == Id))
        {
            edit.Confirm(nowUtc);
        }

        AssistedEditsPendingSinceUtc = null;
    }

    private void SubmitCore(DateTime nowUtc)
    {
        if (Status is not (DeclarationStatus.Draft or DeclarationStatus.Returned))
        {
            throw new DomainRuleViolationException(NotSubmittableCode, Status switch
            {
                DeclarationStatus.NotStarted => NothingEntered,
                DeclarationStatus.Submitted => AlreadySubmitted,
                _ => ApprovedNotSubmittable,
            });
        }

        RequireNoBlockingChecks(nowUtc, FixBeforeSubmit);
        Status = DeclarationStatus.Submitted;
        SubmittedAtUtc = nowUtc;
        ReviewStartedAtUtc = null;
        Touch(nowUtc);
        Raise(new DeclarationSubmittedEvent(Id, EmployeeId, TaxYear.Value, nowUtc));
    }

    // The employee takes a submission back to correct it, as long as no admin has started reviewing it.
    public void Withdraw(EmployeeId byEmployee, DateTime nowUtc)
    {
        RequireOwner(byEmployee);
        if (Status != DeclarationStatus.Submitted)
        {
            throw new DomainRuleViolationException(NotWithdrawableCode, "提出中の申告書だけ提出を取り消せます。");
        }

        if (ReviewStartedAtUtc is not null)
        {
            throw new DomainRuleViolationException(ReviewStartedCode, "担当者が確認を始めたため、提出を取り消せません。修正が必要な場合は担当者に連絡してください。");
        }

        Status = DeclarationStatus.Draft;
        SubmittedAtUtc = null;
        Touch(nowUtc);
    }

    public void StartReview(DateTime nowUtc)
    {
        RequireSubmitted();
        if (ReviewStartedAtUtc is null)
        {
            ReviewStartedAtUtc = nowUtc;
            Touch(nowUtc);
        }
    }

    public void Return(IReadOnlyList<ReviewComment> comments, DateTime nowUtc)
    {
        RequireSubmitted();
        if (comments is null || comments.Count == 0 || comments.Any(c => string.IsNullOrWhiteSpace(c.Text)))
        {
            throw new DomainRuleViolationException(CommentsRequiredCode, "差し戻す理由を項目ごとに入力してください。");
        }

        Status = DeclarationStatus.Returned;
        ReturnComments = [.. comments];
        ReturnedAtUtc = nowUtc;
        ReviewStartedAtUtc = null;
        Touch(nowUtc);
    }

    public void Approve(DateTime nowUtc)
    {
        RequireSubmitted();
        RequireNoBlockingChecks(nowUtc, FixBeforeApprove);
        Status = DeclarationStatus.Approved;
        ApprovedAtUtc = nowUtc;
        Touch(nowUtc);
    }

    // An admin reopens an approved declaration (Y-05); it goes back to the employee as returned, with the reason.
    public void Reopen(string reason, DateTime nowUtc)
    {
        if (Status != DeclarationStatus.Approved)
        {
            throw new DomainRuleViolationException(NotReopenableCode, "承認済みの申告書だけ再開できます。");
        }

        var trimmed = reason?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > ReasonMaxLength)
        {
            throw new DomainRuleViolationException(ReasonRequiredCode, ReasonRequired.With(ReasonMaxLength));
        }

        Status = DeclarationStatus.Returned;
        ReopenReason = trimmed;
        ReturnComments = [new ReviewComment("", trimmed)];
        ReturnedAtUtc = nowUtc;
        ApprovedAtUtc = null;
        ReviewStartedAtUtc = null;
        Touch(nowUtc);
    }

    public void SetDeadline(DateOnly? deadline, DateTime nowUtc)
    {
        if (Deadline != deadline)
        {
            Deadline = deadline;
            Touch(nowUtc);
        }
    }

    private void RequireOwner(EmployeeId byEmployee)
    {
        if (byEmployee != EmployeeId)
        {
            throw new DomainRuleViolationException(NotOwnerCode, "本人の申告書だけ操作できます。");
        }
    }

    private void RequireSubmitted()
    {
        if (Status != DeclarationStatus.Submitted)
        {
            throw new DomainRuleViolationException(NotReviewableCode, "提出された申告書だけ確認・差戻し・承認できます。");
        }
    }

    // Refused with the first blocking check's own code, so the caller knows what to fix; the message counts the rest.
    private void RequireNoBlockingChecks(DateTime nowUtc, RuleMessage fixBefore)
    {
        var blocking = Check(nowUtc).Where(c => c.IsBlocking).ToList();
        if (blocking.Count == 0)
        {
            return;
        }

        object more = blocking.Count > 1 ? MoreFindings.With(blocking.Count - 1) : "";
        object first = blocking[0].Reason ?? (object)blocking[0].Message;
        throw new DomainRuleViolationException(blocking[0].Code, fixBefore.With(first, more));
    }

    private void Touch(DateTime nowUtc)
    {
        UpdatedAtUtc = nowUtc;
        Version++;
    }
}
