using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SopPublikasi.Module.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ScheduledPublication : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ScheduledAt",
                table: "Materi",
                type: "INTEGER",
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
