using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SopPublikasi.Module.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Full-text index of the live version of every published article (maintained by PostgreSqlSearchIndex).
            // The 'simple' configuration: PostgreSQL ships no Indonesian dictionary; words are matched by prefix.
            migrationBuilder.Sql(@"CREATE TABLE ""SearchIndex"" (
                ""MateriId"" uuid PRIMARY KEY,
                ""Judul"" text NOT NULL,
                ""Ringkasan"" text NOT NULL,
                ""Isi"" text NOT NULL,
                ""Dokumen"" tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('simple', ""Judul""), 'A') ||
                    setweight(to_tsvector('simple', ""Ringkasan""), 'B') ||
                    setweight(to_tsvector('simple', ""Isi""), 'C')) STORED);");
            migrationBuilder.Sql(@"CREATE INDEX ""IX_SearchIndex_Dokumen"" ON ""SearchIndex"" USING GIN (""Dokumen"");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"DROP TABLE ""SearchIndex"";");
        }
    }
}
