namespace YearEndAdjustment.Application.Resources;

/// <summary>
/// Every message key, in one list: the keys of Resources/Messages.resx (Japanese) and Messages.en.resx. Domain keys
/// are the codes or <c>RuleMessage</c> keys thrown there; a test checks that both files hold exactly these keys.
/// </summary>
public static class MessageKeys
{
    // Domain: single-message rule codes (the code is the key)
    public const string AccessLogTimeNotUtc = "access_log.time_not_utc";
    public const string AuditTenantRequired = "audit.tenant_required";
    public const string EmployeeTenantRequired = "employee.tenant_required";
    public const string FamilyMemberNotFound = "employee.family_member_not_found";
    public const string AccountTenantRequired = "account.tenant_required";
    public const string AccountNameInvalid = "account.name_invalid";
    public const string AccountEmailInvalid = "account.email_invalid";
    public const string AccountAdminIdRole = "account.admin_id_role";
    public const string AccountDepartmentInvalid = "account.department_invalid";
    public const string AccountAdminIdDisable = "account.admin_id_disable";
    public const string TwoFactorAlreadyEnabled = "two_factor.already_enabled";
    public const string TwoFactorNotStarted = "two_factor.not_started";
    public const string LoginIdRequired = "account.login_id_required";
    public const string LoginIdInvalid = "account.login_id_invalid";
    public const string TokenUnusable = "token.unusable";
    public const string TenantNameRequired = "tenant.name_required";
    public const string TenantNameTooLong = "tenant.name_too_long";
    public const string IpAllowListEverything = "ip_allow_list.everything";
    public const string IpAllowListNoteTooLong = "ip_allow_list.note_too_long";
    public const string SettingsLockoutThreshold = "settings.lockout_threshold";
    public const string SettingsLockoutMinutes = "settings.lockout_minutes";
    public const string SettingsIdleTimeout = "settings.idle_timeout";

    // Domain: rules with arguments
    public const string IpAllowListTooMany = "ip_allow_list.too_many";
    public const string IpAllowListInvalid = "ip_allow_list.invalid";
    public const string TaxYearOutOfRange = "tax_year.out_of_range";
    public const string AdjustmentUnsupportedTaxYear = "adjustment.unsupported_tax_year";
    public const string AdjustmentRulesYearMismatch = "adjustment.rules_year_mismatch";
    public const string AdjustmentReferenceDateOutsideYear = "adjustment.reference_date_outside_year";
    public const string AdjustmentNegativeAmount = "adjustment.negative_amount";
    public const string AdjustmentAmountTooLarge = "adjustment.amount_too_large";
    public const string AdjustmentBornAfterReferenceDate = "adjustment.born_after_reference_date";

    // Domain: reasons (several under one code, also used by validators)
    public const string EmployeeNameRequired = "employee.name_required";
    public const string EmployeeNameTooLong = "employee.name_too_long";
    public const string EmployeeKanaRequired = "employee.kana_required";
    public const string EmployeeKanaTooLong = "employee.kana_too_long";
    public const string EmployeeKanaNotKatakana = "employee.kana_not_katakana";
    public const string EmployeeBirthDateTooOld = "employee.birth_date_too_old";
    public const string EmployeePostalCodeInvalid = "employee.postal_code_invalid";
    public const string EmployeeAddressTooLong = "employee.address_too_long";
    public const string EmployeeDepartmentCodeInvalid = "employee.department_code_invalid";
    public const string EmployeeDepartmentNameTooLong = "employee.department_name_too_long";
    public const string EmployeeMunicipalityCodeInvalid = "employee.municipality_code_invalid";
    public const string EmployeeOfficerInvalid = "employee.officer_invalid";
    public const string EmployeeEmailInvalid = "employee.email_invalid";
    public const string EmployeeHiredBeforeBirth = "employee.hired_before_birth";
    public const string EmployeeLeftBeforeHire = "employee.left_before_hire";
    public const string EmployeeNumberRequired = "employee.number_required";
    public const string EmployeeNumberInvalid = "employee.number_invalid";
    public const string MyNumberRequired = "my_number.required";
    public const string MyNumberNotTwelveDigits = "my_number.not_twelve_digits";
    public const string MyNumberCheckDigit = "my_number.check_digit";
    public const string FamilyIncomeOutOfRange = "family.income_out_of_range";
    public const string PayrollAmountOutOfRange = "payroll_total.amount_out_of_range";
    public const string PasswordRequired = "password.required";
    public const string PasswordTooShort = "password.too_short";
    public const string PasswordTooLong = "password.too_long";
    public const string PasswordSameAsLoginId = "password.same_as_login_id";
    public const string PasswordOneCharacter = "password.one_character";
    public const string PasswordCommon = "password.common";
    public const string TenantSlugRequired = "tenant.slug_required";
    public const string TenantSlugLength = "tenant.slug_length";
    public const string TenantSlugCharacters = "tenant.slug_characters";
    public const string TenantSlugReserved = "tenant.slug_reserved";

    // Application: rule violations
    public const string AccountDisableSelf = "account.disable_self";
    public const string AccountNoEmail = "account.no_email";
    public const string TwoFactorRequired = "two_factor.required";
    public const string TokenUnusableAskAgain = "token.unusable_ask_again";
    public const string LoginIdTaken = "account.login_id_taken";
    public const string TenantSlugTaken = "tenant.slug_taken";
    public const string EmployeeChangedMeanwhile = "employee.changed_meanwhile";

    // Application: not found (404)
    public const string NotFoundEmployee = "not_found.employee";
    public const string NotFoundStaffMember = "not_found.staff_member";
    public const string NotFoundMyNumber = "not_found.my_number";
    public const string NotFoundTenant = "not_found.tenant";
    public const string NotFoundAccount = "not_found.account";

    // Application: forbidden (403)
    public const string ForbiddenTenantRequired = "forbidden.tenant_required";
    public const string ForbiddenSignInRequired = "forbidden.sign_in_required";
    public const string ForbiddenPermission = "forbidden.permission";
    public const string ForbiddenMyNumberReveal = "forbidden.my_number_reveal";
    public const string ForbiddenMyNumberExport = "forbidden.my_number_export";
    public const string ForbiddenFullExport = "forbidden.full_export";
    public const string ForbiddenReminderSettingsScoped = "forbidden.reminder_settings_scoped";
    public const string ForbiddenDepartmentOutOfScope = "forbidden.department_out_of_scope";
    public const string ForbiddenOthersLoginHistory = "forbidden.others_login_history";
    public const string ForbiddenAdminAccounts = "forbidden.admin_accounts";

    // Application: validation
    public const string ValidationEmployeeRequired = "validation.employee_required";
    public const string ValidationFamilyMemberInvalid = "validation.family_member_invalid";
    public const string ValidationRelationshipRequired = "validation.relationship_required";
    public const string ValidationDisabilityRequired = "validation.disability_required";
    public const string ValidationBirthDateRequired = "validation.birth_date_required";
    public const string ValidationBirthDateFuture = "validation.birth_date_future";
    public const string ValidationIncomeRequired = "validation.income_required";
    public const string ValidationMyNumberAndRemove = "validation.my_number_and_remove";
    public const string ValidationDestinationNotWritable = "validation.destination_not_writable";
    public const string ValidationExportEncoding = "validation.export_encoding";
    public const string ValidationImportFileRequired = "validation.import_file_required";
    public const string ValidationImportFileUnreadable = "validation.import_file_unreadable";
    public const string ValidationPreviewIdInvalid = "validation.preview_id_invalid";
    public const string ValidationTaxYearInvalid = "validation.tax_year_invalid";
    public const string ValidationPasswordIncorrect = "validation.password_incorrect";
    public const string ValidationEmailRequired = "validation.email_required";
    public const string ValidationNewPasswordRequired = "validation.new_password_required";
    public const string ValidationPasswordConfirmationMismatch = "validation.password_confirmation_mismatch";
    public const string ValidationCurrentPasswordRequired = "validation.current_password_required";
    public const string ValidationCurrentPasswordIncorrect = "validation.current_password_incorrect";
    public const string ValidationNewPasswordSame = "validation.new_password_same";
    public const string ValidationCodeRequired = "validation.code_required";
    public const string ValidationTotpCodeRequired = "validation.totp_code_required";
    public const string ValidationTotpCodeIncorrect = "validation.totp_code_incorrect";
    public const string ValidationCulture = "validation.culture";
    public const string ValidationLoginIdRequired = "validation.login_id_required";
    public const string ValidationLoginIdTooLong = "validation.login_id_too_long";
    public const string ValidationLoginIdCharacters = "validation.login_id_characters";
    public const string ValidationDisplayNameTooLong = "validation.display_name_too_long";
    public const string ValidationEmailOrInitialPassword = "validation.email_or_initial_password";
    public const string ValidationTenantNameTooLong = "validation.tenant_name_too_long";
    public const string ValidationInputTooLong = "validation.input_too_long";
    public const string ValidationIpAllowListTooMany = "validation.ip_allow_list_too_many";
    public const string ValidationLinePrefix = "validation.line_prefix";

    // Web: ProblemDetails titles and details
    public const string ProblemValidation = "problem.validation";
    public const string ProblemRule = "problem.rule";
    public const string ProblemNotFound = "problem.not_found";
    public const string ProblemForbidden = "problem.forbidden";
    public const string ProblemConcurrency = "problem.concurrency";
    public const string ProblemConcurrencyDetail = "problem.concurrency_detail";
    public const string ProblemBadRequest = "problem.bad_request";
    public const string ProblemCancelled = "problem.cancelled";
    public const string ProblemInternal = "problem.internal";
    public const string ProblemInternalDetail = "problem.internal_detail";

    // Added with the department scope, edit-form normalisation and background jobs (issue 9, ADR 0032)
    public const string NotFoundJob = "not_found.job";
    public const string ForbiddenFullExportScoped = "forbidden.full_export_scoped";
    public const string ValidationFormulaStart = "validation.formula_start";
    public const string JobTenantRequired = "job.tenant_required";
    public const string JobKindInvalid = "job.kind_invalid";
    public const string JobPayloadTooLarge = "job.payload_too_large";
    public const string JobNotClaimable = "job.not_claimable";
    public const string ValidationDateOutOfRange = "validation.date_out_of_range";

    // XML deduction certificates (issue 15, ADR 0042)
    public const string CertificateDtdRefused = "certificate.dtd_refused";
    public const string CertificateMalformed = "certificate.malformed";
    public const string CertificateForeign = "certificate.foreign";
    public const string CertificateWrongPerson = "certificate.wrong_person";
    public const string CertificateWrongYear = "certificate.wrong_year";
    public const string CertificateNoAmount = "certificate.no_amount";
    public const string CertificateTooLarge = "certificate.too_large";
    public const string CertificateZipTooMany = "certificate.zip_too_many";
    public const string CertificateZipUnreadable = "certificate.zip_unreadable";
    public const string CertificateNoFiles = "certificate.no_files";

    // Attachments (issue 11, ADR 0036)
    public const string AttachmentDeclarationNotEditable = "attachment.declaration_not_editable";
    public const string AttachmentEmpty = "attachment.empty";
    public const string AttachmentUnsupportedType = "attachment.unsupported_type";
    public const string AttachmentTooLarge = "attachment.too_large";
    public const string AttachmentTooMany = "attachment.too_many";
    public const string NotFoundAttachment = "not_found.attachment";
    public const string DeclarationAmountRange = "declaration.amount_range";
    public const string DeclarationCheckM01 = "declaration.check.m01";
    public const string DeclarationCheckM02 = "declaration.check.m02";
    public const string DeclarationCheckM03 = "declaration.check.m03";
    public const string DeclarationCheckM04 = "declaration.check.m04";
    public const string DeclarationCheckM05 = "declaration.check.m05";
    public const string DeclarationCheckM06 = "declaration.check.m06";
    public const string DeclarationCheckM07 = "declaration.check.m07";
    public const string DeclarationCheckM08 = "declaration.check.m08";
    public const string DeclarationCheckM09 = "declaration.check.m09";
    public const string DeclarationCheckM10 = "declaration.check.m10";
    public const string DeclarationCheckM11 = "declaration.check.m11";
    public const string DeclarationCheckM12 = "declaration.check.m12";
    public const string DeclarationCheckM13 = "declaration.check.m13";
    public const string DeclarationCheckM14 = "declaration.check.m14";
    public const string DeclarationCheckM15 = "declaration.check.m15";
    public const string DeclarationCheckM16 = "declaration.check.m16";
    public const string DeclarationCheckM17 = "declaration.check.m17";
    public const string DeclarationCheckM18 = "declaration.check.m18";
    public const string DeclarationCheckM19 = "declaration.check.m19";
    public const string DeclarationCheckM20 = "declaration.check.m20";
    public const string DeclarationCheckM21 = "declaration.check.m21";
    public const string DeclarationCheckM22 = "declaration.check.m22";
    public const string DeclarationCheckM23 = "declaration.check.m23";
    public const string DeclarationCheckM24 = "declaration.check.m24";
    public const string DeclarationCheckM25 = "declaration.check.m25";
    public const string DeclarationCheckM26 = "declaration.check.m26";
    public const string DeclarationCheckM27 = "declaration.check.m27";
    public const string DeclarationCheckM28 = "declaration.check.m28";
    public const string DeclarationCheckM29 = "declaration.check.m29";
    public const string DeclarationCheckM30 = "declaration.check.m30";
    public const string DeclarationCheckM31 = "declaration.check.m31";
    public const string DeclarationCheckM32 = "declaration.check.m32";
    public const string DeclarationCheckM33 = "declaration.check.m33";
    public const string DeclarationCheckM34 = "declaration.check.m34";
    public const string DeclarationCheckM35 = "declaration.check.m35";
    public const string DeclarationCheckM36 = "declaration.check.m36";
    public const string DeclarationCheckM37 = "declaration.check.m37";
    public const string DeclarationCheckM38 = "declaration.check.m38";
    public const string DeclarationCheckM39 = "declaration.check.m39";
    public const string DeclarationCheckM40 = "declaration.check.m40";
    public const string DeclarationCheckM41 = "declaration.check.m41";
    public const string DeclarationCheckM42 = "declaration.check.m42";
    public const string DeclarationCheckM45 = "declaration.check.m45";
    public const string DeclarationCheckM46 = "declaration.check.m46";
    public const string DeclarationCheckM47 = "declaration.check.m47";
    public const string DeclarationCheckM49 = "declaration.check.m49";
    public const string DeclarationCheckM50 = "declaration.check.m50";
    public const string DeclarationCheckM51 = "declaration.check.m51";
    public const string DeclarationCheckM52 = "declaration.check.m52";
    public const string DeclarationCheckM53 = "declaration.check.m53";
    public const string DeclarationCheckM54 = "declaration.check.m54";
    public const string DeclarationCheckM55 = "declaration.check.m55";
    public const string DeclarationCheckM56 = "declaration.check.m56";
    public const string DeclarationCheckM57 = "declaration.check.m57";
    public const string DeclarationCheckM58 = "declaration.check.m58";
    public const string DeclarationCheckM59 = "declaration.check.m59";
    public const string DeclarationCheckM60 = "declaration.check.m60";
    public const string DeclarationCheckM61 = "declaration.check.m61";
    public const string DeclarationCheckM62 = "declaration.check.m62";
    public const string DeclarationCheckM63 = "declaration.check.m63";
    public const string DeclarationCheckM64 = "declaration.check.m64";
    public const string DeclarationCheckM65 = "declaration.check.m65";
    public const string DeclarationCheckM66 = "declaration.check.m66";
    public const string DeclarationCheckM67 = "declaration.check.m67";
    public const string DeclarationCheckM68 = "declaration.check.m68";
    public const string DeclarationCheckM69 = "declaration.check.m69";
    public const string DeclarationCheckM70 = "declaration.check.m70";
    public const string DeclarationTenantRequired = "declaration.tenant_required";
    public const string DeclarationStaleVersion = "declaration.stale_version";
    public const string DeclarationNotWithdrawable = "declaration.not_withdrawable";
    public const string DeclarationReviewStarted = "declaration.review_started";
    public const string DeclarationCommentsRequired = "declaration.comments_required";
    public const string DeclarationNotReopenable = "declaration.not_reopenable";
    public const string DeclarationNotOwner = "declaration.not_owner";
    public const string DeclarationNotReviewable = "declaration.not_reviewable";
    public const string DeclarationSubmittedNotEditable = "declaration.not_editable.submitted";
    public const string DeclarationApprovedNotEditable = "declaration.not_editable.approved";
    public const string DeclarationNothingEntered = "declaration.not_submittable.not_started";
    public const string DeclarationAlreadySubmitted = "declaration.not_submittable.submitted";
    public const string DeclarationApprovedNotSubmittable = "declaration.not_submittable.approved";
    public const string DeclarationReasonRequired = "declaration.reason_required";
    public const string DeclarationFixBeforeSubmit = "declaration.fix_before_submit";
    public const string DeclarationFixBeforeApprove = "declaration.fix_before_approve";
    public const string DeclarationMoreFindings = "declaration.more_findings";
    public const string DeclarationNoEmployee = "declaration.no_employee";
    public const string DeclarationNotSaved = "declaration.not_saved";
    public const string DeclarationYearUnsupported = "declaration.year_unsupported";
    public const string DeclarationMyNumberShape = "declaration.my_number_shape";
    // Opening a tax year (issue 11 item 2)
    public const string ValidationOpenYearDeadlinePast = "validation.open_year_deadline_past";
    public const string ValidationOpenYearDeadlineLate = "validation.open_year_deadline_late";
    public const string ValidationOpenYearScopeRequired = "validation.open_year_scope_required";
    public const string ValidationOpenYearTooMany = "validation.open_year_too_many";
    public const string ValidationOpenYearLeaverUnknown = "validation.open_year_leaver_unknown";
    public const string ValidationOpenYearNotLeaver = "validation.open_year_not_leaver";
    public const string OpenYearRunning = "declarations.open_year_running";

    // Demo data (issue 11 item 9)
    public const string ValidationDemoEmployees = "validation.demo_employees";
    public const string DemoTenantNotFound = "demo.tenant_not_found";
    public const string DemoNotADemo = "demo.not_a_demo";
    public const string DemoNotEmpty = "demo.not_empty";

    // Reminders (issue 12 item 4, ADR 0040)
    public const string ReminderTextRequired = "reminder.text_required";
    public const string ReminderTextTooLong = "reminder.text_too_long";
    public const string ReminderUnknownPlaceholder = "reminder.unknown_placeholder";
    public const string ReminderDaysInvalid = "reminder.days_invalid";
    public const string ValidationReminderDays = "validation.reminder_days";
    public const string RemindersNobody = "reminders.nobody";
    public const string RemindersRunning = "reminders.running";
    // Calculation runs and results (issue 12 items 5-7, ADR 0039)
    public const string ResultsTenantRequired = "results.tenant_required";
    public const string ResultsStalePublish = "results.stale_publish";
    public const string ResultsStalePublishCount = "results.stale_publish_count";
    public const string ResultsStaleExport = "results.stale_export";
    public const string ResultsYearNotOpen = "results.year_not_open";
    public const string ResultsNotApproved = "results.not_approved";
    public const string ResultsRunRunning = "results.run_running";
    public const string ResultsNoPayroll = "results.no_payroll";
    public const string ResultsCalculationRefused = "results.calculation_refused";
    public const string ResultsNotFound = "results.not_found";
    public const string SlipsStale = "slips.stale";
    public const string SlipsArchiveRunning = "slips.archive_running";
    public const string ImportRunning = "employees.import_running";
    public const string ImportUploadExpired = "employees.import_upload_expired";
    public const string SlipsArchiveNotReady = "slips.archive_not_ready";
    public const string SlipsArchiveReplaced = "slips.archive_replaced";
    public const string SettingsPayerNameTooLong = "settings.payer_name_too_long";
    public const string SettingsPayerAddressTooLong = "settings.payer_address_too_long";
    public const string SettingsPayerPhoneInvalid = "settings.payer_phone_invalid";
    public const string SettingsCorporateNumberInvalid = "settings.corporate_number_invalid";
    public const string ForbiddenPayerSettingsScoped = "forbidden.payer_settings_scoped";
    public const string ResultsNotPublished = "results.not_published";
    public const string ValidationResultsSelection = "validation.results_selection";
    public const string NotFoundDeclaration = "not_found.declaration";
    public const string DeclarationNothingToConfirm = "declaration.nothing_to_confirm";
    public const string DeclarationLineNotFound = "declaration.line_not_found";
    public const string DeclarationStatusUnknown = "declaration.status_unknown";
    public const string DeclarationCommentTooLong = "declaration.comment_too_long";
    public const string DeclarationCommentPathUnknown = "declaration.comment_path_unknown";
    public const string DeclarationChangedSinceLoaded = "declaration.changed_since_loaded";
    // Operations: contract end, purge, announcements, audit trail (issue 13, ADR 0043)
    public const string TenantNotActive = "tenant.not_active";
    public const string TenantNoEndDate = "tenant.no_end_date";
    public const string TenantAlreadyEnded = "tenant.already_ended";
    public const string AnnouncementTitle = "announcement.title";
    public const string AnnouncementBody = "announcement.body";
    public const string AnnouncementPeriod = "announcement.period";
    public const string TenantUnknownSlug = "tenant.unknown_slug";
    public const string TenantEndDatePast = "tenant.end_date_past";
    public const string ForbiddenContractEnded = "forbidden.contract_ended";
    public const string ValidationPeriodOrder = "validation.period_order";
}
