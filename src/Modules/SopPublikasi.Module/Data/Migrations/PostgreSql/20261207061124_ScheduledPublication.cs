using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SopPublikasi.Module.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ScheduledPublication : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ScheduledAt",
                table: "Materi",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ScheduledAt",
                table: "Materi");
        }
    }
}
