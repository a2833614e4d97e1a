using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.IntegrationTests.Security;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Halaman;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Security.Permissions;
using SopPublikasi.Module.Webhooks;

namespace SopPublikasi.IntegrationTests;

/// <summary>
/// Permissions as data: the Hak Akses page (administrators only) changes a role's grants, and pages and the admin
/// menu follow at once; a revoked default stays revoked across a restart's seeding; bad input is refused beside its field.
/// </summary>
public sealed class PermissionTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string HakAkses = "/admin/hak-akses";

    [Fact]
    public async Task Revoke_ThenGrant_SuntingHalaman_ForSekretaris_PageAndMenuFollow()
    {
        var admin = await app.SignInAsync("admin");
        var sekretaris = await app.SignInAsync("sekretaris");
        var before = await sekretaris.GetAsync("/admin/halaman/sejarah");
        Assert.Equal(HttpStatusCode.OK, before.Status);
        Assert.NotNull(before.Document.QuerySelector("nav a[href='/admin/halaman']"));

        var revoked = await SaveAsync(admin, SopRoles.Sekretaris, []);
        Assert.Equal(HttpStatusCode.OK, revoked.Status);
        Assert.Contains("disimpan", revoked.Text(), StringComparison.Ordinal);

        var denied = await sekretaris.GetAsync("/admin/halaman/sejarah");
        Assert.Equal(HttpStatusCode.Forbidden, denied.Status);
        Assert.StartsWith("/admin/ditolak", new Uri(denied.Url).AbsolutePath, StringComparison.Ordinal);
        var dasbor = await sekretaris.GetAsync("/admin");
        Assert.Null(dasbor.Document.QuerySelector("nav a[href='/admin/halaman']"));
        Assert.NotNull(dasbor.Document.QuerySelector("nav a[href='/admin/token']"));

        await SaveAsync(admin, SopRoles.Sekretaris, [HalamanPermissions.SuntingHalamanName]);
        Assert.Equal(HttpStatusCode.OK, (await sekretaris.GetAsync("/admin/halaman/sejarah")).Status);
        Assert.NotNull((await sekretaris.GetAsync("/admin")).Document.QuerySelector("nav a[href='/admin/halaman']"));
    }

    [Fact]
    public async Task Grant_KelolaWebhook_ToVerifikator_GivesPageAndMenu()
    {
        var verifikator = await app.SignInAsync("verifikator");
        Assert.Equal(HttpStatusCode.Forbidden, (await verifikator.GetAsync("/admin/webhook")).Status);
        Assert.Null((await verifikator.GetAsync("/admin")).Document.QuerySelector("nav a[href='/admin/webhook']"));

        await SaveAsync(await app.SignInAsync("admin"), SopRoles.TimVerifikasi, [WebhookPermissions.KelolaWebhookName]);

        Assert.Equal(HttpStatusCode.OK, (await verifikator.GetAsync("/admin/webhook")).Status);
        Assert.NotNull((await verifikator.GetAsync("/admin")).Document.QuerySelector("nav a[href='/admin/webhook']"));
        await SaveAsync(await app.SignInAsync("admin"), SopRoles.TimVerifikasi, []);
        Assert.Equal(HttpStatusCode.Forbidden, (await verifikator.GetAsync("/admin/webhook")).Status);
    }

    [Fact]
    public async Task LastGrantOfKelolaHakAkses_CannotBeRemoved_MessageBesideTheField()
    {
        var admin = await app.SignInAsync("admin");
        var kept = GrantsOf(SopRoles.Administrator);

        var page = await SaveAsync(admin, SopRoles.Administrator, [CorePermissions.KelolaPenggunaName]);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var form = page.Document.QuerySelector($"form[data-peran='{SopRoles.Administrator}']")!;
        Assert.Contains("tidak dapat dicabut", form.QuerySelector(".field-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(kept, GrantsOf(SopRoles.Administrator));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(HakAkses)).Status);
    }

    [Fact]
    public async Task UnknownPermissionOrRole_Refused_NothingSaved()
    {
        var admin = await app.SignInAsync("admin");
        var kept = GrantsOf(SopRoles.Sekretaris);

        var unknown = await SaveAsync(admin, SopRoles.Sekretaris, ["BolehSemuanya"]);
        Assert.Contains("tidak dikenal", unknown.Errors(), StringComparison.Ordinal);
        var noRole = await admin.PostCraftedAsync(HakAkses, HakAkses, new() { ["peran"] = "Bukan Peran", ["izin"] = WebhookPermissions.KelolaWebhookName });
        Assert.Equal(HttpStatusCode.OK, noRole.Status);
        Assert.Contains("Peran tidak dikenal", noRole.Errors(), StringComparison.Ordinal);

        Assert.Equal(kept, GrantsOf(SopRoles.Sekretaris));
        Assert.Equal(0, app.Factory.WithDb(db => db.PermissionGrants.Count(g => g.RoleName == "Bukan Peran" || g.Permission == "BolehSemuanya")));
    }

    [Fact]
    public async Task HakAkses_OnlyForThoseWhoManagePermissions()
    {
        foreach (var user in new[] { "sekretaris", "ppid", "staf", "sekcam" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignInAsync(user)).GetAsync(HakAkses)).Status);
        }

        var page = await (await app.SignInAsync("admin")).GetAsync(HakAkses);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Hak akses peran", page.Document.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.Document.QuerySelector("nav a[href='/admin/hak-akses']"));
    }

    [Fact]
    public async Task RevokedDefault_StaysRevoked_WhenSeedingRunsAgain()
    {
        await SaveAsync(await app.SignInAsync("admin"), SopRoles.Administrator,
            [.. GrantsOf(SopRoles.Administrator).Where(p => p != TokensPermissionName)]);

        using (var scope = app.Factory.Services.CreateScope())
        {
            var seeder = scope.ServiceProvider.GetServices<IDataSeeder>().OfType<PermissionSeeder>().Single();
            await seeder.SeedAsync(CancellationToken.None);
        }

        Assert.DoesNotContain(TokensPermissionName, GrantsOf(SopRoles.Administrator));
        await SaveAsync(await app.SignInAsync("admin"), SopRoles.Administrator, [.. GrantsOf(SopRoles.Administrator), TokensPermissionName]);
        Assert.Contains(TokensPermissionName, GrantsOf(SopRoles.Administrator));
    }

    [Fact]
    public async Task Revoke_ThenGrant_SuntingDrafKoreksi_ForSekretaris_SaveAtKoreksiRefusedThenAllowed()
    {
        var admin = await app.SignInAsync("admin");
        var page = await admin.GetAsync(HakAkses);
        Assert.Contains(MateriPermissions.SuntingDrafKoreksi.Title, page.Text(), StringComparison.Ordinal);
        Assert.Contains(MateriPermissions.LihatSemuaMateri.Title, page.Text(), StringComparison.Ordinal);
        var flow = new ApiFlow(app.Factory);
        var id = await flow.ToPenyusunanAsync(ApiFlow.Disposisi("Hak sunting koreksi"));
        Assert.True((await flow.PutDraftAsync("staf", id, ApiFlow.Draft("Draf staf"), 0)).IsSuccessStatusCode);
        await flow.MoveAsync("staf", id, new { aksi = "serahkan" });
        var kept = GrantsOf(SopRoles.Sekretaris);
        Assert.Contains(MateriPermissions.SuntingDrafKoreksiName, kept);

        await SaveAsync(admin, SopRoles.Sekretaris, [.. kept.Where(p => p != MateriPermissions.SuntingDrafKoreksiName)]);

        var refused = await flow.PutDraftAsync("sekretaris", id, ApiFlow.Draft("Draf koreksi"), 1);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Anda tidak memiliki hak akses untuk menyunting draf koreksi", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var sekretaris = await app.SignInAsync("sekretaris");
        var detail = await sekretaris.GetAsync($"/admin/materi/{id}");
        Assert.Equal(HttpStatusCode.OK, detail.Status); // still sees the item (LihatSemuaMateri), but no editor link
        Assert.Null(detail.Document.QuerySelector($"a[href='/admin/materi/{id}/sunting']"));
        var editor = await sekretaris.GetAsync($"/admin/materi/{id}/sunting"); // back to the item, with the reason
        Assert.Equal($"/admin/materi/{id}", new Uri(editor.Url).AbsolutePath);
        Assert.Contains("Anda tidak memiliki hak akses untuk menyunting draf koreksi", editor.Text(), StringComparison.Ordinal);

        await SaveAsync(admin, SopRoles.Sekretaris, [.. kept]);

        Assert.Equal(kept, GrantsOf(SopRoles.Sekretaris));
        var saved = await flow.PutDraftAsync("sekretaris", id, ApiFlow.Draft("Draf koreksi"), 1);
        Assert.True(saved.IsSuccessStatusCode, $"{(int)saved.StatusCode} {await saved.Content.ReadAsStringAsync()}");
        Assert.NotNull((await sekretaris.GetAsync($"/admin/materi/{id}")).Document.QuerySelector($"a[href='/admin/materi/{id}/sunting']"));
    }

    private const string TokensPermissionName = SopPublikasi.Module.Tokens.TokenPermissions.KelolaTokenSemuaName;

    private List<string> GrantsOf(string role) =>
        app.Factory.WithDb(db => db.PermissionGrants.Where(g => g.RoleName == role).Select(g => g.Permission).ToList()).Order(StringComparer.Ordinal).ToList();

    private static Task<Page> SaveAsync(Browser admin, string role, string[] permissions) =>
        admin.SubmitAsync(HakAkses, $"form[data-peran='{role}']", new() { ["izin"] = permissions });
}
