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
}
