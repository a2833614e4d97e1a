using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SopPublikasi.Module.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Full-text index of the live version of every published article (maintained by SqliteSearchIndex).
            migrationBuilder.Sql("CREATE VIRTUAL TABLE \"SearchIndex\" USING fts5(materi_id UNINDEXED, judul, ringkasan, isi, tokenize = 'unicode61 remove_diacritics 2');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE \"SearchIndex\";");
        }
    }
}
