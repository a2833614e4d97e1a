using System.Net;
using AngleSharp.Html.Parser;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Security;

namespace SopPublikasi.IntegrationTests.Security;

/// <summary>Every response carries the security headers; no page of the app has inline script, handlers or style attributes.</summary>
public sealed class SecurityHeadersTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/berita")]
    [InlineData("/halaman-yang-tidak-ada")]
    [InlineData("/admin/masuk")]
    [InlineData("/api/v1/berita")]
    [InlineData("/api/v1/tidak-ada")]
    [InlineData("/rss.xml")]
    [InlineData("/_content/SopPublikasi.Module/css/site.css")]
    [InlineData("/media/00000000-0000-0000-0000-000000000001")]
    public async Task AnyResponse_CarriesTheSecurityHeaders(string url)
    {
        var response = await Api.Anonymous(app.Factory).GetAsync(new Uri(url, UriKind.Relative));

        var csp = Header(response, "Content-Security-Policy");
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, csp);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal(SecurityHeaders.StrictTransportSecurity, Header(response, "Strict-Transport-Security")); // any environment but Development
    }

    [Fact]
    public async Task ApiReference_OnlyScalarGetsTheRelaxedPolicy()
    {
        var client = Api.Anonymous(app.Factory);

        var scalar = await client.GetAsync(new Uri("/scalar/v1", UriKind.Relative));
        var openApi = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, scalar.StatusCode);
        Assert.Equal(SecurityHeaders.ScalarContentSecurityPolicy, Header(scalar, "Content-Security-Policy"));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Header(openApi, "Content-Security-Policy"));
    }

    [Theory]
    [InlineData("/", "/berita", "/ppid", "/kontak", "/profil/sejarah", "/layanan/persyaratan", "/cari?q=kegiatan", "/status/404")]
    public async Task PublicPages_HaveNoInlineScriptHandlerOrStyle(params string[] urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var visitor = app.Anonymous();
        foreach (var url in urls)
        {
            AssertNoInlineCode(url, (await visitor.GetAsync(url)).Html);
        }
    }

    [Fact]
    public async Task AdminPages_HaveNoInlineScriptHandlerOrStyle()
    {
        var flow = new ApiFlow(app.Factory);
        var id = await flow.ToVerifikasiAsync(ApiFlow.Disposisi("Halaman admin tanpa skrip"), ApiFlow.Draft("Halaman admin tanpa skrip sebaris"));
        var pages = new[]
        {
            ("admin", "/admin"), ("admin", "/admin/token"), ("admin", "/admin/webhook"), ("admin", "/admin/halaman/sejarah"),
            ("ppid", "/admin/disposisi/baru"), ("sekretaris", $"/admin/materi/{id}"), ("verifikator", $"/admin/materi/{id}"),
            ("sekretaris", $"/admin/materi/{id}/cetak"),
        };
        foreach (var (user, url) in pages)
        {
            var page = await (await app.SignInAsync(user)).GetAsync(url);
            Assert.True(page.Status == HttpStatusCode.OK, $"{user} {url}: {page.Status}");
            AssertNoInlineCode(url, page.Html);
        }

        var staf = await app.SignInAsync("staf");
        var penyusunan = await flow.ToPenyusunanAsync(ApiFlow.Disposisi("Sunting tanpa skrip"));
        AssertNoInlineCode("sunting", (await staf.GetAsync($"/admin/materi/{penyusunan}/sunting")).Html);
        AssertNoInlineCode("masuk", (await app.Anonymous().GetAsync("/admin/masuk")).Html);
    }

    [Fact]
    public async Task Development_NoHsts_SameCsp()
    {
        using var factory = new SopAppFactory { Environment = "Development" };
        factory.Settings["Demo:Enabled"] = "false";
        _ = factory.Server;

        var response = await Api.Anonymous(factory).GetAsync(new Uri("/", UriKind.Relative));

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Header(response, "Content-Security-Policy"));
    }

    /// <summary>Executable inline script, inline handlers, javascript: URLs and style attributes, which the CSP would block.</summary>
    private static void AssertNoInlineCode(string where, string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var inlineScripts = document.QuerySelectorAll("script")
            .Where(s => s.GetAttribute("src") is null && s.GetAttribute("type") is not ("application/ld+json" or "application/json"))
            .Select(s => s.OuterHtml);
        var handlers = document.All.SelectMany(e => e.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)).Select(a => $"<{e.LocalName} {a.Name}>"));
        var styles = document.All.Where(e => e.HasAttribute("style")).Select(e => $"<{e.LocalName} style>");
        var inlineStyleBlocks = document.QuerySelectorAll("style").Select(s => "<style>");
        var jsUrls = document.All.SelectMany(e => e.Attributes.Where(a => a.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)).Select(a => $"<{e.LocalName} {a.Name}>"));
        var found = inlineScripts.Concat(handlers).Concat(styles).Concat(inlineStyleBlocks).Concat(jsUrls).ToList();
        Assert.True(found.Count == 0, $"{where}: " + string.Join(", ", found));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{response.RequestMessage?.RequestUri} has no {name} header");
}
