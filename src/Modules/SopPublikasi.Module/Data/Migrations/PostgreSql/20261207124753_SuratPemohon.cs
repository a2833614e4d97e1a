using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SopPublikasi.Module.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SuratPemohon : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SuratPemohon",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PermohonanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Jenis = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    KunciSekali = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Kepada = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Judul = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Isi = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    KodeLacak = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Percobaan = table.Column<int>(type: "integer", nullable: false),
                    BerikutnyaPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DibuatPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    TerkirimPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    GalatTerakhir = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuratPemohon", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SuratPemohon_KunciSekali",
                table: "SuratPemohon",
                column: "KunciSekali",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SuratPemohon_PermohonanId",
                table: "SuratPemohon",
                column: "PermohonanId");

            migrationBuilder.CreateIndex(
                name: "IX_SuratPemohon_Status_BerikutnyaPada",
                table: "SuratPemohon",
                columns: new[] { "Status", "BerikutnyaPada" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SuratPemohon");
        }
    }
}
