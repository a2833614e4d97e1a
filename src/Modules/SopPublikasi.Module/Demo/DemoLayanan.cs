using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.LayananInformasi;
using SopPublikasi.Module.LayananInformasi.Domain;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Security;

namespace SopPublikasi.Module.Demo;

/// <summary>
/// The PPID desk's demo register: requests made through the desk's own service (as a resident's form and the office's
/// pages make them), so numbers, deadlines and history are genuine. A granted one, one recorded from a letter still
/// waiting, and a refused one with the requester's objection for the atasan PPID. No e-mail addresses: nothing is sent.
/// </summary>
public sealed class DemoLayanan(ILayananInformasi desk, SopDbContext db)
{
    public async Task SeedAsync(Actor ppid, Actor agendaris, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ppid);
        var granted = await desk.SubmitAsync(
            Input("Rina Puspitasari", "3313015204950003", "Dusun Sidomulyo RT 02/RW 05, Desa Ngringo",
                "Anggaran dan realisasi kegiatan kerja bakti kecamatan tahun 2026", "Bahan diskusi karang taruna"),
            null, ct);
        await desk.DecideAsync(granted.Id, await RevisiAsync(granted.Id, ct), new JawabanInput(
            KeputusanPermohonan.Dikabulkan, "Rincian anggaran dan realisasi kegiatan kami sampaikan; salinan dapat diambil di kantor kecamatan pada jam layanan.",
            null, null, null, null, null), ppid, ct);

        await desk.SubmitAsync(
            Input("Bambang Sutrisno", "3313020101700011", "Jl. Raya Tawangmangu Km 3, Desa Papahan",
                "Daftar penerima bantuan perbaikan rumah tidak layak huni tahun 2026 (jumlah per desa)", "Pengawasan program oleh BPD",
                SaluranPermohonan.Surat),
            agendaris, ct);

        var refused = await desk.SubmitAsync(
            Input("Yayasan Lawu Lestari", "AHU-0012345.AH.01.04.2021", "Jl. Lawu 45, Karanganyar",
                "Salinan surat pernyataan dan KTP pemilik lahan penerima ganti rugi jalan desa", "Kajian lingkungan", jenis: JenisPemohon.BadanHukum),
            null, ct);
        await desk.DecideAsync(refused.Id, await RevisiAsync(refused.Id, ct), new JawabanInput(
            KeputusanPermohonan.Ditolak, "Dokumen memuat data pribadi pemilik lahan, sehingga dikecualikan.", "Pasal 17 huruf h",
            new UjiKonsekuensi("Surat pernyataan dan KTP pemilik lahan", "NIK, alamat dan tanda tangan pemilik lahan", "UU 14/2008 Pasal 17 huruf h",
                "Membuka data pribadi merugikan pemilik lahan lebih besar daripada manfaatnya bagi publik", "Selama pemilik lahan hidup"),
            null, null, null), ppid, ct);
        await desk.FileObjectionAsync(refused.NomorRegister, refused.KodeLacak, new KeberatanInput(
            [AlasanKeberatan.PenolakanPengecualian],
            "Kami hanya memerlukan luas lahan dan nilai ganti rugi per bidang, tanpa NIK dan alamat. Mohon informasi diberikan dengan data pribadi dihitamkan."),
            ct);
    }

    private async Task<int> RevisiAsync(Guid id, CancellationToken ct) =>
        await db.Permohonan.Where(p => p.Id == id).Select(p => p.Revisi).SingleAsync(ct);

    private static PermohonanInput Input(
        string nama, string identitas, string alamat, string rincian, string tujuan,
        SaluranPermohonan saluran = SaluranPermohonan.Daring, JenisPemohon jenis = JenisPemohon.Perorangan) => new(
        jenis, nama, identitas, alamat, "0812 0000 0000", Email: null, rincian, tujuan,
        CaraMemperoleh.SalinanHardcopy, CaraMendapatkanSalinan.MengambilLangsung, Persetujuan: true, Identitas: null, saluran);
}
