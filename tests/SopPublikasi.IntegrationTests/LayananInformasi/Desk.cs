using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.LayananInformasi;
using SopPublikasi.Module.LayananInformasi.Domain;
using SopPublikasi.Module.LayananInformasi.Kalender;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Security.Permissions;

namespace SopPublikasi.IntegrationTests.LayananInformasi;

/// <summary>The PPID desk driven through its service in the booted app, as the API and the pages drive it.</summary>
public static class Desk
{
    public static PermohonanInput Input(string nama = "Siti Rahayu", string? email = "siti@example.id") => new(
        JenisPemohon.Perorangan, nama, "3313045607890001", "Jl. Lawu 12, Karanganyar", "0812 3456 7890", email,
        "Salinan daftar penerima bantuan langsung tunai Desa Ngringo tahun 2026", "Penelitian skripsi",
        CaraMemperoleh.SalinanSoftcopy, CaraMendapatkanSalinan.Email, Persetujuan: true, Identitas: null);

    public static JawabanInput Granted(string text = "Informasi kami kirim sebagai lampiran.") =>
        new(KeputusanPermohonan.Dikabulkan, text, null, null, null, null, null);

    public static JawabanInput Refused() => new(
        KeputusanPermohonan.Ditolak, "Informasi memuat data pribadi penerima bantuan.", "Pasal 17 huruf h",
        new UjiKonsekuensi("Daftar penerima BLT", "NIK dan alamat penerima", "UU 14/2008 Pasal 17 huruf h",
            "Membuka data pribadi merugikan penerima lebih dari manfaatnya bagi publik", "Selama penerima hidup"),
        null, null, null);

    public static async Task<Actor> ActorAsync(SopAppFactory f, string userName)
    {
        using var scope = f.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException(userName);
        return await scope.ServiceProvider.GetRequiredService<PermissionService>().ActorOfAsync(user);
    }

    public static async Task<T> RunAsync<T>(SopAppFactory f, Func<ILayananInformasi, Task<T>> work)
    {
        using var scope = f.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<ILayananInformasi>());
    }

    public static Task RunAsync(SopAppFactory f, Func<ILayananInformasi, Task> work) =>
        RunAsync(f, async desk =>
        {
            await work(desk);
            return true;
        });

    public static Permohonan Load(SopAppFactory f, Guid id) => f.WithDb(db => db.Permohonan.Single(p => p.Id == id));

    public static Keberatan LoadObjection(SopAppFactory f, Guid id) => f.WithDb(db => db.Keberatan.Single(k => k.Id == id));

    public static List<LayananHistoryEntry> History(SopAppFactory f, Guid id) =>
        f.WithDb(db => db.LayananHistory.Where(h => h.PermohonanId == id).OrderBy(h => h.Sequence).ToList());

    /// <summary>A holiday added the way the holiday page adds one (the calendar's cache is told).</summary>
    public static void AddHoliday(SopAppFactory f, DateOnly date, string keterangan)
    {
        using var scope = f.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SopDbContext>();
        db.HariLibur.Add(new HariLibur { Tanggal = date, Keterangan = keterangan });
        db.SaveChanges();
        f.Services.GetRequiredService<HariLiburCache>().Invalidate();
    }
}
