using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SopPublikasi.Module.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ApiFields : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Height",
                table: "Media",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Width",
                table: "Media",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Tags",
                table: "MateriVersions",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Dip",
                table: "Materi",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Height",
                table: "Media");

            migrationBuilder.DropColumn(
                name: "Width",
                table: "Media");

            migrationBuilder.DropColumn(
                name: "Tags",
                table: "MateriVersions");

            migrationBuilder.DropColumn(
                name: "Dip",
                table: "Materi");
        }
    }
}
