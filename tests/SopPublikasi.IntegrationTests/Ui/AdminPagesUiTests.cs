using Microsoft.Playwright;
using SopPublikasi.IntegrationTests.Security;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Workflow;

namespace SopPublikasi.IntegrationTests.Ui;

/// <summary>
/// Every admin page each SOP role can open (<see cref="AdminPageVisits"/>), at 375 px in Chromium, signed in through
/// the sign-in form: axe-core finds nothing serious or critical and the page is no wider than the screen, first as it
/// opens, then with every folded form open. The role's menu links nowhere the table does not visit.
/// </summary>
public sealed class AdminPagesUiTests(AdminPagesUiTests.Items items) : BrowserTest, IClassFixture<AdminPagesUiTests.Items>
{
    protected override LiveSite Site => items.Site;

    public static TheoryData<string> Users() => [.. AdminPageVisits.Users];

    [Fact]
    public async Task EveryAdminPage_HasAVisit()
    {
        var pages = (await EndpointCatalog.KeysAsync(items.Site.Factory.Services))
            .Where(k => k.StartsWith("GET /admin", StringComparison.Ordinal) && !k.Contains("?handler=", StringComparison.Ordinal));
        var visited = AdminPageVisits.AllKeys.ToHashSet(StringComparer.Ordinal);

        var missing = pages.Where(p => !visited.Contains(p)).ToList();
        Assert.True(missing.Count == 0, "Admin pages the browser test never opens (add a visit to AdminPageVisits):\n" + string.Join("\n", missing));
    }

    /// <summary>The fixture's watch: a page that loads wider than the phone is recorded with its address, one that fits is not.</summary>
    [Fact]
    public async Task APageLoadedWiderThanThePhone_IsRecordedWithItsAddress()
    {
        var page = await items.Site.OpenAsync(375);
        await page.RouteAsync("**/uji-lebar", route => route.FulfillAsync(new() { ContentType = "text/html", Body = "<!doctype html><meta name=viewport content='width=device-width'><div style='width:900px'>lebar</div>" }));
        await page.GotoAsync("/admin/masuk");
        await page.GotoAsync("/uji-lebar");

        var wide = await items.Site.TakeOverflowedPagesAsync(key => key.Contains("/uji-lebar", StringComparison.Ordinal));
        var signIn = await items.Site.TakeOverflowedPagesAsync(key => key.Contains("/admin/masuk", StringComparison.Ordinal));
        await page.Context.CloseAsync();

        Assert.Equal([$"{items.Site.BaseUrl}uji-lebar at 375 px: {900 + 8 - 375} px"], wide);
        Assert.Empty(signIn);
    }

    /// <summary>Every class of browser tests gets the measure of its pages (a new one that forgets fails here).</summary>
    [Fact]
    public void EveryBrowserTestClass_IsABrowserTest()
    {
        var classes = typeof(LiveSite).Assembly.GetTypes()
            .Where(t => t.GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(LiveSite) || p.ParameterType == typeof(Items))))
            .ToList();

        Assert.True(classes.Count >= 17, $"{classes.Count} classes");
        Assert.All(classes, t => Assert.True(t.IsSubclassOf(typeof(BrowserTest)), $"{t.Name} takes a LiveSite but is no BrowserTest"));
    }

    [Theory]
    [MemberData(nameof(Users))]
    public async Task EveryPageTheRoleOpens_AxeClean_NoSidewaysScroll(string user)
    {
        var page = await items.Site.SignInAsync(user, LiveSite.DemoPassword, 375);
        var visits = AdminPageVisits.Of(user).Select(v => v.Url).ToList();
        var failures = new List<string>();

        await page.GotoAsync("/admin");
        var menu = await page.Locator("nav[aria-label='Menu admin'] a[href]").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        failures.AddRange(menu
            .Where(href => href.StartsWith("/admin", StringComparison.Ordinal) && !visits.Contains(href))
            .Select(href => $"menu entry {href} has no visit in AdminPageVisits"));

        foreach (var url in visits)
        {
            failures.AddRange(await CheckAsync(page, items.Fill(url), $"{user}{url}"));
        }

        await page.Context.CloseAsync();
        Assert.True(failures.Count == 0, $"{user}:\n" + string.Join("\n", failures));
    }

    [Fact]
    public async Task PagesBeforeSigningIn_AxeClean_NoSidewaysScroll()
    {
        var page = await items.Site.OpenAsync(375);
        var failures = new List<string>();
        foreach (var (_, url) in AdminPageVisits.Anonymous)
        {
            failures.AddRange(await CheckAsync(page, url, "anonim" + url));
        }

        await page.Context.CloseAsync();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <param name="name">The screenshot's name: the user and the address as the table writes it (no item ids).</param>
    private static async Task<List<string>> CheckAsync(IPage page, string url, string name)
    {
        var failures = new List<string>();
        await page.GotoAsync(url);
        var path = new Uri(page.Url).PathAndQuery;
        if (path != url)
        {
            return [$"{url}: led to {path} instead"];
        }

        foreach (var state in new[] { "as it opens", "with every folded form open" })
        {
            if (state != "as it opens")
            {
                var folded = await page.EvaluateAsync<int>("() => { const d = [...document.querySelectorAll('details:not([open])')]; d.forEach(x => x.open = true); return d.length; }");
                if (folded == 0)
                {
                    break;
                }
            }

            failures.AddRange((await Axe.SeriousViolationsAsync(page)).Select(v => $"{url} ({state}): {v}"));
            if (await LiveSite.OverflowAsync(page) is > 0 and var overflow)
            {
                failures.Add($"{url} ({state}): {overflow} px wider than the screen");
            }
        }

        await Screenshots.SaveAsync(page, "admin-semua", name.Replace('/', '_').Replace("{", string.Empty, StringComparison.Ordinal).Replace("}", string.Empty, StringComparison.Ordinal));
        return failures;
    }

    /// <summary>The live site with items carried to each step of the SOP (a published one comes from the demo data).</summary>
    public sealed class Items : IAsyncLifetime
    {
        private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

        public LiveSite Site { get; } = new();

        public async Task InitializeAsync()
        {
            await Site.InitializeAsync();
            var services = Site.Factory.Services;
            _values["{diberikan}"] = (await SopSteps.ToAsync(services, WorkflowState.DisposisiDiberikan, "Butir untuk agendaris")).ToString();
            _values["{diteruskan}"] = (await SopSteps.ToAsync(services, WorkflowState.DiteruskanKeSekretaris, "Butir untuk diterima sekretaris")).ToString();
            _values["{diterima}"] = (await SopSteps.ToAsync(services, WorkflowState.DiterimaSekretaris, "Butir untuk ditugaskan")).ToString();
            _values["{penyusunan}"] = (await SopSteps.ToAsync(services, WorkflowState.Penyusunan, "Butir dalam penyusunan")).ToString();
            _values["{koreksi}"] = (await SopSteps.ToAsync(services, WorkflowState.Koreksi, "Butir dalam koreksi")).ToString();
            _values["{verifikasi}"] = (await SopSteps.ToAsync(services, WorkflowState.Verifikasi, "Butir dalam verifikasi")).ToString();
            _values["{terbit}"] = Site.Factory.WithDb(db => db.Materi.First(m => m.State == WorkflowState.Terbit).Id).ToString();
            _values["{staf}"] = Site.Factory.WithDb(db => db.Users.Single(u => u.UserName == "staf").Id);

            // The PPID desk: a request waiting for its answer, and a refused one with an objection for the atasan.
            var waiting = await LayananInformasi.KantorDesk.SubmitAsync(Site.Factory, "Warga dengan permohonan terbuka");
            var refused = await LayananInformasi.KantorDesk.SubmitAsync(Site.Factory, "Warga yang mengajukan keberatan");
            await LayananInformasi.KantorDesk.DecideAsync(Site.Factory, refused.Id, Module.LayananInformasi.Domain.KeputusanPermohonan.Ditolak, "Pasal 17 huruf h");
            var objection = await LayananInformasi.KantorDesk.ObjectAsync(Site.Factory, refused, Module.LayananInformasi.Domain.AlasanKeberatan.PenolakanPengecualian);
            _values["{permohonan}"] = waiting.Id.ToString();
            _values["{permohonan-ditolak}"] = refused.Id.ToString();
            _values["{keberatan}"] = objection.Id.ToString();
        }

        public string Fill(string url) => _values.Aggregate(url, (s, v) => s.Replace(v.Key, v.Value, StringComparison.Ordinal));

        public Task DisposeAsync() => Site.DisposeAsync();
    }
}
