using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Cli;

namespace SopPublikasi.IntegrationTests;

/// <summary>The operator commands: in-process against the booted app, and once as a real child process.</summary>
public class CliTests(AppFixture app) : IClassFixture<AppFixture>
{
    private async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        using var scope = app.Factory.Services.CreateScope();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await SopCli.RunAsync(scope.ServiceProvider, CliCommand.Parse(args)!, stdout, stderr, CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task PushVapid_PrintsAPairTheStartUpCheckAccepts()
    {
        var (code, output, _) = await RunAsync("push", "vapid");

        Assert.Equal(SopCli.Ok, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToDictionary(l => l.Split('=', 2)[0], l => l.Split('=', 2)[1]);
        var options = new SopPublikasi.Module.Push.PushOptions { VapidPublicKey = lines["Push__VapidPublicKey"], VapidPrivateKey = lines["Push__VapidPrivateKey"], Subject = lines["Push__Subject"] };
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        Assert.True(System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), results, validateAllProperties: true), string.Join("; ", results));
        Assert.True(options.Enabled);
        Assert.NotEqual(lines["Push__VapidPublicKey"], (await RunAsync("push", "vapid")).Out.Split('\n')[0].Split('=', 2)[1]);
    }

    [Fact]
    public async Task TokenCreate_PrintsOnlyATokenTheApiAccepts()
    {
        var (code, output, _) = await RunAsync("token", "create", "--user", "sekretaris", "--expires", "1d");

        Assert.Equal(SopCli.Ok, code);
        var token = output.TrimEnd('\n');
        Assert.Matches("^sop_[A-Za-z0-9_-]{43}$", token);
        var client = Api.Anonymous(app.Factory);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/v1/tugas", UriKind.Relative))).StatusCode);

        var (revokeCode, revoked, _) = await RunAsync("token", "revoke", "--user", "sekretaris");
        Assert.Equal(SopCli.Ok, revokeCode);
        Assert.StartsWith("1 token", revoked, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("/api/v1/tugas", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData(new[] { "token", "create", "--user", "tidak-ada" }, "tidak ditemukan")]
    [InlineData(new[] { "token", "create", "--user", "ppid", "--expires", "selamanya" }, "--expires")]
    [InlineData(new[] { "token", "create" }, "--user wajib")]
    [InlineData(new[] { "user", "create", "--user", "baru", "--password", "Rahasia#2026x" }, "--role")]
    [InlineData(new[] { "user", "create", "--user", "baru", "--password", "Rahasia#2026x", "--role", "Camat" }, "Peran \"Camat\" tidak dikenal")]
    [InlineData(new[] { "user", "create", "--user", "baru", "--password", "pendek", "--role", "Sekretaris" }, "Kata sandi minimal 10 karakter")]
    [InlineData(new[] { "user", "create", "--user", "ppid", "--password", "Rahasia#2026x", "--role", "Sekretaris" }, "sudah ada")]
    [InlineData(new[] { "user", "hapus" }, "Perintah yang dikenal")]
    public async Task BadInput_NonZeroWithClearMessage(string[] args, string message)
    {
        var (code, output, error) = await RunAsync(args);

        Assert.Equal(SopCli.BadInput, code);
        Assert.Empty(output);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserCreate_SeveralRoles_ListedWithThem()
    {
        var (code, _, error) = await RunAsync("user", "create", "--user", "camat-baru", "--password", "Rahasia#2026x", "--role", "PPID Pembantu", "--role", "Sekretaris", "--name", "Budi Santoso");
        Assert.True(code == SopCli.Ok, error);

        var (_, list, _) = await RunAsync("user", "list");

        Assert.Contains("camat-baru\tBudi Santoso\tPPID Pembantu, Sekretaris", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChildProcess_TokenCreateAndBadUser_ExitCodesAndStdout()
    {
        var db = Path.Combine(Path.GetTempPath(), "sop-cli-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            var created = await ProcessAsync(db, "user", "create", "--user", "operator", "--password", "Operator#2026x", "--role", "Administrator");
            Assert.True(created.Code == 0, created.Err);
            var token = await ProcessAsync(db, "token", "create", "--user", "operator", "--expires", "1h");
            Assert.Equal(0, token.Code);
            Assert.Matches("^sop_[A-Za-z0-9_-]{43}\n$", token.Out);
            var bad = await ProcessAsync(db, "token", "create", "--user", "tidak-ada");
            Assert.Equal(2, bad.Code);
            Assert.Empty(bad.Out);
            Assert.Contains("tidak ditemukan", bad.Err, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(db);
        }
    }

    /// <summary>Runs the built site's dll with a command, on its own SQLite file, in the Production environment.</summary>
    private static async Task<(int Code, string Out, string Err)> ProcessAsync(string db, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "SopPublikasi.Cms.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Sqlite"] = "Data Source=" + db;
        start.Environment["Media__Path"] = Path.Combine(Path.GetTempPath(), "sop-cli-media");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
