using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace YearEndAdjustment.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class AssistedEntry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "AssistedEditsPendingSinceUtc",
                table: "Declarations",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ConfirmedAtUtc",
                table: "DeclarationChanges",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsAssisted",
                table: "DeclarationChanges",
                type: "bit",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AssistedEditsPendingSinceUtc",
                table: "Declarations");

            migrationBuilder.DropColumn(
                name: "ConfirmedAtUtc",
                table: "DeclarationChanges");

            migrationBuilder.DropColumn(
                name: "IsAssisted",
                table: "DeclarationChanges");
        }
    }
}
