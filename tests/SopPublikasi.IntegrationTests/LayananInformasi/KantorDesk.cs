using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.LayananInformasi;
using SopPublikasi.Module.LayananInformasi.Domain;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Security;

namespace SopPublikasi.IntegrationTests.LayananInformasi;

/// <summary>Requests and their moves made through the desk's own service (as a requester, staff, the PPID and the atasan would).</summary>
internal static class KantorDesk
{
    public const string Nik = "3313010101900001";

    public static readonly UjiKonsekuensi Uji = new(
        "Surat keterangan kesehatan warga", "Riwayat penyakit warga", "UU 14/2008 Pasal 17 huruf h",
        "Membuka data kesehatan merugikan warga dan tidak sebanding dengan manfaat publiknya", "Selama yang bersangkutan hidup");

    public static PermohonanInput Input(string nama, string rincian = "Salinan daftar penerima bantuan sosial desa tahun 2026") => new(
        JenisPemohon.Perorangan, nama, Nik, "Jl. Melati 5, Desa Sukamaju", "081234567890", null, rincian,
        "Penelitian skripsi", CaraMemperoleh.SalinanSoftcopy, CaraMendapatkanSalinan.Email, true, null);

    public static async Task<PermohonanTerdaftar> SubmitAsync(SopAppFactory f, string nama)
    {
        using var scope = f.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ILayananInformasi>().SubmitAsync(Input(nama), null, CancellationToken.None);
    }

    public static async Task<Actor> ActorAsync(IServiceProvider sp, string userName)
    {
        var users = sp.GetRequiredService<UserManager<AppUser>>();
        return await sp.GetRequiredService<ActorResolver>().FromUserAsync((await users.FindByNameAsync(userName))!);
    }

    public static async Task<int> RevisiAsync(IServiceProvider sp, Guid id) =>
        await sp.GetRequiredService<SopDbContext>().Permohonan.AsNoTracking().Where(p => p.Id == id).Select(p => p.Revisi).SingleAsync();

    public static async Task DecideAsync(SopAppFactory f, Guid id, KeputusanPermohonan keputusan, string? alasan = null)
    {
        using var scope = f.Services.CreateScope();
        var sp = scope.ServiceProvider;
        var refusal = keputusan is KeputusanPermohonan.Ditolak or KeputusanPermohonan.DikabulkanSebagian;
        var jawaban = new JawabanInput(
            keputusan, "Jawaban tertulis PPID Pembantu.", refusal ? alasan : null, refusal ? Uji : null,
            keputusan == KeputusanPermohonan.TidakDikuasai ? "Dinas Sosial Kabupaten" : null, null, null);
        await sp.GetRequiredService<ILayananInformasi>().DecideAsync(id, await RevisiAsync(sp, id), jawaban, await ActorAsync(sp, "ppid"), CancellationToken.None);
    }

    public static async Task PrepareAsync(SopAppFactory f, Guid id)
    {
        using var scope = f.Services.CreateScope();
        var sp = scope.ServiceProvider;
        var usulan = new JawabanInput(KeputusanPermohonan.Dikabulkan, "Usulan: berikan salinannya.", null, null, null, null, null);
        await sp.GetRequiredService<ILayananInformasi>().PrepareAsync(id, await RevisiAsync(sp, id), usulan, await ActorAsync(sp, "staf"), CancellationToken.None);
    }

    public static async Task ExtendAsync(SopAppFactory f, Guid id)
    {
        using var scope = f.Services.CreateScope();
        var sp = scope.ServiceProvider;
        await sp.GetRequiredService<ILayananInformasi>().ExtendAsync(id, await RevisiAsync(sp, id), "Informasi tersebar di tiga desa dan perlu dikumpulkan.", await ActorAsync(sp, "ppid"), CancellationToken.None);
    }

    public static async Task<KeberatanTerdaftar> ObjectAsync(SopAppFactory f, PermohonanTerdaftar p, AlasanKeberatan alasan)
    {
        using var scope = f.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ILayananInformasi>().FileObjectionAsync(
            p.NomorRegister, p.KodeLacak, new KeberatanInput([alasan], "Saya tidak setuju dengan penolakan ini."), CancellationToken.None);
    }

    public static async Task AnswerObjectionAsync(SopAppFactory f, Guid keberatanId, PutusanKeberatan putusan)
    {
        using var scope = f.Services.CreateScope();
        var sp = scope.ServiceProvider;
        var revisi = await sp.GetRequiredService<SopDbContext>().Keberatan.AsNoTracking().Where(k => k.Id == keberatanId).Select(k => k.Revisi).SingleAsync();
        await sp.GetRequiredService<ILayananInformasi>().AnswerObjectionAsync(keberatanId, revisi, putusan, "Tanggapan tertulis atasan PPID.", await ActorAsync(sp, "atasan"), CancellationToken.None);
    }

    /// <summary>"09.00 WIB" of a date, as an instant.</summary>
    public static DateTimeOffset Wib(int year, int month, int day, int hour = 9) => new(year, month, day, hour, 0, 0, TimeSpan.FromHours(7));
}
