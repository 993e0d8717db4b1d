using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace YearEndAdjustment.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class YearEndResults : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "YearEndResults",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployeeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaxYear = table.Column<int>(type: "INTEGER", nullable: false),
                    DeclarationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeclarationVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    PayrollVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    PayrollUpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LeaveDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    InputFingerprint = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    RunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ComputedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsPublished = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    NotAdjustedReason = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    SalaryTotal = table.Column<long>(type: "INTEGER", nullable: false),
                    WithheldTaxTotal = table.Column<long>(type: "INTEGER", nullable: false),
                    EmploymentIncome = table.Column<long>(type: "INTEGER", nullable: false),
                    IncomeAdjustmentDeduction = table.Column<long>(type: "INTEGER", nullable: false),
                    SalaryIncome = table.Column<long>(type: "INTEGER", nullable: false),
                    TotalIncome = table.Column<long>(type: "INTEGER", nullable: false),
                    SocialInsuranceDeduction = table.Column<long>(type: "INTEGER", nullable: false),
                    SmallEnterpriseMutualAidDeduction = table.Column<long>(type: "INTEGER", nullable: false),
                    LifeInsuranceGeneral = table.Column<long>(type: "INTEGER", nullable: false),
                    LifeInsuranceCareMedical = table.Column<long>(type: "INTEGER", nullable: false),
                    LifeInsurancePension = table.Column<long>(type: "INTEGER", nullable: false),
                    LifeInsuranceDeduction = table.Column<long>(type: "INTEGER", nullable: false),
                    EarthquakeInsuranceDeduction = table.Column<long>(type: "INTEGER", nullable: false),
                    SpouseDeductionKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SpouseDeduction = table.Column<long>(type: "INTEGER", nullable: false),
                    SpecificRelativeCount = table.Column<int>(type: "INTEGER", nullable: false),
                    SpecificRelativeDeduction = table.Column<long>(type: "INTEGER", nullable: false),
                    GeneralDependantCount = table.Column<int>(type: "INTEGER", nullable: false),
                    SpecificDependantCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ElderlyDependantCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CohabitingParentCount = table.Column<int>(type: "INTEGER", nullable: false),
                    YoungDependantCount = table.Column<int>(type: "INTEGER", nullable: false),
                    DependantDeduction = table.Column<long>(type: "INTEGER", nullable: false),
                    DisabilityDeduction = table.Column<long>(type: "INTEGER", nullable: false),
                    WidowDeduction = table.Column<long>(type: "INTEGER", nullable: false),
                    SingleParentDeduction = table.Column<long>(type: "INTEGER", nullable: false),
                    WorkingStudentDeduction = table.Column<long>(type: "INTEGER", nullable: false),
                    BasicDeduction = table.Column<long>(type: "INTEGER", nullable: false),
                    TotalDeductions = table.Column<long>(type: "INTEGER", nullable: false),
                    TaxableIncome = table.Column<long>(type: "INTEGER", nullable: false),
                    ComputedTax = table.Column<long>(type: "INTEGER", nullable: false),
                    HousingLoanCredit = table.Column<long>(type: "INTEGER", nullable: false),
                    TaxAfterHousingLoanCredit = table.Column<long>(type: "INTEGER", nullable: false),
                    FlatTaxCutPersons = table.Column<int>(type: "INTEGER", nullable: false),
                    FlatTaxCut = table.Column<long>(type: "INTEGER", nullable: false),
                    FlatTaxCutApplied = table.Column<long>(type: "INTEGER", nullable: false),
                    FlatTaxCutUnabsorbed = table.Column<long>(type: "INTEGER", nullable: false),
                    TaxAfterFlatTaxCut = table.Column<long>(type: "INTEGER", nullable: false),
                    AnnualTax = table.Column<long>(type: "INTEGER", nullable: false),
                    Difference = table.Column<long>(type: "INTEGER", nullable: false),
                    TraceJson = table.Column<string>(type: "TEXT", nullable: false)
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
                name: "YearEndResults");
        }
    }
}
