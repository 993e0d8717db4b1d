using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace YearEndAdjustment.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PgInitial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AccessLogs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    ClientIp = table.Column<string>(type: "character varying(45)", maxLength: 45, nullable: true, collation: "C"),
                    UserAgent = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true, collation: "C"),
                    Method = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    Path = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false, collation: "C"),
                    StatusCode = table.Column<int>(type: "integer", nullable: false),
                    DurationMs = table.Column<double>(type: "double precision", nullable: false),
                    SessionId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccessLogs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AccountTokens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UsedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountTokens", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AnnouncementDeliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    AnnouncementId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Recipients = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnnouncementDeliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Announcements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: true),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Body = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, collation: "C"),
                    FromDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ToDate = table.Column<DateOnly>(type: "date", nullable: false),
                    PostedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Announcements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ActorAccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    Action = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: false, collation: "C"),
                    SubjectEmployeeId = table.Column<Guid>(type: "uuid", nullable: true),
                    SubjectFamilyMemberId = table.Column<Guid>(type: "uuid", nullable: true),
                    SubjectAccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    ClientAddress = table.Column<string>(type: "character varying(45)", maxLength: 45, nullable: true, collation: "C"),
                    Detail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JobRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JobName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    SlotKey = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    ClaimedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false, collation: "C"),
                    ClaimedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CompletedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AffectedRows = table.Column<long>(type: "bigint", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LoginHistory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    AttemptedLoginId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    OccurredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClientIp = table.Column<string>(type: "character varying(45)", maxLength: 45, nullable: true, collation: "C"),
                    UserAgent = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true, collation: "C"),
                    Outcome = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoginHistory", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MaintenanceSwitch",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    IsOn = table.Column<bool>(type: "boolean", nullable: false),
                    UntilUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Message = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    ChangedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaintenanceSwitch", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TenantPurgeRecords",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    ContractEndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CompletedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Runs = table.Column<int>(type: "integer", nullable: false),
                    Counts = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenantPurgeRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Tenants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    DisplayName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    ContractEndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    PurgedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tenants", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UserSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    AccountId = table.Column<Guid>(type: "uuid", nullable: false),
                    SecurityStamp = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastSeenAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RevokedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserSessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Accounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    LoginId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    DisplayName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true, collation: "C"),
                    Role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    Permissions = table.Column<int>(type: "integer", nullable: false),
                    Departments = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false, collation: "C"),
                    IsAdminId = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false, collation: "C"),
                    MustChangePassword = table.Column<bool>(type: "boolean", nullable: false),
                    EmployeeId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsDisabled = table.Column<bool>(type: "boolean", nullable: false),
                    DisabledAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FailedSignInCount = table.Column<int>(type: "integer", nullable: false),
                    LockedUntilUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastSignInAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PasswordChangedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SecurityStamp = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    TwoFactorSecret = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: true, collation: "C"),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LastTwoFactorStep = table.Column<long>(type: "bigint", nullable: false),
                    RecoveryCodeHashes = table.Column<string>(type: "character varying(1024)", maxLength: 1024, nullable: false, collation: "C"),
                    PreferredCulture = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true, collation: "C"),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Accounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Accounts_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BackgroundJobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Payload = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false, collation: "C"),
                    RequestedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    ConcurrencyKey = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true, collation: "C"),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    Stage = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    Done = table.Column<long>(type: "bigint", nullable: false),
                    Total = table.Column<long>(type: "bigint", nullable: false),
                    Result = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true, collation: "C"),
                    ErrorCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true, collation: "C"),
                    LeaseOwner = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true, collation: "C"),
                    LeaseExpiresAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FinishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BackgroundJobs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BackgroundJobs_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Employees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false, collation: "C"),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    NameKana = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    NameSearch = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    KanaSearch = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Gender = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    PostalCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true, collation: "C"),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true, collation: "C"),
                    HireDate = table.Column<DateOnly>(type: "date", nullable: false),
                    LeaveDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DepartmentCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true, collation: "C"),
                    DepartmentName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true, collation: "C"),
                    MunicipalityCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true, collation: "C"),
                    MyNumberCiphertext = table.Column<byte[]>(type: "bytea", maxLength: 64, nullable: true),
                    MyNumberLookup = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true, collation: "C"),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Employees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Employees_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReminderRounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    TaxYear = table.Column<int>(type: "integer", nullable: false),
                    SlotKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    DaysBefore = table.Column<int>(type: "integer", nullable: true),
                    RequestedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    JobId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CompletedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Sent = table.Column<int>(type: "integer", nullable: false),
                    Failed = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReminderRounds_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReminderSchedules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    TaxYear = table.Column<int>(type: "integer", nullable: false),
                    DaysBefore = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false, collation: "C"),
                    SetBy = table.Column<Guid>(type: "uuid", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderSchedules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReminderSchedules_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReminderSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectJa = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    BodyJa = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false, collation: "C"),
                    SubjectEn = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    BodyEn = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false, collation: "C"),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderSettings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReminderSettings_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TenantDataKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    WrappedKey = table.Column<byte[]>(type: "bytea", maxLength: 60, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenantDataKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TenantDataKeys_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TenantSettings",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    LockoutThreshold = table.Column<int>(type: "integer", nullable: false),
                    LockoutMinutes = table.Column<int>(type: "integer", nullable: false),
                    IdleTimeoutMinutes = table.Column<int>(type: "integer", nullable: false),
                    RequireTwoFactorForAdmins = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenantSettings", x => x.TenantId);
                    table.ForeignKey(
                        name: "FK_TenantSettings_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Declarations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployeeId = table.Column<Guid>(type: "uuid", nullable: false),
                    TaxYear = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewStartedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReturnedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ApprovedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    ReopenReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    LastStep = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true, collation: "C"),
                    OpeningNoticeSentAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReturnComments = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    WarningCount = table.Column<int>(type: "integer", nullable: false),
                    AssistedEditsPendingSinceUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Dependants = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Basic = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Insurance = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    HousingLoan = table.Column<string>(type: "text", nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Declarations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Declarations_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Declarations_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EmployeeFamilyMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    NameKana = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    Relationship = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Cohabiting = table.Column<bool>(type: "boolean", nullable: false),
                    Disability = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    NonResident = table.Column<bool>(type: "boolean", nullable: false),
                    EstimatedIncome = table.Column<long>(type: "bigint", nullable: false),
                    MyNumberCiphertext = table.Column<byte[]>(type: "bytea", maxLength: 64, nullable: true),
                    MyNumberLookup = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true, collation: "C"),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EmployeeId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmployeeFamilyMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmployeeFamilyMembers_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PayrollTotals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployeeId = table.Column<Guid>(type: "uuid", nullable: false),
                    TaxYear = table.Column<int>(type: "integer", nullable: false),
                    SalaryPaid = table.Column<long>(type: "bigint", nullable: false),
                    BonusPaid = table.Column<long>(type: "bigint", nullable: false),
                    TaxWithheld = table.Column<long>(type: "bigint", nullable: false),
                    SocialInsuranceWithheld = table.Column<long>(type: "bigint", nullable: false),
                    PreviousEmployersSalaryPaid = table.Column<long>(type: "bigint", nullable: false),
                    PreviousEmployersTaxWithheld = table.Column<long>(type: "bigint", nullable: false),
                    PreviousEmployersSocialInsurance = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayrollTotals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PayrollTotals_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "YearEndResults",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    EmployeeId = table.Column<Guid>(type: "uuid", nullable: false),
                    TaxYear = table.Column<int>(type: "integer", nullable: false),
                    DeclarationId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeclarationVersion = table.Column<int>(type: "integer", nullable: false),
                    PayrollVersion = table.Column<int>(type: "integer", nullable: false),
                    PayrollUpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LeaveDate = table.Column<DateOnly>(type: "date", nullable: true),
                    InputFingerprint = table.Column<string>(type: "character varying(64)", unicode: false, maxLength: 64, nullable: false, collation: "C"),
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    ComputedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IsPublished = table.Column<bool>(type: "boolean", nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublishedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    NotAdjustedReason = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false, collation: "C"),
                    SalaryTotal = table.Column<long>(type: "bigint", nullable: false),
                    WithheldTaxTotal = table.Column<long>(type: "bigint", nullable: false),
                    EmploymentIncome = table.Column<long>(type: "bigint", nullable: false),
                    IncomeAdjustmentDeduction = table.Column<long>(type: "bigint", nullable: false),
                    SalaryIncome = table.Column<long>(type: "bigint", nullable: false),
                    TotalIncome = table.Column<long>(type: "bigint", nullable: false),
                    SocialInsuranceDeduction = table.Column<long>(type: "bigint", nullable: false),
                    SmallEnterpriseMutualAidDeduction = table.Column<long>(type: "bigint", nullable: false),
                    LifeInsuranceGeneral = table.Column<long>(type: "bigint", nullable: false),
                    LifeInsuranceCareMedical = table.Column<long>(type: "bigint", nullable: false),
                    LifeInsurancePension = table.Column<long>(type: "bigint", nullable: false),
                    LifeInsuranceDeduction = table.Column<long>(type: "bigint", nullable: false),
                    EarthquakeInsuranceDeduction = table.Column<long>(type: "bigint", nullable: false),
                    SpouseDeductionKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    SpouseDeduction = table.Column<long>(type: "bigint", nullable: false),
                    SpecificRelativeCount = table.Column<int>(type: "integer", nullable: false),
                    SpecificRelativeDeduction = table.Column<long>(type: "bigint", nullable: false),
                    GeneralDependantCount = table.Column<int>(type: "integer", nullable: false),
                    SpecificDependantCount = table.Column<int>(type: "integer", nullable: false),
                    ElderlyDependantCount = table.Column<int>(type: "integer", nullable: false),
                    CohabitingParentCount = table.Column<int>(type: "integer", nullable: false),
                    YoungDependantCount = table.Column<int>(type: "integer", nullable: false),
                    DependantDeduction = table.Column<long>(type: "bigint", nullable: false),
                    DisabilityDeduction = table.Column<long>(type: "bigint", nullable: false),
                    WidowDeduction = table.Column<long>(type: "bigint", nullable: false),
                    SingleParentDeduction = table.Column<long>(type: "bigint", nullable: false),
                    WorkingStudentDeduction = table.Column<long>(type: "bigint", nullable: false),
                    BasicDeduction = table.Column<long>(type: "bigint", nullable: false),
                    TotalDeductions = table.Column<long>(type: "bigint", nullable: false),
                    TaxableIncome = table.Column<long>(type: "bigint", nullable: false),
                    ComputedTax = table.Column<long>(type: "bigint", nullable: false),
                    HousingLoanCredit = table.Column<long>(type: "bigint", nullable: false),
                    TaxAfterHousingLoanCredit = table.Column<long>(type: "bigint", nullable: false),
                    FlatTaxCutPersons = table.Column<int>(type: "integer", nullable: false),
                    FlatTaxCut = table.Column<long>(type: "bigint", nullable: false),
                    FlatTaxCutApplied = table.Column<long>(type: "bigint", nullable: false),
                    FlatTaxCutUnabsorbed = table.Column<long>(type: "bigint", nullable: false),
                    TaxAfterFlatTaxCut = table.Column<long>(type: "bigint", nullable: false),
                    AnnualTax = table.Column<long>(type: "bigint", nullable: false),
                    Difference = table.Column<long>(type: "bigint", nullable: false),
                    TraceJson = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YearEndResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_YearEndResults_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReminderDeliveries",
                columns: table => new
                {
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeclarationId = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderDeliveries", x => new { x.RoundId, x.DeclarationId });
                    table.ForeignKey(
                        name: "FK_ReminderDeliveries_ReminderRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "ReminderRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReminderDeliveries_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TenantIpAllowList",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Value = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    Note = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true, collation: "C"),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TenantIpAllowList", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TenantIpAllowList_TenantSettings_TenantId",
                        column: x => x.TenantId,
                        principalTable: "TenantSettings",
                        principalColumn: "TenantId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeclarationId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerEmployeeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false, collation: "C"),
                    ContentType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false, collation: "C"),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false, collation: "C"),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attachments_Declarations_DeclarationId",
                        column: x => x.DeclarationId,
                        principalTable: "Declarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Attachments_Employees_OwnerEmployeeId",
                        column: x => x.OwnerEmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DeclarationChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeclarationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActorAccountId = table.Column<Guid>(type: "uuid", nullable: true),
                    Path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    OldValue = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true, collation: "C"),
                    NewValue = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true, collation: "C"),
                    OccurredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    IsAssisted = table.Column<bool>(type: "boolean", nullable: false),
                    ConfirmedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeclarationChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeclarationChanges_Declarations_DeclarationId",
                        column: x => x.DeclarationId,
                        principalTable: "Declarations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AttachmentContents",
                columns: table => new
                {
                    AttachmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AttachmentContents", x => x.AttachmentId);
                    table.ForeignKey(
                        name: "FK_AttachmentContents_Attachments_AttachmentId",
                        column: x => x.AttachmentId,
                        principalTable: "Attachments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AccessLogs_OccurredAtUtc",
                table: "AccessLogs",
                column: "OccurredAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_AccessLogs_TenantId_AccountId_OccurredAtUtc",
                table: "AccessLogs",
                columns: new[] { "TenantId", "AccountId", "OccurredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AccessLogs_TenantId_OccurredAtUtc",
                table: "AccessLogs",
                columns: new[] { "TenantId", "OccurredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_TenantId_Email",
                table: "Accounts",
                columns: new[] { "TenantId", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_TenantId_EmployeeId",
                table: "Accounts",
                columns: new[] { "TenantId", "EmployeeId" });

            migrationBuilder.CreateIndex(
                name: "IX_Accounts_TenantId_LoginId",
                table: "Accounts",
                columns: new[] { "TenantId", "LoginId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AccountTokens_TenantId_AccountId",
                table: "AccountTokens",
                columns: new[] { "TenantId", "AccountId" });

            migrationBuilder.CreateIndex(
                name: "IX_AccountTokens_TokenHash",
                table: "AccountTokens",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AnnouncementDeliveries_TenantId_AnnouncementId",
                table: "AnnouncementDeliveries",
                columns: new[] { "TenantId", "AnnouncementId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Announcements_ToDate_FromDate",
                table: "Announcements",
                columns: new[] { "ToDate", "FromDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_DeclarationId",
                table: "Attachments",
                column: "DeclarationId");

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_OwnerEmployeeId",
                table: "Attachments",
                column: "OwnerEmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_TenantId_DeclarationId_CreatedAtUtc",
                table: "Attachments",
                columns: new[] { "TenantId", "DeclarationId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_TenantId_OwnerEmployeeId",
                table: "Attachments",
                columns: new[] { "TenantId", "OwnerEmployeeId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_OccurredAtUtc",
                table: "AuditEntries",
                column: "OccurredAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_TenantId_OccurredAtUtc",
                table: "AuditEntries",
                columns: new[] { "TenantId", "OccurredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_TenantId_SubjectEmployeeId",
                table: "AuditEntries",
                columns: new[] { "TenantId", "SubjectEmployeeId" });

            migrationBuilder.CreateIndex(
                name: "IX_BackgroundJobs_State_CreatedAtUtc",
                table: "BackgroundJobs",
                columns: new[] { "State", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_BackgroundJobs_TenantId_ConcurrencyKey_State",
                table: "BackgroundJobs",
                columns: new[] { "TenantId", "ConcurrencyKey", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationChanges_DeclarationId",
                table: "DeclarationChanges",
                column: "DeclarationId");

            migrationBuilder.CreateIndex(
                name: "IX_DeclarationChanges_TenantId_DeclarationId_OccurredAtUtc",
                table: "DeclarationChanges",
                columns: new[] { "TenantId", "DeclarationId", "OccurredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_Dashboard",
                table: "Declarations",
                columns: new[] { "TenantId", "TaxYear", "Status", "WarningCount", "Deadline", "EmployeeId" });

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_EmployeeId",
                table: "Declarations",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_TenantId_EmployeeId_TaxYear",
                table: "Declarations",
                columns: new[] { "TenantId", "EmployeeId", "TaxYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_TenantId_TaxYear_Status_Id",
                table: "Declarations",
                columns: new[] { "TenantId", "TaxYear", "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_TenantId_TaxYear_SubmittedAtUtc_Id",
                table: "Declarations",
                columns: new[] { "TenantId", "TaxYear", "SubmittedAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_TenantId_TaxYear_UpdatedAtUtc_Id",
                table: "Declarations",
                columns: new[] { "TenantId", "TaxYear", "UpdatedAtUtc", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_TenantId_TaxYear_WarningCount",
                table: "Declarations",
                columns: new[] { "TenantId", "TaxYear", "WarningCount" });

            migrationBuilder.CreateIndex(
                name: "IX_EmployeeFamilyMembers_EmployeeId",
                table: "EmployeeFamilyMembers",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_Employees_TenantId_DepartmentCode_Number_LeaveDate",
                table: "Employees",
                columns: new[] { "TenantId", "DepartmentCode", "Number", "LeaveDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Employees_TenantId_KanaSearch_Number_LeaveDate",
                table: "Employees",
                columns: new[] { "TenantId", "KanaSearch", "Number", "LeaveDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Employees_TenantId_NameSearch_Number_LeaveDate",
                table: "Employees",
                columns: new[] { "TenantId", "NameSearch", "Number", "LeaveDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Employees_TenantId_Number",
                table: "Employees",
                columns: new[] { "TenantId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Employees_TenantId_Number_LeaveDate",
                table: "Employees",
                columns: new[] { "TenantId", "Number", "LeaveDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Employees_TenantId_UpdatedAtUtc",
                table: "Employees",
                columns: new[] { "TenantId", "UpdatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_JobRuns_JobName_SlotKey",
                table: "JobRuns",
                columns: new[] { "JobName", "SlotKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LoginHistory_TenantId_AccountId_OccurredAtUtc",
                table: "LoginHistory",
                columns: new[] { "TenantId", "AccountId", "OccurredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_LoginHistory_TenantId_OccurredAtUtc",
                table: "LoginHistory",
                columns: new[] { "TenantId", "OccurredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PayrollTotals_EmployeeId",
                table: "PayrollTotals",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_PayrollTotals_TenantId_EmployeeId_TaxYear",
                table: "PayrollTotals",
                columns: new[] { "TenantId", "EmployeeId", "TaxYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PayrollTotals_TenantId_TaxYear",
                table: "PayrollTotals",
                columns: new[] { "TenantId", "TaxYear" });

            migrationBuilder.CreateIndex(
                name: "IX_ReminderDeliveries_TenantId",
                table: "ReminderDeliveries",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ReminderRounds_TenantId_TaxYear_SlotKey",
                table: "ReminderRounds",
                columns: new[] { "TenantId", "TaxYear", "SlotKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReminderSchedules_TenantId_TaxYear",
                table: "ReminderSchedules",
                columns: new[] { "TenantId", "TaxYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReminderSettings_TenantId",
                table: "ReminderSettings",
                column: "TenantId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TenantDataKeys_TenantId",
                table: "TenantDataKeys",
                column: "TenantId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TenantIpAllowList_TenantId",
                table: "TenantIpAllowList",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_TenantPurgeRecords_TenantId",
                table: "TenantPurgeRecords",
                column: "TenantId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tenants_Slug",
                table: "Tenants",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UserSessions_TenantId_AccountId",
                table: "UserSessions",
                columns: new[] { "TenantId", "AccountId" });

            migrationBuilder.CreateIndex(
                name: "IX_YearEndResults_EmployeeId",
                table: "YearEndResults",
                column: "EmployeeId");

            migrationBuilder.CreateIndex(
                name: "IX_YearEndResults_TenantId_EmployeeId_TaxYear",
                table: "YearEndResults",
                columns: new[] { "TenantId", "EmployeeId", "TaxYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_YearEndResults_TenantId_TaxYear_IsPublished",
                table: "YearEndResults",
                columns: new[] { "TenantId", "TaxYear", "IsPublished" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AccessLogs");

            migrationBuilder.DropTable(
                name: "Accounts");

            migrationBuilder.DropTable(
                name: "AccountTokens");

            migrationBuilder.DropTable(
                name: "AnnouncementDeliveries");

            migrationBuilder.DropTable(
                name: "Announcements");

            migrationBuilder.DropTable(
                name: "AttachmentContents");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "BackgroundJobs");

            migrationBuilder.DropTable(
                name: "DeclarationChanges");

            migrationBuilder.DropTable(
                name: "EmployeeFamilyMembers");

            migrationBuilder.DropTable(
                name: "JobRuns");

            migrationBuilder.DropTable(
                name: "LoginHistory");

            migrationBuilder.DropTable(
                name: "MaintenanceSwitch");

            migrationBuilder.DropTable(
                name: "PayrollTotals");

            migrationBuilder.DropTable(
                name: "ReminderDeliveries");

            migrationBuilder.DropTable(
                name: "ReminderSchedules");

            migrationBuilder.DropTable(
                name: "ReminderSettings");

            migrationBuilder.DropTable(
                name: "TenantDataKeys");

            migrationBuilder.DropTable(
                name: "TenantIpAllowList");

            migrationBuilder.DropTable(
                name: "TenantPurgeRecords");

            migrationBuilder.DropTable(
                name: "UserSessions");

            migrationBuilder.DropTable(
                name: "YearEndResults");

            migrationBuilder.DropTable(
                name: "Attachments");

            migrationBuilder.DropTable(
                name: "ReminderRounds");

            migrationBuilder.DropTable(
                name: "TenantSettings");

            migrationBuilder.DropTable(
                name: "Declarations");

            migrationBuilder.DropTable(
                name: "Employees");

            migrationBuilder.DropTable(
                name: "Tenants");
        }
    }
}
