using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SopPublikasi.Module.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchPrefixIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A prefix index for prefixes of 2 to 10 characters: a query like "posyan*" then reads one doclist
            // instead of merging the doclists of every word it could begin (tens of milliseconds for a common word
            // in 100,000 articles). The rows are copied, so no rebuild is needed.
            migrationBuilder.Sql("CREATE VIRTUAL TABLE \"SearchIndexPrefixed\" USING fts5(materi_id UNINDEXED, judul, ringkasan, isi, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6 7 8 9 10');");
            migrationBuilder.Sql("INSERT INTO \"SearchIndexPrefixed\" (rowid, materi_id, judul, ringkasan, isi) SELECT rowid, materi_id, judul, ringkasan, isi FROM \"SearchIndex\";");
            migrationBuilder.Sql("DROP TABLE \"SearchIndex\";");
            migrationBuilder.Sql("ALTER TABLE \"SearchIndexPrefixed\" RENAME TO \"SearchIndex\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("CREATE VIRTUAL TABLE \"SearchIndexPlain\" USING fts5(materi_id UNINDEXED, judul, ringkasan, isi, tokenize = 'unicode61 remove_diacritics 2');");
            migrationBuilder.Sql("INSERT INTO \"SearchIndexPlain\" (rowid, materi_id, judul, ringkasan, isi) SELECT rowid, materi_id, judul, ringkasan, isi FROM \"SearchIndex\";");
            migrationBuilder.Sql("DROP TABLE \"SearchIndex\";");
            migrationBuilder.Sql("ALTER TABLE \"SearchIndexPlain\" RENAME TO \"SearchIndex\";");
        }
    }
}
