using Microsoft.Playwright;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.IntegrationTests.Ui;

/// <summary>
/// The strict Content-Security-Policy in a real Chromium: the public pages and the admin pages each role opens
/// log no CSP violation (console or securitypolicyviolation event). A canary proves the listener hears one.
/// </summary>
[Collection(LiveSiteCollection.Name)]
public sealed class CspBrowserTests(LiveSite site) : BrowserTest
{
    protected override LiveSite Site => site;

    private const string Password = "Demo#2026sop";

    [Fact]
    public async Task PublicPages_NoCspViolation()
    {
        var page = await site.OpenAsync(1280, enforceCsp: true);
        var violations = await ListenAsync(page);
        var article = site.Factory.WithDb(db => db.Materi.First(m => m.PublishedVersionId != null).Slug);

        foreach (var url in new[] { "/", "/berita", $"/berita/{article}", "/kategori/pengumuman", "/cari?q=musyawarah", "/ppid", "/kontak", "/layanan", "/profil", "/halaman-tidak-ada", "/admin/masuk" })
        {
            await page.GotoAsync(url);
            await CollectAsync(page, url, violations);
            if (url.StartsWith("/berita/", StringComparison.Ordinal))
            {
                // The JSON-LD data block stays (data blocks are not scripts to the CSP) and raised nothing above.
                Assert.Equal(1, await page.Locator("script[type='application/ld+json']").CountAsync());
            }
        }

        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("ppid")]
    [InlineData("agendaris")]
    [InlineData("sekretaris")]
    [InlineData("staf")]
    [InlineData("verifikator")]
    public async Task AdminPagesOfEachRole_NoCspViolation(string user)
    {
        var page = await site.SignInAsync(user, Password, 1280, enforceCsp: true);
        var violations = await ListenAsync(page);
        var items = site.Factory.WithDb(db => db.Materi.Select(m => new { m.Id, m.State }).ToList());
        var urls = new List<string> { "/admin", "/admin/token", "/admin/webhook", "/admin/halaman", "/admin/disposisi/baru" };
        foreach (var item in items.Where(i => i.State is WorkflowState.Verifikasi or WorkflowState.Penyusunan or WorkflowState.Terbit).GroupBy(i => i.State).Select(g => g.First()))
        {
            urls.Add($"/admin/materi/{item.Id}");
            urls.Add($"/admin/materi/{item.Id}/sunting");
            urls.Add($"/admin/materi/{item.Id}/cetak");
        }

        foreach (var url in urls)
        {
            await page.GotoAsync(url);
            await CollectAsync(page, url, violations);
        }

        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await page.Context.CloseAsync();
    }

    /// <summary>The listener must hear a violation when there is one, or the tests above prove nothing.</summary>
    [Fact]
    public async Task Canary_InjectedInlineHandlerAndStyle_Reported()
    {
        var page = await site.OpenAsync(1280, enforceCsp: true);
        var violations = await ListenAsync(page);
        await page.GotoAsync("/kontak");

        await page.EvaluateAsync("() => { document.body.insertAdjacentHTML('beforeend', '<img src=\"/x.png\" onerror=\"window.ran = true\"><p style=\"color:red\">x</p>'); }");
        await page.WaitForTimeoutAsync(300);
        await CollectAsync(page, "/kontak", violations);

        Assert.Contains(violations, v => v.Contains("script-src", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("style-src", StringComparison.Ordinal));
        Assert.False(await page.EvaluateAsync<bool>("() => window.ran === true"));
        await page.Context.CloseAsync();
    }

    private static async Task<List<string>> ListenAsync(IPage page)
    {
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (violations)
                {
                    violations.Add($"{page.Url} console: {message.Text}");
                }
            }
        };

        // Before any page script: every violation the page raises is kept on window for the test to read.
        await page.Context.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', e => { (window.__csp = window.__csp || []).push(e.effectiveDirective + ' ' + (e.blockedURI || 'inline') + ' ' + (e.sourceFile || '') + ':' + e.lineNumber); });");
        return violations;
    }

    private static async Task CollectAsync(IPage page, string url, List<string> violations)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var events = await page.EvaluateAsync<string[]>("() => window.__csp || []");
        lock (violations)
        {
            violations.AddRange(events.Select(e => $"{url} event: {e}"));
        }
    }
}
