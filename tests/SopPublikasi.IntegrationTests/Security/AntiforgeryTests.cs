using System.Net;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Materi;

namespace SopPublikasi.IntegrationTests.Security;

/// <summary>Every form post of the site, taken from the app's endpoints, is refused (400) without its antiforgery token.</summary>
public sealed class AntiforgeryTests(AppFixture app) : IClassFixture<AppFixture>
{
    /// <summary>Posts that need no token, with the reason: the error page re-executes failed posts and changes nothing.</summary>
    private static readonly HashSet<string> Exempt = new(StringComparer.Ordinal) { "POST /status/{code:int}" };

    [Fact]
    public async Task EveryFormPost_WithoutToken_400_AndWithTheTokenNot400()
    {
        var posts = (await EndpointCatalog.KeysAsync(app.Factory.Services))
            .Where(k => k.StartsWith("POST /", StringComparison.Ordinal) && !k.StartsWith("POST /api/", StringComparison.Ordinal) && !Exempt.Contains(k))
            .ToList();
        Assert.Contains("POST /admin/materi/{id:guid}?handler=Transisi", posts);
        Assert.Contains("POST /admin/masuk", posts);
        var id = await new ApiFlow(app.Factory).ToPenyusunanAsync(ApiFlow.Disposisi("Formulir tanpa token"));
        using var admin = await RawSession.SignInAsync(app.Factory, "admin");
        using var staf = await RawSession.SignInAsync(app.Factory, "staf");
        using var ppid = await RawSession.SignInAsync(app.Factory, "ppid");
        var failures = new List<string>();

        foreach (var key in posts)
        {
            var url = key["POST ".Length..].Replace("{id:guid}", id.ToString(), StringComparison.Ordinal).Replace("{slug?}", "sejarah", StringComparison.Ordinal);
            // Each post as someone the page lets in (a refusal for want of the right would hide a missing token check):
            // the materi pages as staff, the PPID desk's as the PPID Pembantu, the rest as the administrator.
            var session = url.Contains("/materi/", StringComparison.Ordinal) ? staf
                : url.StartsWith("/admin/layanan/", StringComparison.Ordinal) ? ppid
                : admin;
            using var form = new FormUrlEncodedContent([new("Input.Aksi", "serahkan"), new("Input.Judul", "Tanpa token")]);
            var response = await session.Http.PostAsync(new Uri(url, UriKind.Relative), form);
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                failures.Add($"{key}: {(int)response.StatusCode}");
            }
        }

        Assert.True(failures.Count == 0, "Accepted without an antiforgery token:\n" + string.Join("\n", failures));
        Assert.Equal(0, app.Factory.WithDb(db => db.MateriVersions.Count(v => v.MateriId == id)));

        // The same post with the token goes through to the handler (the check above refused for the token's sake only).
        var token = await staf.AntiforgeryTokenAsync("/admin/token");
        using var withToken = new FormUrlEncodedContent([new("Input.Aksi", "serahkan"), new("__RequestVerificationToken", token)]);
        var accepted = await staf.Http.PostAsync(new Uri($"/admin/materi/{id}?handler=Transisi", UriKind.Relative), withToken);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Contains("Belum ada draf", await accepted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenOfAnotherUser_Refused()
    {
        using var staf = await RawSession.SignInAsync(app.Factory, "staf");
        using var staf2 = await RawSession.SignInAsync(app.Factory, "staf2");
        var token = await staf.AntiforgeryTokenAsync("/admin/token");

        using var form = new FormUrlEncodedContent([new("Input.Nama", "curian"), new("__RequestVerificationToken", token)]);
        var response = await staf2.Http.PostAsync(new Uri("/admin/token?handler=Buat", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
