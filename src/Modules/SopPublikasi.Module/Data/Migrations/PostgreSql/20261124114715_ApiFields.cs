using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SopPublikasi.Module.Data.Migrations.PostgreSql
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
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Width",
                table: "Media",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "Tags",
                table: "MateriVersions",
                type: "text[]",
                nullable: false);

            migrationBuilder.AddColumn<string>(
                name: "Dip",
                table: "Materi",
                type: "text",
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
