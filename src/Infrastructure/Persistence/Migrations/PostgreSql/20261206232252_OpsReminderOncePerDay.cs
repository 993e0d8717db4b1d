using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace YearEndAdjustment.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class OpsReminderOncePerDay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Attempts",
                table: "ReminderDeliveries",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Day",
                table: "ReminderDeliveries",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "FailedAtUtc",
                table: "ReminderDeliveries",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LastError",
                table: "ReminderDeliveries",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<DateTime>(
                name: "SentAtUtc",
                table: "ReminderDeliveries",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReminderDeliveries_DeclarationId_Day",
                table: "ReminderDeliveries",
                columns: new[] { "DeclarationId", "Day" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReminderDeliveries_DeclarationId_Day",
                table: "ReminderDeliveries");

            migrationBuilder.DropColumn(
                name: "Attempts",
                table: "ReminderDeliveries");

            migrationBuilder.DropColumn(
                name: "Day",
                table: "ReminderDeliveries");

            migrationBuilder.DropColumn(
                name: "FailedAtUtc",
                table: "ReminderDeliveries");

            migrationBuilder.DropColumn(
                name: "LastError",
                table: "ReminderDeliveries");

            migrationBuilder.DropColumn(
                name: "SentAtUtc",
                table: "ReminderDeliveries");
        }
    }
}
