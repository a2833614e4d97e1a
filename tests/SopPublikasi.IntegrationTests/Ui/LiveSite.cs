using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SopPublikasi.IntegrationTests.Infrastructure;

namespace SopPublikasi.IntegrationTests.Ui;

/// <summary>
/// The real app on Kestrel (a real port on 127.0.0.1, demo data and the test accounts) and one headless
/// Debian Chromium driven by Playwright, shared by the browser tests of a collection. Every page opened at a phone's
/// width is measured each time it has loaded; each test (a <see cref="BrowserTest"/>) fails at its end when one of
/// its pages was wider than the screen, so no test has to remember the check.
/// </summary>
public sealed class LiveSite : IAsyncLifetime
{
    /// <summary>The demo accounts' password (Demo:Password in the app's development settings).</summary>
    public const string DemoPassword = "Demo#2026sop";

    /// <summary>Against the layout viewport (the root's clientWidth), which a mobile browser's zoom-out to fit does not widen.</summary>
    private const string OverflowScript = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth";

    private readonly ConcurrentDictionary<string, int> _overflowed = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<Task> _measurements = [];
    private IPlaywright? _playwright;

    public SopAppFactory Factory { get; } = new() { Environment = "Development" };

    public Uri BaseUrl { get; private set; } = null!;

    public IBrowser Chromium { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(TestAssets.Chromium))
        {
            throw new InvalidOperationException($"{TestAssets.Chromium} is missing: install Debian's Chromium (apt-get install -y chromium); .ci/run does.");
        }

        Factory.Settings["Demo:Enabled"] = "true";
        Factory.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        Factory.StartServer();
        await Factory.SeedUsersAsync();
        var addresses = Factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseUrl = new Uri(addresses.Addresses.First());

        _playwright = await Playwright.CreateAsync();
        Chromium = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = TestAssets.Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    /// <summary>
    /// A fresh browser context (own cookies) with a phone or desktop viewport, in Indonesian. The site's CSP is
    /// bypassed unless <paramref name="enforceCsp"/>, because axe-core is injected as an inline script.
    /// </summary>
    public async Task<IPage> OpenAsync(int width, int height = 0, bool enforceCsp = false)
    {
        var context = await Chromium.NewContextAsync(new()
        {
            BypassCSP = !enforceCsp,
            BaseURL = BaseUrl.ToString(),
            ViewportSize = new() { Width = width, Height = height > 0 ? height : (width < 600 ? 812 : 900) },
            Locale = "id-ID",
            TimezoneId = "Asia/Jakarta",
            IsMobile = width < 600,
            DeviceScaleFactor = width < 600 ? 2 : 1,
            HasTouch = width < 600,
        });
        if (width < 600)
        {
            context.Page += (_, page) => Watch(page);
        }

        return await context.NewPageAsync();
    }

    /// <summary>
    /// Takes out (so the test's end no longer reports them) the pages measured wider than the screen whose
    /// "address at width" matches, as "address at width: N px".
    /// </summary>
    public async Task<IReadOnlyList<string>> TakeOverflowedPagesAsync(Func<string, bool> match)
    {
        ArgumentNullException.ThrowIfNull(match);
        await Task.WhenAll(_measurements);
        var taken = new List<string>();
        foreach (var key in _overflowed.Keys.Where(match).Order(StringComparer.Ordinal))
        {
            if (_overflowed.TryRemove(key, out var overflow))
            {
                taken.Add($"{key}: {overflow} px");
            }
        }

        return taken;
    }

    /// <summary>After each load (document, images and styles in), how much wider than the screen the page is.</summary>
    private void Watch(IPage page) => page.Load += (_, _) => _measurements.Add(MeasureAsync(page));

    private async Task MeasureAsync(IPage page)
    {
        try
        {
            var url = page.Url;
            var overflow = await page.EvaluateAsync<int>(OverflowScript);
            if (overflow > 0 && page.Url == url)
            {
                _overflowed.AddOrUpdate($"{url} at {page.ViewportSize?.Width} px", overflow, (_, seen) => Math.Max(seen, overflow));
            }
        }
        catch (PlaywrightException)
        {
            // Navigated on or closed before the measure: the next load is measured.
        }
    }

    /// <summary>How many CSS pixels the page is wider than its viewport (0 or less: it fits).</summary>
    public static Task<int> OverflowAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.EvaluateAsync<int>(OverflowScript);
    }

    /// <summary>Fails when the page is wider than its viewport (a phone would scroll sideways).</summary>
    public static async Task AssertNoSidewaysScrollAsync(IPage page)
    {
        var overflow = await OverflowAsync(page);
        Assert.True(overflow <= 0, $"{page.Url} at {page.ViewportSize?.Width} px is {overflow} px wider than the screen");
    }

    /// <summary>A page whose context is signed in through the real login form.</summary>
    public async Task<IPage> SignInAsync(string userName, string password, int width, bool enforceCsp = false)
    {
        var page = await OpenAsync(width, enforceCsp: enforceCsp);
        await page.GotoAsync("/admin/masuk");
        await page.GetByLabel("Nama pengguna").FillAsync(userName);
        await page.GetByLabel("Kata sandi").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await Assertions.Expect(page.Locator("form[action='/admin/keluar']")).ToBeAttachedAsync();
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Chromium is not null)
        {
            await Chromium.CloseAsync();
        }

        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class LiveSiteCollection : ICollectionFixture<LiveSite>
{
    public const string Name = "Browser";
}
