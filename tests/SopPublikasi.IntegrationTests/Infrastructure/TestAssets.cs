using System.Diagnostics;

namespace SopPublikasi.IntegrationTests.Infrastructure;

/// <summary>
/// Files and programs the tests use from outside .NET: axe-core and the sitemaps.org XSD from npm
/// (tools/test-assets, installed by this project's build), and xmllint and Chromium from Debian's packages
/// (installed by .ci/run).
/// </summary>
public static class TestAssets
{
    public static string AxeScript => Npm("axe-core", "axe.min.js");

    /// <summary>The sitemaps.org schema, as shipped in the sitemap package's schema folder.</summary>
    public static string SitemapXsd => Npm("sitemap", "schema", "sitemap.xsd");

    public const string Chromium = "/usr/bin/chromium";

    /// <summary>Runs a program to the end and returns its exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + program);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }

    private static string Npm(params string[] parts)
    {
        var path = Path.Combine([Repo.Root, "tools", "test-assets", "node_modules", .. parts]);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"{path} is missing: the test project's build runs `npm ci` in tools/test-assets (Node.js and npm are needed).");
    }
}
