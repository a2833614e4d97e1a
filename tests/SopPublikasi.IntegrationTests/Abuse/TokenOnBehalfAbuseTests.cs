using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Notifications;
using SopPublikasi.Module.Tokens;
using SopPublikasi.Module.Webhooks;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.IntegrationTests.Abuse;

/// <summary>
/// Issue 21, finding 2 (second half): an administrator acting with a token issued for someone else appears as the
/// administrator on behalf of that person ("… atas nama …"), never as that person alone: in the history rows (with the
/// issuer's id), the API's history, the webhook's <c>pelaku</c> and the saved version. Separation of duties counts
/// the issuer as an author; the issuer's deactivation, password reset or loss of KelolaTokenSemua ends such tokens.
/// </summary>
public sealed class TokenOnBehalfAbuseTests : IDisposable
{
    private const string Admin = "Uji admin";

    private readonly SopAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private string IdOf(string userName) => _factory.WithDb(db => db.Users.Single(u => u.UserName == userName).Id);

    /// <summary>The admin issues a token for <paramref name="owner"/> on the Token API page, as in real life.</summary>
    private async Task<HttpClient> AdminTokenForAsync(string owner, string admin = "admin")
    {
        var page = await Browser.SignInAsync(_factory, admin);
        var issued = await page.SubmitAsync("/admin/token", "form[action*='handler=Buat']", new() { ["Input.Nama"] = "atas nama " + owner, ["Input.UntukPengguna"] = IdOf(owner) });
        var secret = issued.Document.QuerySelector("[data-testid=token-baru]")?.TextContent.Trim();
        Assert.False(string.IsNullOrEmpty(secret), issued.Text());
        var client = Api.Anonymous(_factory);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    private static async Task SaveDraftAsync(HttpClient client, Guid id, string body)
    {
        var etag = (await client.GetAsync(new Uri($"/api/v1/materi/{id}", UriKind.Relative))).Headers.ETag!.Tag;
        using var put = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/v1/materi/{id}", UriKind.Relative))
        {
            Content = JsonContent.Create(new { judul = "Atas nama", ringkasan = "Ringkasan.", isi = body, kategoriId = 1 }),
        };
        put.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        var saved = await client.SendAsync(put);
        Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
    }

    private async Task StartAsync()
    {
        _ = _factory.Server;
        await _factory.SeedUsersAsync();
    }

    [Fact]
    public async Task AdminWithATokenForStaf_RecordedAsAdminOnBehalfOfStaf_InHistoryApiWebhookAndVersion()
    {
        await StartAsync();
        using (var scope = _factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<WebhookSubscriptions>()
                .CreateAsync(new Uri("http://127.0.0.1:9/webhook"), "uji", [WebhookEvents.Transisi], CancellationToken.None);
        }

        var id = await SopShortcuts.ToPenyusunanAsync(_factory, "Atas nama staf");
        var adminAsStaf = await AdminTokenForAsync("staf");

        await SaveDraftAsync(adminAsStaf, id, "<p>Ditulis admin untuk staf.</p>");
        Assert.Equal(HttpStatusCode.OK, (await adminAsStaf.PostJsonAsync($"/api/v1/materi/{id}/transisi", new { aksi = "serahkan" })).StatusCode);

        var expected = $"{Admin} atas nama Uji staf";
        var row = _factory.WithDb(db => db.History.AsNoTracking().Single(h => h.MateriId == id && h.Action == "serahkan"));
        Assert.Equal((expected, IdOf("staf"), IdOf("admin")), (row.ActorName, row.ActorId, row.IssuedById));
        Assert.Null(HistoryChain.FindBreak(_factory.WithDb(db => db.History.AsNoTracking().Where(h => h.MateriId == id).ToList())));
        Assert.All(_factory.WithDb(db => db.History.AsNoTracking().Where(h => h.MateriId == id && h.Action != "serahkan").ToList()), h => Assert.Null(h.IssuedById));

        var version = _factory.WithDb(db => db.MateriVersions.AsNoTracking().Single(v => v.MateriId == id));
        Assert.Equal((expected, IdOf("staf"), IdOf("admin")), (version.EditorName, version.EditorId, version.IssuedById));

        var view = await (await adminAsStaf.GetAsync(new Uri($"/api/v1/materi/{id}", UriKind.Relative))).JsonAsync();
        Assert.Equal(expected, view.GetProperty("riwayat").EnumerateArray().Single(r => r.GetProperty("aksi").GetString() == "serahkan").GetProperty("pelaku").GetString());
        var sekretarisView = await (await (await Api.ClientForAsync(_factory, "sekretaris")).GetAsync(new Uri($"/api/v1/materi/{id}", UriKind.Relative))).JsonAsync();
        Assert.Equal(expected, sekretarisView.GetProperty("riwayat").EnumerateArray().Single(r => r.GetProperty("aksi").GetString() == "serahkan").GetProperty("pelaku").GetString());

        // The Sekretaris are told by whom the item came: the notification names both too.
        var told = await Eventually.WaitAsync(
            () => _factory.WithDb(db => db.Notifications.AsNoTracking().Where(n => n.Kind == "tugas-baru").Select(n => n.Body).ToList()),
            bodies => bodies.Any(b => b.StartsWith(expected + " meneruskan", StringComparison.Ordinal)), TimeSpan.FromSeconds(10));
        Assert.Contains(told, b => b.StartsWith(expected + " meneruskan", StringComparison.Ordinal));

        var payloads = _factory.WithDb(db => db.WebhookDeliveries.AsNoTracking().Where(d => d.Event == WebhookEvents.Transisi).Select(d => d.Payload).ToList())
            .Select(p => JsonDocument.Parse(p).RootElement.GetProperty("data")).ToList();
        var handedIn = payloads.Single(p => p.GetProperty("aksi").GetString() == "serahkan");
        Assert.Equal(expected, handedIn.GetProperty("pelaku").GetString());
        Assert.Equal("Uji sekcam", payloads.Single(p => p.GetProperty("aksi").GetString() == "terima").GetProperty("pelaku").GetString());
    }

    [Fact]
    public async Task AdminWhoWroteAsStaf_CannotApproveWithATokenForTheVerifier_TheVerifierCan()
    {
        await StartAsync();
        using (var scope = _factory.Services.CreateScope())
        {
            // The administrator also holds the verification role: the issuer's own approval is refused as well.
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            Assert.True((await users.AddToRoleAsync((await users.FindByNameAsync("admin"))!, SopRoles.TimVerifikasi)).Succeeded);
        }

        var id = await SopShortcuts.ToPenyusunanAsync(_factory, "Pemisahan tugas atas nama");
        var adminAsStaf = await AdminTokenForAsync("staf");
        await SaveDraftAsync(adminAsStaf, id, "<p>Ditulis admin untuk staf.</p>");
        Assert.Equal(HttpStatusCode.OK, (await adminAsStaf.PostJsonAsync($"/api/v1/materi/{id}/transisi", new { aksi = "serahkan" })).StatusCode);
        var sekretaris = await Api.ClientForAsync(_factory, "sekretaris");
        Assert.Equal(HttpStatusCode.OK, (await sekretaris.PostJsonAsync($"/api/v1/materi/{id}/transisi", new { aksi = "ajukan-verifikasi" })).StatusCode);

        var adminAsVerifier = await AdminTokenForAsync("verifikator");
        var actions = (await adminAsVerifier.GetFromJsonAsync<JsonElement>($"/api/v1/materi/{id}")).GetProperty("aksiTersedia").EnumerateArray().Select(a => a.GetProperty("aksi").GetString());
        Assert.DoesNotContain("setujui", actions);
        var refused = await adminAsVerifier.PostJsonAsync($"/api/v1/materi/{id}/transisi", new { aksi = "setujui", klasifikasi = "berkala" });
        Assert.Contains("pemisahan tugas", (await refused.ProblemAsync(403)).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var adminItself = await Api.ClientForAsync(_factory, "admin");
        await (await adminItself.PostJsonAsync($"/api/v1/materi/{id}/transisi", new { aksi = "setujui", klasifikasi = "berkala" })).ProblemAsync(403);
        Assert.Equal(WorkflowState.Verifikasi, _factory.WithDb(db => db.Materi.Single(m => m.Id == id).State));

        var verifikator = await Api.ClientForAsync(_factory, "verifikator");
        Assert.Equal(HttpStatusCode.OK, (await verifikator.PostJsonAsync($"/api/v1/materi/{id}/transisi", new { aksi = "setujui", klasifikasi = "berkala" })).StatusCode);
    }

    /// <summary>A second administrator, who issues a token for "staf"; the first administrator manages them.</summary>
    private async Task<(string IssuerId, HttpClient AsStaf)> SecondAdminIssuesForStafAsync()
    {
        await StartAsync();
        using (var scope = _factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var admin2 = new AppUser { UserName = "admin2", FullName = "Uji admin2" };
            Assert.True((await users.CreateAsync(admin2, TestUsers.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(admin2, SopRoles.Administrator)).Succeeded);
        }

        var asStaf = await AdminTokenForAsync("staf", "admin2");
        Assert.Equal(HttpStatusCode.OK, (await asStaf.GetAsync(new Uri("/api/v1/tugas", UriKind.Relative))).StatusCode);
        return (IdOf("admin2"), asStaf);
    }

    private bool AllIssuedRevoked(string issuerId) =>
        _factory.WithDb(db => db.Tokens.Where(t => t.IssuedById == issuerId).ToList()) is { Count: > 0 } issued && issued.All(t => t.RevokedAt != null);

    [Fact]
    public async Task IssuerDeactivated_TheTokensTheyIssuedForOthersAreRevoked_ReactivationDoesNotBringThemBack()
    {
        var (issuerId, asStaf) = await SecondAdminIssuesForStafAsync();
        var ownStaf = await Api.ClientForAsync(_factory, "staf");
        var admin = await Browser.SignInAsync(_factory, "admin");

        var deactivated = await admin.SubmitAsync($"/admin/pengguna/{issuerId}", "form[action*='handler=Status']", new());
        Assert.Equal("Nonaktif", deactivated.Document.QuerySelector("[data-testid=status-pengguna]")?.TextContent);
        await (await asStaf.GetAsync(new Uri("/api/v1/tugas", UriKind.Relative))).ProblemAsync(401);
        Assert.True(AllIssuedRevoked(issuerId), "revoked at the deactivation, not only refused");

        await admin.SubmitAsync($"/admin/pengguna/{issuerId}", "form[action*='handler=Status']", new());
        await (await asStaf.GetAsync(new Uri("/api/v1/tugas", UriKind.Relative))).ProblemAsync(401);
        // The owner's own token is not the issuer's business.
        Assert.Equal(HttpStatusCode.OK, (await ownStaf.GetAsync(new Uri("/api/v1/tugas", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task IssuerPasswordReset_TheTokensTheyIssuedForOthersAreRevoked()
    {
        var (issuerId, asStaf) = await SecondAdminIssuesForStafAsync();
        var admin = await Browser.SignInAsync(_factory, "admin");

        var reset = await admin.SubmitAsync($"/admin/pengguna/{issuerId}", "form[action*='handler=Sandi']", new() { ["Sandi.KataSandiBaru"] = "GantiSandi#2026", ["Sandi.Konfirmasi"] = "GantiSandi#2026" });
        Assert.True(reset.Errors().Length == 0, reset.Errors());

        await (await asStaf.GetAsync(new Uri("/api/v1/tugas", UriKind.Relative))).ProblemAsync(401);
        Assert.True(AllIssuedRevoked(issuerId));
    }

    [Fact]
    public async Task IssuerLosesKelolaTokenSemua_TheTokenIsRevokedAtItsNextUse_GivingItBackDoesNotRestoreIt()
    {
        var (issuerId, asStaf) = await SecondAdminIssuesForStafAsync();
        using (var scope = _factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            Assert.True((await users.RemoveFromRoleAsync((await users.FindByIdAsync(issuerId))!, SopRoles.Administrator)).Succeeded);
        }

        await (await asStaf.GetAsync(new Uri("/api/v1/tugas", UriKind.Relative))).ProblemAsync(401);
        Assert.True(AllIssuedRevoked(issuerId));

        using (var scope = _factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            Assert.True((await users.AddToRoleAsync((await users.FindByIdAsync(issuerId))!, SopRoles.Administrator)).Succeeded);
        }

        await (await asStaf.GetAsync(new Uri("/api/v1/tugas", UriKind.Relative))).ProblemAsync(401);
    }

    [Fact]
    public async Task TokensPage_ShowsDiterbitkanOleh_ToTheOwnerAndToTheIssuer()
    {
        await StartAsync();
        await AdminTokenForAsync("ppid");

        var owner = await (await Browser.SignInAsync(_factory, "ppid")).GetAsync("/admin/token");
        Assert.Equal($"diterbitkan oleh {Admin}", owner.Document.QuerySelector("[data-testid=diterbitkan-oleh]")?.TextContent.Trim());

        var issuer = await (await Browser.SignInAsync(_factory, "admin")).GetAsync("/admin/token");
        var row = issuer.Document.QuerySelector("[data-testid=token-terbitan]");
        Assert.Contains($"diterbitkan oleh {Admin}", row?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Uji ppid", row?.TextContent, StringComparison.Ordinal);

        // The issuer may revoke it there.
        var revoked = await (await Browser.SignInAsync(_factory, "admin")).SubmitAsync("/admin/token", "form[action*='handler=CabutTerbitan']", []);
        Assert.Contains("Token dicabut.", revoked.Text(), StringComparison.Ordinal);
        Assert.True(AllIssuedRevoked(IdOf("admin")));
    }

    [Fact]
    public async Task Migration_AppliesToADatabaseWithTokens_WhichKeepWorkingAsTheirOwners()
    {
        using var database = TestDatabase.Create();
        const string secret = "sop_token-dibuat-sebelum-kolom-penerbit-ada-0123456789";
        var binary = new DateTimeOffsetToBinaryConverter();
        var now = DateTimeOffset.UtcNow;
        await using (var db = database.OpenContext())
        {
            await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().First());
            Assert.Contains(db.Database.GetPendingMigrations(), m => m.EndsWith("_TokenIssuer", StringComparison.Ordinal));
            var tokenId = Guid.NewGuid();
            object id = TestDatabase.IsPostgreSql ? tokenId : tokenId.ToString().ToUpperInvariant();
            // SQLite keeps a DateTimeOffset as a number (DateTimeOffsetToBinaryConverter), PostgreSQL as timestamptz.
            var (created, expires) = TestDatabase.IsPostgreSql
                ? ((object)now, (object)now.AddDays(1))
                : (binary.ConvertToProvider(now)!, binary.ConvertToProvider(now.AddDays(1))!);
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "AspNetUsers" ("Id", "FullName", "UserName", "NormalizedUserName", "SecurityStamp", "EmailConfirmed", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount")
                VALUES ('u-lama', 'Pengguna Lama', 'lama', 'LAMA', 'cap', {false}, {false}, {false}, {true}, {0})
                """);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "Tokens" ("Id", "UserId", "Name", "Prefix", "Hash", "CreatedAt", "ExpiresAt")
                VALUES ({id}, 'u-lama', 'lama', {secret[..12]}, {hash}, {created}, {expires})
                """);
        }

        using var factory = new SopAppFactory { Database = database, OwnsDatabase = false };
        _ = factory.Server; // applies TokenIssuer at start (and seeds the roles)
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            Assert.True((await users.AddToRoleAsync((await users.FindByIdAsync("u-lama"))!, SopRoles.StafSekretariat)).Succeeded);
        }

        var client = Api.Anonymous(factory);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/v1/tugas", UriKind.Relative))).StatusCode);
        var token = factory.WithDb(db => db.Tokens.AsNoTracking().Single());
        Assert.Equal(("u-lama", null), (token.UserId, token.IssuedById));
        Assert.Empty(factory.WithDb(db => db.Database.GetPendingMigrations()));
    }
}
