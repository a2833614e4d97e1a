using System.Net;
using System.Net.Http.Headers;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Tokens;

namespace SopPublikasi.IntegrationTests;

/// <summary>Users issue and revoke their own API tokens in the admin; only an Administrator issues for others.</summary>
public class TokenPageTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task IssueUseAndRevoke_InTheAdmin()
    {
        var staf = await app.SignInAsync("staf");

        var issued = await staf.SubmitAsync("/admin/token", "form[action*='handler=Buat']", new() { ["Input.Nama"] = "skrip laporan", ["Input.MasaBerlaku"] = "7d" });
        var token = issued.Document.QuerySelector("[data-testid=token-baru]")!.TextContent.Trim();
        var client = Api.Anonymous(app.Factory);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/v1/tugas", UriKind.Relative))).StatusCode);
        Assert.Contains("skrip laporan", issued.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(token, (await staf.GetAsync("/admin/token")).Html, StringComparison.Ordinal);

        var revoked = await staf.SubmitAsync("/admin/token", "form[action*='handler=Cabut']", []);

        Assert.Contains("Token dicabut.", revoked.Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("/api/v1/tugas", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task IssueWithoutName_MessageBesideField()
    {
        var page = await (await app.SignInAsync("ppid")).SubmitAsync("/admin/token", "form[action*='handler=Buat']", new() { ["Input.Nama"] = "" });

        Assert.Contains("Beri nama token", page.Document.QuerySelector("[data-valmsg-for='Input.Nama']")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IssueForSomeoneElse_OnlyAdministrator()
    {
        var ppidId = app.Factory.WithDb(db => db.Users.Single(u => u.UserName == "ppid").Id);
        var staf = await app.SignInAsync("staf");

        var refused = await staf.SubmitAsync("/admin/token", "form[action*='handler=Buat']", new() { ["Input.Nama"] = "x", ["Input.UntukPengguna"] = ppidId });
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);

        var admin = await app.SignInAsync("admin");
        var issued = await admin.SubmitAsync("/admin/token", "form[action*='handler=Buat']", new() { ["Input.Nama"] = "portal kabupaten", ["Input.UntukPengguna"] = ppidId });
        Assert.NotNull(issued.Document.QuerySelector("[data-testid=token-baru]"));
        Assert.Equal(1, app.Factory.WithDb(db => db.Tokens.Count(t => t.UserId == ppidId && t.Name == "portal kabupaten")));
    }

    [Fact]
    public async Task WebhookPage_NonAdministrator_Forbidden()
    {
        var page = await (await app.SignInAsync("sekretaris")).GetAsync("/admin/webhook");

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
    }
}
