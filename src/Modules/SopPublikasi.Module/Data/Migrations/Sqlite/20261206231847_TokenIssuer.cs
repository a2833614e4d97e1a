using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SopPublikasi.Module.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TokenIssuer : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IssuedById",
                table: "Tokens",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IssuedById",
                table: "MateriVersions",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IssuedById",
                table: "History",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tokens_IssuedById",
                table: "Tokens",
                column: "IssuedById");

            migrationBuilder.AddForeignKey(
                name: "FK_Tokens_AspNetUsers_IssuedById",
                table: "Tokens",
                column: "IssuedById",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Tokens_AspNetUsers_IssuedById",
                table: "Tokens");

            migrationBuilder.DropIndex(
                name: "IX_Tokens_IssuedById",
                table: "Tokens");

            migrationBuilder.DropColumn(
                name: "IssuedById",
                table: "Tokens");

            migrationBuilder.DropColumn(
                name: "IssuedById",
                table: "MateriVersions");

            migrationBuilder.DropColumn(
                name: "IssuedById",
                table: "History");
        }
    }
}
