using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Tokens;

namespace SopPublikasi.IntegrationTests.Abuse;

/// <summary>
/// Finding 7: sessions outlived their end. A copy of the sign-in cookie kept working after the person signed out;
/// API tokens survived an administrator's password reset of their owner; a deactivated person's tokens worked again
/// once the person was reactivated. Signing out ends every copy of the session at once; a password reset and a
/// deactivation revoke the person's tokens for good.
/// </summary>
public sealed class SessionEndAbuseTests
{
    [Fact]
    public async Task CopiedCookie_AfterSignOut_NoLongerOpensTheAdmin()
    {
        using var factory = new SopAppFactory(); // the default session check, not a test setting
        _ = factory.Server;
        await factory.SeedUsersAsync();
        var jar = new CookieContainer();
        var person = new Browser(factory.CreateDefaultClient(new Uri("https://localhost"), new RedirectHandler(), new CookieContainerHandler(jar)));
        await Browser.SignInAsync(person, "staf");
        var cookie = jar.GetCookies(new Uri("https://localhost"))["sop.auth"]?.Value;
        Assert.False(string.IsNullOrEmpty(cookie));

        using var copy = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });
        copy.DefaultRequestHeaders.Add("Cookie", "sop.auth=" + cookie);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync(new Uri("/admin", UriKind.Relative))).StatusCode);

        var signedOut = await person.SubmitAsync("/admin", "form[action='/admin/keluar']", new());
        Assert.Equal(HttpStatusCode.OK, signedOut.Status);
        Assert.Null(signedOut.Document.QuerySelector("form[action='/admin/keluar']"));

        var replay = await copy.GetAsync(new Uri("/admin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.StartsWith("/admin/masuk", replay.Headers.Location?.IsAbsoluteUri == true ? replay.Headers.Location.PathAndQuery : replay.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PasswordResetByAdministrator_RevokesThePersonsTokens()
    {
        using var factory = new SopAppFactory();
        _ = factory.Server;
        await factory.SeedUsersAsync();
        using var api = await Api.ClientForAsync(factory, "staf");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(new Uri("/api/v1/tugas", UriKind.Relative))).StatusCode);
        var admin = await Browser.SignInAsync(factory, "admin");
        var id = factory.WithDb(db => db.Users.Single(u => u.UserName == "staf").Id);

        var reset = await admin.SubmitAsync($"/admin/pengguna/{id}", "form[action*='handler=Sandi']", new() { ["Sandi.KataSandiBaru"] = "GantiSandi#2026", ["Sandi.Konfirmasi"] = "GantiSandi#2026" });
        Assert.True(reset.Errors().Length == 0, reset.Errors());

        await (await api.GetAsync(new Uri("/api/v1/tugas", UriKind.Relative))).ProblemAsync(401);
        Assert.True(factory.WithDb(db => db.Tokens.Where(t => t.UserId == id).All(t => t.RevokedAt != null)), "the tokens are revoked, not only refused");
    }

    [Fact]
    public async Task Deactivation_RevokesThePersonsTokens_ReactivationDoesNotBringThemBack()
    {
        using var factory = new SopAppFactory();
        _ = factory.Server;
        await factory.SeedUsersAsync();
        using var api = await Api.ClientForAsync(factory, "staf2");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync(new Uri("/api/v1/tugas", UriKind.Relative))).StatusCode);
        var admin = await Browser.SignInAsync(factory, "admin");
        var id = factory.WithDb(db => db.Users.Single(u => u.UserName == "staf2").Id);

        var deactivated = await admin.SubmitAsync($"/admin/pengguna/{id}", "form[action*='handler=Status']", new());
        Assert.Equal("Nonaktif", deactivated.Document.QuerySelector("[data-testid=status-pengguna]")?.TextContent);
        await (await api.GetAsync(new Uri("/api/v1/tugas", UriKind.Relative))).ProblemAsync(401);

        var reactivated = await admin.SubmitAsync($"/admin/pengguna/{id}", "form[action*='handler=Status']", new());
        Assert.Equal("Aktif", reactivated.Document.QuerySelector("[data-testid=status-pengguna]")?.TextContent);
        await (await api.GetAsync(new Uri("/api/v1/tugas", UriKind.Relative))).ProblemAsync(401);

        // A new token made after the reactivation works.
        using var fresh = await Api.ClientForAsync(factory, "staf2");
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync(new Uri("/api/v1/tugas", UriKind.Relative))).StatusCode);
    }
}
