using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SopPublikasi.Module.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PublicListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "LatestCategoryId",
                table: "Materi",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PublishedCategoryId",
                table: "Materi",
                type: "INTEGER",
                nullable: true);

            // Existing items: copy the category of their latest and live versions onto the item.
            migrationBuilder.Sql("""
                UPDATE "Materi" SET
                    "LatestCategoryId" = (SELECT v."CategoryId" FROM "MateriVersions" AS v WHERE v."Id" = "Materi"."LatestVersionId"),
                    "PublishedCategoryId" = (SELECT v."CategoryId" FROM "MateriVersions" AS v WHERE v."Id" = "Materi"."PublishedVersionId")
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Materi_FirstPublishedAt_Id",
                table: "Materi",
                columns: new[] { "FirstPublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Materi_KategoriInformasi_FirstPublishedAt",
                table: "Materi",
                columns: new[] { "KategoriInformasi", "FirstPublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Materi_PublishedCategoryId_FirstPublishedAt",
                table: "Materi",
                columns: new[] { "PublishedCategoryId", "FirstPublishedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Materi_FirstPublishedAt_Id",
                table: "Materi");

            migrationBuilder.DropIndex(
                name: "IX_Materi_KategoriInformasi_FirstPublishedAt",
                table: "Materi");

            migrationBuilder.DropIndex(
                name: "IX_Materi_PublishedCategoryId_FirstPublishedAt",
                table: "Materi");

            migrationBuilder.DropColumn(
                name: "LatestCategoryId",
                table: "Materi");

            migrationBuilder.DropColumn(
                name: "PublishedCategoryId",
                table: "Materi");
        }
    }
}
