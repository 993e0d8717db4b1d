using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace YearEndAdjustment.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class OutSlipArchiveAndPayer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PayerAddress",
                table: "TenantSettings",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "PayerCorporateNumber",
                table: "TenantSettings",
                type: "character varying(13)",
                maxLength: 13,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "PayerName",
                table: "TenantSettings",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "PayerPhone",
                table: "TenantSettings",
                type: "character varying(15)",
                maxLength: 15,
                nullable: true,
                collation: "C");

            migrationBuilder.CreateTable(
                name: "JobFileParts",
                columns: table => new
                {
                    JobId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobFileParts", x => new { x.JobId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_JobFileParts_BackgroundJobs_JobId",
                        column: x => x.JobId,
                        principalTable: "BackgroundJobs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JobFileParts");

            migrationBuilder.DropColumn(
                name: "PayerAddress",
                table: "TenantSettings");

            migrationBuilder.DropColumn(
                name: "PayerCorporateNumber",
                table: "TenantSettings");

            migrationBuilder.DropColumn(
                name: "PayerName",
                table: "TenantSettings");

            migrationBuilder.DropColumn(
                name: "PayerPhone",
                table: "TenantSettings");
        }
    }
}
