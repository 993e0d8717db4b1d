using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace YearEndAdjustment.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Out3EmployeeOfficer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsOfficer",
                table: "Employees",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IsOfficer",
                table: "Employees");
        }
    }
}
