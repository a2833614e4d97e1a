using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using SopPublikasi.IntegrationTests.Infrastructure;

namespace SopPublikasi.IntegrationTests.Security;

/// <summary>
/// A signed-in (or anonymous) browser that does not follow redirects, so that a test sees the 302, 403 or 404
/// the app answered. Keeps cookies; reads the antiforgery token a form of the app would carry.
/// </summary>
public sealed class RawSession : IDisposable
{
    private static readonly HtmlParser Parser = new();

    private RawSession(HttpClient http) => Http = http;

    public HttpClient Http { get; }

    public static RawSession Anonymous(SopAppFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var http = factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri("https://localhost"),
        });
        return new RawSession(http);
    }

    public static async Task<RawSession> SignInAsync(SopAppFactory factory, string userName)
    {
        var session = Anonymous(factory);
        var token = await session.AntiforgeryTokenAsync("/admin/masuk");
        using var form = new FormUrlEncodedContent(
        [
            new("Input.NamaPengguna", userName),
            new("Input.KataSandi", TestUsers.Password),
            new("__RequestVerificationToken", token),
        ]);
        var response = await session.Http.PostAsync(new Uri("/admin/masuk", UriKind.Relative), form);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in of {userName} answered {(int)response.StatusCode}");
        return session;
    }

    /// <summary>The token of the first form on <paramref name="url"/> (tokens are per user, not per form).</summary>
    public async Task<string> AntiforgeryTokenAsync(string url = "/admin/masuk")
    {
        var html = await Http.GetStringAsync(new Uri(url, UriKind.Relative));
        var document = await Parser.ParseDocumentAsync(html);
        return document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new Xunit.Sdk.XunitException($"No antiforgery token on {url}");
    }

    public void Dispose() => Http.Dispose();
}
