using Microsoft.Playwright;
using SopPublikasi.IntegrationTests.Infrastructure;

namespace SopPublikasi.IntegrationTests.Ui;

/// <summary>Full-page screenshots for people to look at, kept under artifacts/screenshots/ (named in the README).</summary>
public static class Screenshots
{
    public static async Task<string> SaveAsync(IPage page, string area, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        var width = page.ViewportSize?.Width ?? 0;
        var path = Repo.Artifact(Path.Combine("screenshots", area, $"{name}-{width}.png"));
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }
}
