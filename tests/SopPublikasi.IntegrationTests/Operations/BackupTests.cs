using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using SopPublikasi.IntegrationTests.Infrastructure;
using SopPublikasi.Module.Cli;
using SopPublikasi.Module.Materi;
using SopPublikasi.Module.Media;

namespace SopPublikasi.IntegrationTests.Operations;

/// <summary>`backup` and `restore`: a round trip brings data and media back; bad input changes nothing.</summary>
public class BackupTests
{
    [SqliteFact] // the round trip is SQLite's; on PostgreSQL the command sends the operator to pg_dump (below)
    public async Task BackupChangeRestore_DataAndMediaBack_BadArchiveOrNoForceRefused()
    {
        using var factory = new SopAppFactory();
        await factory.SeedUsersAsync();
        var archive = Path.Combine(factory.Root, "cadangan.tar.gz");
        var ppid = await Browser.SignInAsync(factory, "ppid");
        await Sop.CreateDisposisiAsync(ppid, "Sebelum cadangan");
        var staf = await Api.ClientForAsync(factory, "staf");
        Assert.True((await staf.UploadAsync(Sop.Png(), "foto.png")).IsSuccessStatusCode);
        Assert.True((await staf.UploadAsync(Sop.Pdf(), "surat.pdf")).IsSuccessStatusCode);
        var media = factory.Services.GetRequiredService<MediaStore>().Root;
        var filesBefore = Snapshot(media);
        Assert.True(filesBefore.Count >= 2);

        var backup = await RunAsync(factory, "backup", archive);
        Assert.True(backup.Code == SopCli.Ok, backup.Err);
        Assert.Contains(archive, backup.Out, StringComparison.Ordinal);
        Assert.Equal(SopCli.BadInput, (await RunAsync(factory, "backup", archive)).Code); // no overwrite without --force

        // Changes after the backup: a new item, and every media file gone.
        await Sop.CreateDisposisiAsync(ppid, "Sesudah cadangan");
        Directory.Delete(media, recursive: true);

        var noForce = await RunAsync(factory, "restore", archive);
        Assert.Equal(SopCli.BadInput, noForce.Code);
        Assert.Contains("--force", noForce.Err, StringComparison.Ordinal);

        var broken = Path.Combine(factory.Root, "rusak.tar.gz");
        var bytes = await File.ReadAllBytesAsync(archive);
        bytes[bytes.Length / 2] ^= 0xFF;
        await File.WriteAllBytesAsync(broken, bytes);
        var refusedBroken = await RunAsync(factory, "restore", broken, "--force");
        Assert.Equal(SopCli.BadInput, refusedBroken.Code);
        Assert.Contains("Tidak ada yang diubah", refusedBroken.Err, StringComparison.Ordinal);
        Assert.Equal(2, factory.WithDb(db => db.Disposisi.Count()));

        var restored = await RunAsync(factory, "restore", archive, "--force");
        Assert.True(restored.Code == SopCli.Ok, restored.Err);

        Assert.Equal(["Sebelum cadangan"], factory.WithDb(db => db.Disposisi.Select(d => d.Perihal).ToList()));
        Assert.Equal(filesBefore, Snapshot(media));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await ppid.GetAsync("/admin")).Status);
    }

    [PostgreSqlFact]
    public async Task Backup_OnPostgreSql_RefusedNamingPgDump_NothingWritten()
    {
        using var factory = new SopAppFactory();
        await factory.SeedUsersAsync();
        var archive = Path.Combine(factory.Root, "cadangan.tar.gz");

        var refused = await RunAsync(factory, "backup", archive);

        Assert.Equal(SopCli.BadInput, refused.Code);
        Assert.Contains("pg_dump", refused.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(archive));
    }

    [Theory]
    [InlineData(new[] { "backup" }, "backup <berkas.tar.gz>")]
    [InlineData(new[] { "restore", "/tmp/tidak-ada-sama-sekali.tar.gz", "--force" }, "tidak ditemukan")]
    public async Task BadInput_ExitCode2WithMessage(string[] args, string message)
    {
        using var factory = new SopAppFactory();
        var (code, output, error) = await RunAsync(factory, args);
        Assert.Equal(SopCli.BadInput, code);
        Assert.Empty(output);
        Assert.Contains(TestDatabase.IsPostgreSql && args.Length > 1 ? "pg_dump" : message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BackupKeepsThePathAsWritten()
    {
        var command = CliCommand.Parse(["backup", "/Data/Cadangan-2026.tar.gz", "--force"])!;
        Assert.Equal(("backup", string.Empty), (command.Noun, command.Verb));
        Assert.Equal(["/Data/Cadangan-2026.tar.gz"], command.All(string.Empty));
        Assert.True(command.Options.ContainsKey("force"));
    }

    private static async Task<(int Code, string Out, string Err)> RunAsync(SopAppFactory factory, params string[] args)
    {
        using var scope = factory.Services.CreateScope();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await SopCli.RunAsync(scope.ServiceProvider, CliCommand.Parse(args)!, stdout, stderr, CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static SortedDictionary<string, string> Snapshot(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);
}
