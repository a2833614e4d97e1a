using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace SopPublikasi.Module.Data.Migrations.PostgreSql
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
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "HariLibur",
                columns: table => new
                {
                    Tanggal = table.Column<DateOnly>(type: "date", nullable: false),
                    Keterangan = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CutiBersama = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HariLibur", x => x.Tanggal);
                });

            migrationBuilder.CreateTable(
                name: "Permohonan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NomorRegister = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Urutan = table.Column<int>(type: "integer", nullable: false),
                    KodeLacakHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Saluran = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    JenisPemohon = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    NamaPemohon = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NomorIdentitas = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Alamat = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Telepon = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    BerkasIdentitas = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    RincianInformasi = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    TujuanPenggunaan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CaraMemperoleh = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CaraMendapatkanSalinan = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    DiterimaPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    BatasWaktu = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DiperpanjangPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AlasanPerpanjangan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    UsulanKeputusan = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    UsulanJawaban = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Keputusan = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Jawaban = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    AlasanPengecualian = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    UjiKonsekuensiJson = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    PenguasaInformasi = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Biaya = table.Column<long>(type: "bigint", nullable: true),
                    TautanInformasi = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    DijawabPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LamaHariKerja = table.Column<int>(type: "integer", nullable: true),
                    TerlambatDiberitahukanPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DataPribadiDihapusPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Revisi = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Permohonan", x => x.Id);
                });

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

            migrationBuilder.CreateTable(
                name: "Keberatan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PermohonanId = table.Column<Guid>(type: "uuid", nullable: false),
                    NomorRegister = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Tahun = table.Column<int>(type: "integer", nullable: false),
                    Urutan = table.Column<int>(type: "integer", nullable: false),
                    Alasan = table.Column<int[]>(type: "integer[]", nullable: false),
                    Uraian = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    DiterimaPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    BatasWaktu = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Putusan = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Tanggapan = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    DijawabPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LamaHariKerja = table.Column<int>(type: "integer", nullable: true),
                    TerlambatDiberitahukanPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SengketaDiajukanPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CatatanSengketa = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Revisi = table.Column<int>(type: "integer", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PermohonanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Action = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    From = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    To = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    ActorId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    ActorName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PreviousHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PermohonanId = table.Column<Guid>(type: "uuid", nullable: false),
                    NamaBerkas = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Ukuran = table.Column<long>(type: "bigint", nullable: false),
                    Lokasi = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DiunggahPada = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
