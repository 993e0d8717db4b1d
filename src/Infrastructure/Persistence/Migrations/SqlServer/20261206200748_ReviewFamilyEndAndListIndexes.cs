using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace YearEndAdjustment.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ReviewFamilyEndAndListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "EndedOn",
                table: "EmployeeFamilyMembers",
                type: "date",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_TenantId_TaxYear_SubmittedAtUtc",
                table: "Declarations",
                columns: new[] { "TenantId", "TaxYear", "SubmittedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_TenantId_TaxYear_UpdatedAtUtc",
                table: "Declarations",
                columns: new[] { "TenantId", "TaxYear", "UpdatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_TenantId_TaxYear_WarningCount",
                table: "Declarations",
                columns: new[] { "TenantId", "TaxYear", "WarningCount" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Declarations_TenantId_TaxYear_SubmittedAtUtc",
                table: "Declarations");

            migrationBuilder.DropIndex(
                name: "IX_Declarations_TenantId_TaxYear_UpdatedAtUtc",
                table: "Declarations");

            migrationBuilder.DropIndex(
                name: "IX_Declarations_TenantId_TaxYear_WarningCount",
                table: "Declarations");

            migrationBuilder.DropColumn(
                name: "EndedOn",
                table: "EmployeeFamilyMembers");
        }
    }
}
