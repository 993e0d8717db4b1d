using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace YearEndAdjustment.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ListIndexesAndSearchKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "KanaSearch",
                table: "Employees",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "NameSearch",
                table: "Employees",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            // Existing rows were stored NFKC with katakana kana (ADR 0023): removing spaces and upper-casing gives their key.
            migrationBuilder.Sql("UPDATE \"Employees\" SET \"NameSearch\" = UPPER(REPLACE(REPLACE(\"Name\", ' ', ''), '　', '')), \"KanaSearch\" = UPPER(REPLACE(REPLACE(\"NameKana\", ' ', ''), '　', ''));");

            migrationBuilder.CreateIndex(
                name: "IX_Employees_TenantId_DepartmentCode_Number",
                table: "Employees",
                columns: new[] { "TenantId", "DepartmentCode", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Employees_TenantId_KanaSearch",
                table: "Employees",
                columns: new[] { "TenantId", "KanaSearch" });

            migrationBuilder.CreateIndex(
                name: "IX_Employees_TenantId_NameSearch",
                table: "Employees",
                columns: new[] { "TenantId", "NameSearch" });

            migrationBuilder.CreateIndex(
                name: "IX_Employees_TenantId_UpdatedAtUtc",
                table: "Employees",
                columns: new[] { "TenantId", "UpdatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AccessLogs_TenantId_AccountId_OccurredAtUtc",
                table: "AccessLogs",
                columns: new[] { "TenantId", "AccountId", "OccurredAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Employees_TenantId_DepartmentCode_Number",
                table: "Employees");

            migrationBuilder.DropIndex(
                name: "IX_Employees_TenantId_KanaSearch",
                table: "Employees");

            migrationBuilder.DropIndex(
                name: "IX_Employees_TenantId_NameSearch",
                table: "Employees");

            migrationBuilder.DropIndex(
                name: "IX_Employees_TenantId_UpdatedAtUtc",
                table: "Employees");

            migrationBuilder.DropIndex(
                name: "IX_AccessLogs_TenantId_AccountId_OccurredAtUtc",
                table: "AccessLogs");

            migrationBuilder.DropColumn(
                name: "KanaSearch",
                table: "Employees");

            migrationBuilder.DropColumn(
                name: "NameSearch",
                table: "Employees");
        }
    }
}
