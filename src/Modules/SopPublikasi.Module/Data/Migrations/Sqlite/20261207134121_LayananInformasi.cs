using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SopPublikasi.Module.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LayananInformasi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ProfilUrl",
                table: "SocialChannels",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "HariLibur",
                columns: table => new
                {
                    Tanggal = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Keterangan = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CutiBersama = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HariLibur", x => x.Tanggal);
                });

            migrationBuilder.CreateTable(
                name: "Permohonan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NomorRegister = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Urutan = table.Column<int>(type: "INTEGER", nullable: false),
                    KodeLacakHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Saluran = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    JenisPemohon = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NamaPemohon = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NomorIdentitas = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Alamat = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Telepon = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    BerkasIdentitas = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    RincianInformasi = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    TujuanPenggunaan = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CaraMemperoleh = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CaraMendapatkanSalinan = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    DiterimaPada = table.Column<long>(type: "INTEGER", nullable: false),
                    BatasWaktu = table.Column<long>(type: "INTEGER", nullable: false),
                    DiperpanjangPada = table.Column<long>(type: "INTEGER", nullable: true),
                    AlasanPerpanjangan = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    UsulanKeputusan = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    UsulanJawaban = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Keputusan = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Jawaban = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    AlasanPengecualian = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    UjiKonsekuensiJson = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    PenguasaInformasi = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Biaya = table.Column<long>(type: "INTEGER", nullable: true),
                    TautanInformasi = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DijawabPada = table.Column<long>(type: "INTEGER", nullable: true),
                    LamaHariKerja = table.Column<int>(type: "INTEGER", nullable: true),
                    TerlambatDiberitahukanPada = table.Column<long>(type: "INTEGER", nullable: true),
                    DataPribadiDihapusPada = table.Column<long>(type: "INTEGER", nullable: true),
                    Revisi = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Permohonan", x => x.Id);
                });

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

            migrationBuilder.CreateTable(
                name: "Keberatan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PermohonanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NomorRegister = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Tahun = table.Column<int>(type: "INTEGER", nullable: false),
                    Urutan = table.Column<int>(type: "INTEGER", nullable: false),
                    Alasan = table.Column<string>(type: "TEXT", nullable: false),
                    Uraian = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    DiterimaPada = table.Column<long>(type: "INTEGER", nullable: false),
                    BatasWaktu = table.Column<long>(type: "INTEGER", nullable: false),
                    Putusan = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Tanggapan = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    DijawabPada = table.Column<long>(type: "INTEGER", nullable: true),
                    LamaHariKerja = table.Column<int>(type: "INTEGER", nullable: true),
                    TerlambatDiberitahukanPada = table.Column<long>(type: "INTEGER", nullable: true),
                    SengketaDiajukanPada = table.Column<long>(type: "INTEGER", nullable: true),
                    CatatanSengketa = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Revisi = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Keberatan", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Keberatan_Permohonan_PermohonanId",
                        column: x => x.PermohonanId,
                        principalTable: "Permohonan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LayananHistory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PermohonanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LayananHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LayananHistory_Permohonan_PermohonanId",
                        column: x => x.PermohonanId,
                        principalTable: "Permohonan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PermohonanLampiran",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PermohonanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NamaBerkas = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Ukuran = table.Column<long>(type: "INTEGER", nullable: false),
                    Lokasi = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DiunggahPada = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PermohonanLampiran", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PermohonanLampiran_Permohonan_PermohonanId",
                        column: x => x.PermohonanId,
                        principalTable: "Permohonan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Keberatan_NomorRegister",
                table: "Keberatan",
                column: "NomorRegister",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Keberatan_PermohonanId",
                table: "Keberatan",
                column: "PermohonanId");

            migrationBuilder.CreateIndex(
                name: "IX_Keberatan_Status_BatasWaktu",
                table: "Keberatan",
                columns: new[] { "Status", "BatasWaktu" });

            migrationBuilder.CreateIndex(
                name: "IX_Keberatan_Tahun_Urutan",
                table: "Keberatan",
                columns: new[] { "Tahun", "Urutan" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LayananHistory_PermohonanId_Sequence",
                table: "LayananHistory",
                columns: new[] { "PermohonanId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Permohonan_DiterimaPada",
                table: "Permohonan",
                column: "DiterimaPada");

            migrationBuilder.CreateIndex(
                name: "IX_Permohonan_NomorRegister",
                table: "Permohonan",
                column: "NomorRegister",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Permohonan_Status_BatasWaktu",
                table: "Permohonan",
                columns: new[] { "Status", "BatasWaktu" });

            migrationBuilder.CreateIndex(
                name: "IX_Permohonan_Tahun_Urutan",
                table: "Permohonan",
                columns: new[] { "Tahun", "Urutan" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PermohonanLampiran_PermohonanId",
                table: "PermohonanLampiran",
                column: "PermohonanId");

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
                name: "HariLibur");

            migrationBuilder.DropTable(
                name: "Keberatan");

            migrationBuilder.DropTable(
                name: "LayananHistory");

            migrationBuilder.DropTable(
                name: "PermohonanLampiran");

            migrationBuilder.DropTable(
                name: "SuratPemohon");

            migrationBuilder.DropTable(
                name: "Permohonan");

            migrationBuilder.DropColumn(
                name: "ProfilUrl",
                table: "SocialChannels");
        }
    }
}
