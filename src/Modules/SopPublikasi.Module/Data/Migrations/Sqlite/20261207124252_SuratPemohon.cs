using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SopPublikasi.Module.Data.Migrations.Sqlite
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PermohonanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Jenis = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    KunciSekali = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Kepada = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Judul = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Isi = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    KodeLacak = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Percobaan = table.Column<int>(type: "INTEGER", nullable: false),
                    BerikutnyaPada = table.Column<long>(type: "INTEGER", nullable: true),
                    DibuatPada = table.Column<long>(type: "INTEGER", nullable: false),
                    TerkirimPada = table.Column<long>(type: "INTEGER", nullable: true),
                    GalatTerakhir = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
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
