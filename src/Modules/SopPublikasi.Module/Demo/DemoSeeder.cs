using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Disposisi;
using SopPublikasi.Module.Halaman;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Media;
using SopPublikasi.Module.Security;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.Module.Demo;

/// <summary>
/// Demo data for a newcomer: one account per role and a few articles, each carried through the real SOP
/// (same services as the admin), so their history is genuine. Never runs outside Development (on either provider).
/// </summary>
public sealed class DemoSeeder(
    UserManager<AppUser> users,
    ActorResolver actors,
    DisposisiService disposisi,
    MateriService materi,
    MediaStore media,
    SopDbContext db,
    IOptions<DemoOptions> options,
    IWebHostEnvironment environment,
    Site.SiteSettings siteSettings,
    DemoLayanan layanan,
    TimeProvider clock,
    ILogger<DemoSeeder> logger) : IDataSeeder
{
    /// <summary>After the SOP's own rows (roles, steps, categories), before the search index is checked.</summary>
    public int Order => 100;

    public Task SeedAsync(CancellationToken ct) => SeedIfEnabledAsync(ct);

    public bool IsAllowed =>
        options.Value.Enabled && environment.IsDevelopment();

    public async Task SeedIfEnabledAsync(CancellationToken ct)
    {
        if (!IsAllowed || users.Users.Any())
        {
            return;
        }

        foreach (var (userName, fullName, jobTitle, roles) in DemoAccounts.All)
        {
            var user = new AppUser { UserName = userName, FullName = fullName, JobTitle = jobTitle, EmailConfirmed = true };
            IdentitySeeder.Ensure(await users.CreateAsync(user, options.Value.Password), $"demo user {userName}");
            IdentitySeeder.Ensure(await users.AddToRolesAsync(user, roles), $"roles of {userName}");
        }

        for (var i = 0; i < DemoArticles.All.Count; i++)
        {
            await CarryThroughSopAsync(DemoArticles.All[i], approve: true, ct, picture: i);
        }

        // Two items still in flight, so that the roles find work waiting when they sign in: one at step 2
        // (Pencatat/Agendaris), one at step 7 (Tim Pengolahan Data dan Klasifikasi Informasi).
        var today = Common.IndonesianTime.Today(clock);
        await disposisi.CreateAsync(DemoDisposisi("005/104/2026", "Publikasi Sosialisasi Pencegahan Demam Berdarah", today), null, await ActorAsync("ppid"), ct);
        await CarryThroughSopAsync(DemoArticles.AwaitingVerification, approve: false, ct);

        await SeedIdentityAsync(ct);
        await layanan.SeedAsync(await ActorAsync("ppid"), await ActorAsync("agendaris"), ct);
        logger.LogInformation("Demo data created: {Users} accounts, {Articles} published articles", DemoAccounts.All.Count, DemoArticles.All.Count);
    }

    private async Task CarryThroughSopAsync(DemoArticles.Article article, bool approve, CancellationToken ct, int? picture = null)
    {
        var ppid = await ActorAsync("ppid");
        var agendaris = await ActorAsync("agendaris");
        var sekretaris = await ActorAsync("sekretaris");
        var staf = await ActorAsync("staf");
        var verifikator = await ActorAsync("verifikator");
        var today = Common.IndonesianTime.Today(clock);

        var item = await disposisi.CreateAsync(DemoDisposisi(article.NomorAgenda, "Publikasi: " + article.Title, today), null, ppid, ct);

        await materi.TransitionAsync(item.Id, new TransitionInput { Aksi = "teruskan" }, agendaris, ct);
        await materi.TransitionAsync(item.Id, new TransitionInput { Aksi = "terima" }, sekretaris, ct);
        await materi.TransitionAsync(item.Id, new TransitionInput { Aksi = "tugaskan", PetugasId = staf.Id }, sekretaris, ct);
        Guid? cover = picture is { } index ? await UploadPictureAsync(index, staf, ct) : null;
        await materi.SaveDraftAsync(
            item.Id,
            new DraftInput
            {
                Judul = article.Title,
                Slug = Common.SlugGenerator.Create(article.Title),
                Ringkasan = article.Summary,
                Isi = article.Body,
                KategoriId = article.CategoryId,
                TanggalKegiatan = today.AddDays(-article.DaysAgo),
                LokasiKegiatan = article.Place,
                FotoSampulId = cover,
                FotoSampulAlt = cover is null ? null : "Ilustrasi: perbukitan hijau di bawah langit cerah",
                VersiDasar = 0,
            },
            null,
            [],
            staf,
            ct);
        await materi.TransitionAsync(item.Id, new TransitionInput { Aksi = "serahkan" }, staf, ct);
        await materi.TransitionAsync(item.Id, new TransitionInput { Aksi = "ajukan-verifikasi" }, sekretaris, ct);
        if (approve)
        {
            await materi.TransitionAsync(item.Id, new TransitionInput { Aksi = "setujui", Klasifikasi = article.Klasifikasi }, verifikator, ct);
        }
    }

    /// <summary>
    /// The office's logo (drawn, uploaded as the administrator would on the site settings page) and the Camat's
    /// greeting, the standing page the Beranda shows.
    /// </summary>
    private async Task SeedIdentityAsync(CancellationToken ct)
    {
        var admin = await ActorAsync("admin");
        var bytes = DemoLogo.Png();
        await using (var stream = new MemoryStream(bytes))
        {
            var file = await media.SaveAsync(stream, bytes.Length, "logo-kecamatan.png", MediaKind.Image, admin.Id, ct);
            db.Media.Add(file);
            await db.SaveChangesAsync(ct);
            await siteSettings.SaveAsync(new Dictionary<string, string> { [nameof(Site.SiteOptions.LogoId)] = file.Id.ToString() }, admin.Name, ct);
        }

        if (!db.Halaman.Any(h => h.Slug == Halaman.HalamanSlugs.SambutanCamat))
        {
            db.Halaman.Add(new Halaman.HalamanStatis
            {
                Slug = Halaman.HalamanSlugs.SambutanCamat,
                Grup = Halaman.HalamanGrup.Profil,
                Urutan = 0,
                Judul = "Sambutan Camat",
                Isi = "<p>Assalamu’alaikum warahmatullahi wabarakatuh, salam sejahtera bagi kita semua.</p>"
                    + "<p>Selamat datang di situs resmi kecamatan. Melalui situs ini kami menyampaikan berita kegiatan, pengumuman, agenda, "
                    + "dan informasi publik secara terbuka, serta memudahkan warga mengetahui persyaratan layanan sebelum datang ke kantor. "
                    + "Kritik dan saran dapat disampaikan melalui halaman Kontak.</p>",
                UpdatedAt = clock.GetUtcNow(),
                UpdatedBy = "Sistem",
            });
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>Uploads a drawn illustration as the staff member would upload a photo (variants included).</summary>
    private async Task<Guid> UploadPictureAsync(int index, Actor staf, CancellationToken ct)
    {
        var bytes = DemoPictures.Landscape(index);
        await using var stream = new MemoryStream(bytes);
        var file = await media.SaveAsync(stream, bytes.Length, $"ilustrasi-{index + 1}.jpg", MediaKind.Image, staf.Id, ct);
        db.Media.Add(file);
        await db.SaveChangesAsync(ct);
        return file.Id;
    }

    private static DisposisiInput DemoDisposisi(string nomorAgenda, string perihal, DateOnly today) => new()
    {
        NomorAgenda = nomorAgenda,
        TanggalDiterima = today,
        AsalSurat = "PPID Pembantu Kecamatan",
        Perihal = perihal,
        Instruksi = ["Untuk ditindaklanjuti", "Untuk dipublikasikan"],
        TanggalDisposisi = today,
    };

    private async Task<Actor> ActorAsync(string userName) =>
        await actors.FromUserAsync(await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"Demo user {userName} missing."));
}
