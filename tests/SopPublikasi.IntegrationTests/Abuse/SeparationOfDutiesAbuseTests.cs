using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Identity;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.IntegrationTests.Abuse;

/// <summary>
/// Issue 21, finding 2: a person holding a writing role and the verification role corrected a draft and then
/// approved it. Whoever wrote or corrected a version of the item cannot approve it (Workflow:IndependentVerification,
/// on by default); the refusal says why, and nothing moves.
/// </summary>
public sealed class SeparationOfDutiesAbuseTests : IDisposable
{
    private readonly SopAppFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<(Guid Id, HttpClient Both)> CorrectedByTheVerifierAsync()
    {
        _ = _factory.Server;
        await _factory.SeedUsersAsync();
        using (var scope = _factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var both = new AppUser { UserName = "rangkap", FullName = "Uji Rangkap" };
            Assert.True((await users.CreateAsync(both, TestUsers.Password)).Succeeded);
            Assert.True((await users.AddToRolesAsync(both, [SopRoles.Sekretaris, SopRoles.TimVerifikasi])).Succeeded);
        }

        var id = await SopShortcuts.ToCorrectionAsync(_factory, "Pemisahan tugas", "<p>Draf dari staf.</p>");
        var rangkap = await Api.ClientForAsync(_factory, "rangkap");
        var etag = (await rangkap.GetAsync(new Uri($"/api/v1/materi/{id}", UriKind.Relative))).Headers.ETag!.Tag;
        using var put = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/v1/materi/{id}", UriKind.Relative))
        {
            Content = JsonContent.Create(new { judul = "Pemisahan tugas", ringkasan = "Ringkasan.", isi = "<p>Draf yang dikoreksi.</p>", kategoriId = 1 }),
        };
        put.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        Assert.Equal(HttpStatusCode.OK, (await rangkap.SendAsync(put)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await rangkap.PostJsonAsync($"/api/v1/materi/{id}/transisi", new { aksi = "ajukan-verifikasi" })).StatusCode);
        return (id, rangkap);
    }

    private static async Task<List<string?>> ActionsAsync(HttpClient client, Guid id) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/api/v1/materi/{id}")).GetProperty("aksiTersedia").EnumerateArray().Select(a => a.GetProperty("aksi").GetString())];

    private WorkflowState StateOf(Guid id) => _factory.WithDb(db => db.Materi.Single(m => m.Id == id).State);

    [Fact]
    public async Task TheCorrector_CannotApprove_AnotherVerifierCan()
    {
        var (id, rangkap) = await CorrectedByTheVerifierAsync();
        var verifikator = await Api.ClientForAsync(_factory, "verifikator");
        // Not offered to the corrector (the admin page says why), offered to the other verifier.
        Assert.DoesNotContain("setujui", await ActionsAsync(rangkap, id));
        Assert.Contains("setujui", await ActionsAsync(verifikator, id));
        var page = await (await Browser.SignInAsync(_factory, "rangkap")).GetAsync($"/admin/materi/{id}");
        Assert.Contains("pemisahan tugas", page.Document.QuerySelector("p.notice[role=note]")?.TextContent, StringComparison.Ordinal);

        var refused = await rangkap.PostJsonAsync($"/api/v1/materi/{id}/transisi", new { aksi = "setujui", klasifikasi = "berkala" });

        var problem = await refused.ProblemAsync(403);
        Assert.Contains("pemisahan tugas", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(WorkflowState.Verifikasi, StateOf(id));
        Assert.DoesNotContain(_factory.WithDb(db => db.History.Where(h => h.MateriId == id).Select(h => h.Action).ToList()), a => a == "setujui");

        var approved = await verifikator.PostJsonAsync($"/api/v1/materi/{id}/transisi", new { aksi = "setujui", klasifikasi = "berkala" });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(WorkflowState.Terbit, StateOf(id));
    }

    [Fact]
    public async Task TheSetting_Off_LetsTheCorrectorApprove()
    {
        _factory.Settings["Workflow:IndependentVerification"] = "false";
        var (id, rangkap) = await CorrectedByTheVerifierAsync();

        var approved = await rangkap.PostJsonAsync($"/api/v1/materi/{id}/transisi", new { aksi = "setujui", klasifikasi = "berkala" });

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(WorkflowState.Terbit, StateOf(id));
    }
}
