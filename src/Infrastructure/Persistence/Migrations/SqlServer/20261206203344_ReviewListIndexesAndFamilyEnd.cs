using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace YearEndAdjustment.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ReviewListIndexesAndFamilyEnd : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Declarations_TenantId_TaxYear_Status",
                table: "Declarations");

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndedOn",
                table: "EmployeeFamilyMembers",
                type: "date",
                nullable: true);

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Declarations_TenantId_TaxYear_Status_Id",
                table: "Declarations");

            migrationBuilder.DropIndex(
                name: "IX_Declarations_TenantId_TaxYear_SubmittedAtUtc_Id",
                table: "Declarations");

            migrationBuilder.DropIndex(
                name: "IX_Declarations_TenantId_TaxYear_UpdatedAtUtc_Id",
                table: "Declarations");

            migrationBuilder.DropIndex(
                name: "IX_Declarations_TenantId_TaxYear_WarningCount",
                table: "Declarations");

            migrationBuilder.DropColumn(
                name: "EndedOn",
                table: "EmployeeFamilyMembers");

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_TenantId_TaxYear_Status",
                table: "Declarations",
                columns: new[] { "TenantId", "TaxYear", "Status" });
        }
    }
}
