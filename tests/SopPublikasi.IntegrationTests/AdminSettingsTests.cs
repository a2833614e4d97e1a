using System.Net;
using Microsoft.Extensions.Time.Testing;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Disposisi;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Site;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.IntegrationTests;

/// <summary>
/// The administrator's pages: users and roles, Waktu per SOP step, the disposisi instruction checklist and the
/// site settings. Administrators only; bad input gets a message beside its field and nothing is saved.
/// </summary>
public sealed class AdminSettingsTests(AppFixture app) : IClassFixture<AppFixture>
{
    public static TheoryData<string> Pages => ["/admin/pengguna", "/admin/pengguna/{ppid}", "/admin/waktu", "/admin/instruksi", "/admin/situs"];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_Administrator_Allowed_OthersForbidden(string url)
    {
        url = url.Replace("{ppid}", UserId("ppid"), StringComparison.Ordinal);
        var admin = await (await app.SignInAsync("admin")).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, admin.Status);
        Assert.NotNull(admin.Document.QuerySelector("input[name=__RequestVerificationToken]"));

        foreach (var user in new[] { "sekretaris", "ppid", "sekcam" })
        {
            var other = await (await app.SignInAsync(user)).GetAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, other.Status);
        }
    }

    [Fact]
    public async Task AdminNav_ListsTheAdministratorPages_OnlyForAdministrators()
    {
        var admin = await (await app.SignInAsync("admin")).GetAsync("/admin");
        var staf = await (await app.SignInAsync("staf")).GetAsync("/admin");

        foreach (var url in new[] { "/admin/pengguna", "/admin/waktu", "/admin/instruksi", "/admin/situs" })
        {
            Assert.NotNull(admin.Document.QuerySelector($"nav a[href='{url}']"));
            Assert.Null(staf.Document.QuerySelector($"nav a[href='{url}']"));
        }
    }

    [Fact]
    public async Task Post_ByNonAdministrator_ForbiddenAndNothingSaved()
    {
        var sekretaris = await app.SignInAsync("sekretaris");

        var page = await sekretaris.PostCraftedAsync("/admin/token", "/admin/situs", new() { ["Nilai[Name]"] = "Diambil alih", ["Nilai[KopInstansi]"] = "X", ["Nilai[Alamat]"] = "X" });

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
        Assert.Equal(0, app.Factory.WithDb(db => db.SiteSettings.Count(s => s.Value == "Diambil alih")));
    }

    [Fact]
    public async Task CreateUser_WithTwoRoles_CanSignInAndHoldsBoth()
    {
        var admin = await app.SignInAsync("admin");

        var page = await admin.SubmitAsync("/admin/pengguna", "main form[method=post]", new()
        {
            ["Input.NamaPengguna"] = "wati",
            ["Input.NamaLengkap"] = "Wati Rahayu",
            ["Input.Jabatan"] = "Kasi Pemerintahan",
            ["Input.KataSandi"] = "SandiBaru#2026",
            ["Input.Peran"] = new[] { SopRoles.Pencatat, SopRoles.Sekretaris },
        });

        Assert.True(page.Errors().Length == 0, page.Errors());
        var row = page.Document.QuerySelector("tr[data-pengguna=wati]")?.TextContent;
        Assert.Contains(SopRoles.Pencatat, row, StringComparison.Ordinal);
        Assert.Contains(SopRoles.Sekretaris, row, StringComparison.Ordinal);
        var wati = await Browser.SignInAsync(app.Factory, "wati", "SandiBaru#2026");
        Assert.Equal(HttpStatusCode.OK, (await wati.GetAsync("/admin")).Status);
    }

    [Fact]
    public async Task CreateUser_BadInput_MessagesBesideFieldsAndNoUser()
    {
        var admin = await app.SignInAsync("admin");
        var before = app.Factory.WithDb(db => db.Users.Count());

        var weak = await admin.SubmitAsync("/admin/pengguna", "main form[method=post]", new()
        {
            ["Input.NamaPengguna"] = "lemah",
            ["Input.NamaLengkap"] = "Sandi Lemah",
            ["Input.KataSandi"] = "pendek",
            ["Input.Peran"] = Array.Empty<string>(),
        });
        var duplicate = await admin.SubmitAsync("/admin/pengguna", "main form[method=post]", new()
        {
            ["Input.NamaPengguna"] = "ppid",
            ["Input.NamaLengkap"] = "Nama Kembar",
            ["Input.KataSandi"] = "SandiBaru#2026",
            ["Input.Peran"] = new[] { SopRoles.StafSekretariat },
        });

        Assert.Contains("minimal 10", weak.Document.QuerySelector("[data-valmsg-for='Input.KataSandi']")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("sedikitnya satu peran", weak.Document.QuerySelector("[data-valmsg-for='Input.Peran']")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("sudah dipakai", duplicate.Document.QuerySelector("[data-valmsg-for='Input.NamaPengguna']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, app.Factory.WithDb(db => db.Users.Count()));
    }

    [Fact]
    public async Task EditUser_RolesReplaced_DeactivatedCannotSignIn_ReactivatedCan()
    {
        var admin = await app.SignInAsync("admin");
        var id = await CreateUserAsync(admin, "budi", SopRoles.StafSekretariat);

        var saved = await admin.SubmitAsync($"/admin/pengguna/{id}", "form[action*='handler=Data']", new() { ["Data.Peran"] = new[] { SopRoles.TimVerifikasi, SopRoles.PpidPembantu } });
        Assert.True(saved.Errors().Length == 0, saved.Errors());
        Assert.Equal([SopRoles.PpidPembantu, SopRoles.TimVerifikasi], RolesOf(id));

        await admin.SubmitAsync($"/admin/pengguna/{id}", "form[action*='handler=Status']", new());
        var refused = await app.Anonymous().SubmitAsync("/admin/masuk", "form", new() { ["Input.NamaPengguna"] = "budi", ["Input.KataSandi"] = "SandiBudi#2026" });
        Assert.Null(refused.Document.QuerySelector("form[action='/admin/keluar']"));

        var reactivated = await admin.SubmitAsync($"/admin/pengguna/{id}", "form[action*='handler=Status']", new());
        Assert.Equal("Aktif", reactivated.Document.QuerySelector("[data-testid=status-pengguna]")?.TextContent);
        await Browser.SignInAsync(app.Factory, "budi", "SandiBudi#2026");
    }

    [Fact]
    public async Task Deactivated_OpenSessionEndsAtTheNextSessionCheck_RoleChangeReachesIt()
    {
        using var factory = new SopAppFactory { Settings = { ["Accounts:SessionCheckInterval"] = "00:00:00" } };
        await factory.SeedUsersAsync();
        var admin = await Browser.SignInAsync(factory, "admin");
        var id = factory.WithDb(db => db.Users.Single(u => u.UserName == "staf2").Id);
        var staf2 = await Browser.SignInAsync(factory, "staf2");
        Assert.NotNull((await staf2.GetAsync("/admin")).Document.QuerySelector("form[action='/admin/keluar']"));

        // A new role reaches the open session without signing in again: the administrator pages open.
        await admin.SubmitAsync($"/admin/pengguna/{id}", "form[action*='handler=Data']", new() { ["Data.Peran"] = new[] { SopRoles.StafSekretariat, SopRoles.Administrator } });
        Assert.Equal(HttpStatusCode.OK, (await staf2.GetAsync("/admin/situs")).Status);

        await admin.SubmitAsync($"/admin/pengguna/{id}", "form[action*='handler=Status']", new());
        var after = await staf2.GetAsync("/admin");
        Assert.Null(after.Document.QuerySelector("form[action='/admin/keluar']"));
        Assert.NotNull(after.Document.QuerySelector("input[name='Input.KataSandi']")); // sent back to the sign-in form
    }

    [Fact]
    public async Task EditUser_NoRole_OrLastAdministratorDeactivatingSelf_RefusedBesideField()
    {
        var admin = await app.SignInAsync("admin");
        var adminId = UserId("admin");

        var noRole = await admin.SubmitAsync($"/admin/pengguna/{UserId("staf")}", "form[action*='handler=Data']", new() { ["Data.Peran"] = Array.Empty<string>() });
        var self = await admin.SubmitAsync($"/admin/pengguna/{adminId}", "form[action*='handler=Status']", new());

        Assert.Contains("sedikitnya satu peran", noRole.Document.QuerySelector("[data-valmsg-for='Data.Peran']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal([SopRoles.StafSekretariat], RolesOf(UserId("staf")));
        Assert.Contains("akun Anda sendiri", self.Document.QuerySelector("[data-valmsg-for='Status']")?.TextContent, StringComparison.Ordinal);
        Assert.Null(app.Factory.WithDb(db => db.Users.Single(u => u.Id == adminId).LockoutEnd));
    }

    [Fact]
    public async Task ResetPassword_NewOneWorks_MismatchRefusedBesideField()
    {
        var admin = await app.SignInAsync("admin");
        var id = await CreateUserAsync(admin, "citra", SopRoles.StafSekretariat);

        var mismatch = await admin.SubmitAsync($"/admin/pengguna/{id}", "form[action*='handler=Sandi']", new() { ["Sandi.KataSandiBaru"] = "GantiSandi#2026", ["Sandi.Konfirmasi"] = "Lain#2026xyz" });
        Assert.Contains("tidak sama", mismatch.Document.QuerySelector("[data-valmsg-for='Sandi.Konfirmasi']")?.TextContent, StringComparison.Ordinal);
        await Browser.SignInAsync(app.Factory, "citra", "SandiBudi#2026"); // unchanged

        var reset = await admin.SubmitAsync($"/admin/pengguna/{id}", "form[action*='handler=Sandi']", new() { ["Sandi.KataSandiBaru"] = "GantiSandi#2026", ["Sandi.Konfirmasi"] = "GantiSandi#2026" });
        Assert.True(reset.Errors().Length == 0, reset.Errors());
        await Browser.SignInAsync(app.Factory, "citra", "GantiSandi#2026");
    }

    [Fact]
    public async Task Waktu_Changed_NewDueTimesUseIt_BadInputRefusedBesideField()
    {
        // Monday 23 November 2026, 09.05 WIB.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 2, 5, 0, TimeSpan.Zero));
        using var factory = new SopAppFactory { Clock = clock };
        await factory.SeedUsersAsync();
        var admin = await Browser.SignInAsync(factory, "admin");

        var bad = await admin.SubmitAsync("/admin/waktu", "main form[method=post]", new() { ["Hari[2]"] = "dua", ["Hari[5]"] = "61" });
        Assert.Contains("bilangan bulat", bad.Document.QuerySelector("[data-valmsg-for='Hari[2]']")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Paling lama 60", bad.Document.QuerySelector("[data-valmsg-for='Hari[5]']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, factory.WithDb(db => db.SopSteps.Single(s => s.Number == 2).WorkingDaysAllowed));

        var saved = await admin.SubmitAsync("/admin/waktu", "main form[method=post]", new() { ["Hari[2]"] = "3" });
        Assert.True(saved.Errors().Length == 0, saved.Errors());
        Assert.Equal(3, factory.WithDb(db => db.SopSteps.Single(s => s.Number == 2).WorkingDaysAllowed));

        // Step 2 (Pencatat) now has three working days: due Thursday at the same hour.
        var id = await Sop.CreateDisposisiAsync(await Browser.SignInAsync(factory, "ppid"), "Disposisi dengan Waktu baru");
        var detail = await (await Browser.SignInAsync(factory, "agendaris")).GetAsync($"/admin/materi/{id}");
        Assert.Contains("batas Kamis, 26 November 2026 pukul 09.05 WIB", detail.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Instruksi_RenamedRetiredAdded_OfferedOnNewDisposisi_BadInputRefused()
    {
        var admin = await app.SignInAsync("admin");
        var form = await admin.GetAsync("/admin/instruksi");
        var count = form.Document.QuerySelectorAll("input[name$='.Teks']").Length;
        Assert.Equal(8, count); // the configured defaults seeded the table

        var empty = await admin.SubmitFormAsync(form, "main form[method=post]", new() { ["Items[0].Teks"] = " " });
        Assert.Contains("wajib diisi", empty.Document.QuerySelector("[data-valmsg-for='Items[0].Teks']")?.TextContent, StringComparison.Ordinal);
        var duplicate = await admin.SubmitFormAsync(form, "main form[method=post]", new() { ["Baru"] = "untuk diketahui" });
        Assert.Contains("sudah ada", duplicate.Document.QuerySelector("[data-valmsg-for='Baru']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(count, app.Factory.WithDb(db => db.InstruksiDisposisi.Count()));

        var fields = new Dictionary<string, object>
        {
            ["Items[3].Teks"] = "Mohon tanggapan dan saran",
            ["Baru"] = "Untuk diliput dan dipublikasikan",
        };
        var page = await admin.GetAsync("/admin/instruksi");
        var saved = await admin.SubmitFormAsync(page, "main form[method=post]", fields);
        Assert.True(saved.Errors().Length == 0, saved.Errors());
        // Retire "Untuk diarsipkan": its box is left unticked.
        var retire = saved.Document.QuerySelectorAll("input[name$='.Teks']").First(i => i.GetAttribute("value") == "Untuk diarsipkan").GetAttribute("name")!.Replace(".Teks", ".Aktif", StringComparison.Ordinal);
        saved = await admin.SubmitFormAsync(saved, "main form[method=post]", new() { [retire] = Array.Empty<string>() });
        Assert.True(saved.Errors().Length == 0, saved.Errors());

        var ppid = await app.SignInAsync("ppid");
        var offered = (await ppid.GetAsync("/admin/disposisi/baru")).Document.QuerySelectorAll("input[name='Input.Instruksi']").Select(i => i.GetAttribute("value")).ToList();
        Assert.Contains("Mohon tanggapan dan saran", offered);
        Assert.Contains("Untuk diliput dan dipublikasikan", offered);
        Assert.DoesNotContain("Untuk diarsipkan", offered);
        Assert.DoesNotContain("Tanggapan dan saran", offered);

        var fieldsDisposisi = Sop.Disposisi("Disposisi dengan instruksi pensiun");
        fieldsDisposisi["Input.Instruksi"] = new[] { "Untuk diarsipkan" };
        var refused = await ppid.SubmitAsync("/admin/disposisi/baru", "form[enctype]", fieldsDisposisi);
        Assert.Contains("tidak dikenal", refused.Document.QuerySelector("[data-valmsg-for='Input.Instruksi']")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Situs_Saved_ShownOnPublicPagesKontakAndLembarDisposisi_BadInputRefused()
    {
        var admin = await app.SignInAsync("admin");
        Assert.DoesNotContain("Kecamatan Tawangmangu", (await app.Anonymous().GetAsync("/")).Html, StringComparison.Ordinal); // now in the output cache
        Assert.DoesNotContain("Kecamatan Tawangmangu", (await app.Anonymous().GetAsync("/rss.xml")).Html, StringComparison.Ordinal);

        var bad = await admin.SubmitAsync("/admin/situs", "main form[method=post]", new() { ["Nilai[Name]"] = "", ["Nilai[Email]"] = "bukan-surel", ["Nilai[PetaUrl]"] = "javascript:alert(1)" });
        Assert.Contains("wajib diisi", bad.Document.QuerySelector("[data-valmsg-for='Nilai[Name]']")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("tidak valid", bad.Document.QuerySelector("[data-valmsg-for='Nilai[Email]']")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("https://", bad.Document.QuerySelector("[data-valmsg-for='Nilai[PetaUrl]']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, app.Factory.WithDb(db => db.SiteSettings.Count()));

        var saved = await admin.SubmitAsync("/admin/situs", "main form[method=post]", new()
        {
            ["Nilai[Name]"] = "Kecamatan Tawangmangu",
            ["Nilai[KopNama]"] = "Kecamatan Tawangmangu",
            ["Nilai[Telepon]"] = "(0271) 697012",
            ["Nilai[JamLayanan]"] = "Senin–Jumat 08.00–15.00 WIB",
            ["Nilai[PetaUrl]"] = "https://maps.example.org/?q=Tawangmangu",
        });
        Assert.True(saved.Errors().Length == 0, saved.Errors());

        Assert.Contains("Kecamatan Tawangmangu", (await app.Anonymous().GetAsync("/")).Document.QuerySelector(".brand-name")?.TextContent, StringComparison.Ordinal);
        var kontak = await app.Anonymous().GetAsync("/kontak");
        Assert.Contains("(0271) 697012", kontak.Text(), StringComparison.Ordinal);
        Assert.Contains("Senin–Jumat 08.00–15.00 WIB", kontak.Text(), StringComparison.Ordinal);
        Assert.NotNull(kontak.Document.QuerySelector("a[href='https://maps.example.org/?q=Tawangmangu']"));
        foreach (var feed in new[] { "/rss.xml", "/atom.xml" })
        {
            using var reader = System.Xml.XmlReader.Create(new StringReader((await app.Anonymous().GetAsync(feed)).Html));
            Assert.Equal("Kecamatan Tawangmangu", System.ServiceModel.Syndication.SyndicationFeed.Load(reader).Title.Text);
        }

        var id = await Sop.CreateDisposisiAsync(await app.SignInAsync("ppid"), "Lembar dengan kop baru");
        var lembar = await (await app.SignInAsync("ppid")).GetAsync($"/admin/materi/{id}/cetak");
        Assert.Equal("KECAMATAN TAWANGMANGU", lembar.Document.QuerySelector(".kop-nama")?.TextContent);
        Assert.Contains("(0271) 697012", lembar.Document.QuerySelector(".kop-alamat")?.TextContent, StringComparison.Ordinal);
    }

    private async Task<string> CreateUserAsync(Browser admin, string userName, string role)
    {
        var page = await admin.SubmitAsync("/admin/pengguna", "main form[method=post]", new()
        {
            ["Input.NamaPengguna"] = userName,
            ["Input.NamaLengkap"] = "Uji " + userName,
            ["Input.KataSandi"] = "SandiBudi#2026",
            ["Input.Peran"] = new[] { role },
        });
        Assert.True(page.Errors().Length == 0, page.Errors());
        return UserId(userName);
    }

    private string UserId(string userName) => app.Factory.WithDb(db => db.Users.Single(u => u.UserName == userName).Id);

    private string[] RolesOf(string userId) => app.Factory.WithDb(db =>
        db.UserRoles.Where(r => r.UserId == userId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).OrderBy(n => n).ToArray());
}
