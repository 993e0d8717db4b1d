using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace YearEndAdjustment.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ListCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
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
                name: "IX_Employees_TenantId_Number_LeaveDate",
                table: "Employees",
                columns: new[] { "TenantId", "Number", "LeaveDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Employees_TenantId_DepartmentCode_Number_LeaveDate",
                table: "Employees");

            migrationBuilder.DropIndex(
                name: "IX_Employees_TenantId_KanaSearch_Number_LeaveDate",
                table: "Employees");

            migrationBuilder.DropIndex(
                name: "IX_Employees_TenantId_NameSearch_Number_LeaveDate",
                table: "Employees");

            migrationBuilder.DropIndex(
                name: "IX_Employees_TenantId_Number_LeaveDate",
                table: "Employees");

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
        }
    }
}
