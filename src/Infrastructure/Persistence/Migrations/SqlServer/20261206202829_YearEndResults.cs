using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace YearEndAdjustment.Infrastructure.Persistence.Migrations.SqlServer
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EmployeeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TaxYear = table.Column<int>(type: "int", nullable: false),
                    DeclarationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DeclarationVersion = table.Column<int>(type: "int", nullable: false),
                    PayrollVersion = table.Column<int>(type: "int", nullable: false),
                    PayrollUpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LeaveDate = table.Column<DateOnly>(type: "date", nullable: true),
                    InputFingerprint = table.Column<string>(type: "varchar(64)", unicode: false, maxLength: 64, nullable: false),
                    RunId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ComputedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    IsPublished = table.Column<bool>(type: "bit", nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    PublishedBy = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    NotAdjustedReason = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
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
                    SpouseDeductionKind = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    SpouseDeduction = table.Column<long>(type: "bigint", nullable: false),
                    SpecificRelativeCount = table.Column<int>(type: "int", nullable: false),
                    SpecificRelativeDeduction = table.Column<long>(type: "bigint", nullable: false),
                    GeneralDependantCount = table.Column<int>(type: "int", nullable: false),
                    SpecificDependantCount = table.Column<int>(type: "int", nullable: false),
                    ElderlyDependantCount = table.Column<int>(type: "int", nullable: false),
                    CohabitingParentCount = table.Column<int>(type: "int", nullable: false),
                    YoungDependantCount = table.Column<int>(type: "int", nullable: false),
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
                    FlatTaxCutPersons = table.Column<int>(type: "int", nullable: false),
                    FlatTaxCut = table.Column<long>(type: "bigint", nullable: false),
                    FlatTaxCutApplied = table.Column<long>(type: "bigint", nullable: false),
                    FlatTaxCutUnabsorbed = table.Column<long>(type: "bigint", nullable: false),
                    TaxAfterFlatTaxCut = table.Column<long>(type: "bigint", nullable: false),
                    AnnualTax = table.Column<long>(type: "bigint", nullable: false),
                    Difference = table.Column<long>(type: "bigint", nullable: false),
                    TraceJson = table.Column<string>(type: "nvarchar(max)", nullable: false)
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
