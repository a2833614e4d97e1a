using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SopPublikasi.Module.Data;
using SopPublikasi.Module.Media;

namespace SopPublikasi.Module.Cli;

/// <summary>
/// `backup &lt;file&gt;` and `restore &lt;file&gt; [--force]` for the SQLite database and the media folder, in one .tar.gz:
/// manifest.json (format, time, SHA-256 and size of every file), database/sop.db (SQLite's online backup of the
/// live database, so the site may keep running), media/… (the uploaded files). Restore checks the whole archive
/// (checksums, SQLite integrity, the migrations table) in a temporary folder before it replaces anything, then
/// moves the files into place. On PostgreSQL both commands refuse: use pg_dump/pg_restore and copy the media
/// folder (docs/deployment.md).
/// </summary>
public static class SopBackup
{
    public const int FormatVersion = 1;
    private const string ManifestEntry = "manifest.json";
    private const string DatabaseEntry = "database/sop.db";
    private const string MediaPrefix = "media/";

    public static async Task<int> BackupAsync(IServiceProvider services, CliCommand command, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (await TargetAsync(services, command, "backup", stderr) is not { } target)
        {
            return SopCli.BadInput;
        }

        var (archive, database, media) = target;
        if (File.Exists(archive) && command.Value("force") is null && !command.Options.ContainsKey("force"))
        {
            await stderr.WriteLineAsync($"Berkas \"{archive}\" sudah ada. Tambahkan --force untuk menimpanya.");
            return SopCli.BadInput;
        }

        if (!File.Exists(database))
        {
            await stderr.WriteLineAsync($"Basis data \"{database}\" tidak ditemukan.");
            return SopCli.BadInput;
        }

        var work = Directory.CreateTempSubdirectory("sop-backup-");
        try
        {
            // The online backup API copies a consistent snapshot while the site keeps reading and writing.
            var snapshot = Path.Combine(work.FullName, "sop.db");
            // ReadWrite (never Create): a WAL database may need its -shm file made even to be read; nothing is written.
            using (var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString()))
            using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = snapshot, Pooling = false }.ToString()))
            {
                source.Open();
                copy.Open();
                source.BackupDatabase(copy);
            }

            var files = new List<ManifestFile> { await DescribeAsync(snapshot, DatabaseEntry, ct) };
            if (Directory.Exists(media))
            {
                foreach (var file in Directory.EnumerateFiles(media, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    files.Add(await DescribeAsync(file, MediaPrefix + Path.GetRelativePath(media, file).Replace('\\', '/'), ct));
                }
            }

            var manifest = new Manifest(FormatVersion, "Sqlite", DateTimeOffset.UtcNow, files);

            // Written beside the target and renamed at the end: an interrupted backup leaves no half archive.
            var partial = archive + ".partial";
            await using (var output = File.Create(partial))
            await using (var gzip = new GZipStream(output, CompressionLevel.Optimal))
            await using (var tar = new TarWriter(gzip, TarEntryFormat.Pax, leaveOpen: false))
            {
                var manifestEntry = new PaxTarEntry(TarEntryType.RegularFile, ManifestEntry) { DataStream = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(manifest, Json)) };
                await tar.WriteEntryAsync(manifestEntry, ct);
                await tar.WriteEntryAsync(snapshot, DatabaseEntry, ct);
                foreach (var file in files.Skip(1))
                {
                    await tar.WriteEntryAsync(Path.Combine(media, file.Path[MediaPrefix.Length..]), file.Path, ct);
                }
            }

            File.Move(partial, archive, overwrite: true);
            await stdout.WriteLineAsync($"Cadangan ditulis ke {archive}: basis data dan {files.Count - 1} berkas media.");
            return SopCli.Ok;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    public static async Task<int> RestoreAsync(IServiceProvider services, CliCommand command, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (await TargetAsync(services, command, "restore", stderr) is not { } target)
        {
            return SopCli.BadInput;
        }

        var (archive, database, media) = target;
        if (!File.Exists(archive))
        {
            await stderr.WriteLineAsync($"Arsip \"{archive}\" tidak ditemukan.");
            return SopCli.BadInput;
        }

        var force = command.Options.ContainsKey("force");
        var mediaHasFiles = Directory.Exists(media) && Directory.EnumerateFileSystemEntries(media).Any();
        if (!force && (File.Exists(database) || mediaHasFiles))
        {
            await stderr.WriteLineAsync($"Basis data \"{database}\" atau folder media \"{media}\" sudah berisi data. Hentikan situs, lalu tambahkan --force untuk menimpanya dengan isi cadangan.");
            return SopCli.BadInput;
        }

        // Unpacked and checked beside the targets (same file system, so the final moves are renames).
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        var work = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(database)!, ".restore-" + Guid.NewGuid().ToString("N")));
        try
        {
            var problem = await UnpackAndCheckAsync(archive, work.FullName, ct);
            if (problem is not null)
            {
                await stderr.WriteLineAsync($"Arsip \"{archive}\" tidak dapat dipulihkan: {problem} Tidak ada yang diubah.");
                return SopCli.BadInput;
            }

            // Everything checked: now replace. Open connections of this process are let go first.
            SqliteConnection.ClearAllPools();
            foreach (var sidecar in new[] { database + "-wal", database + "-shm" })
            {
                File.Delete(sidecar);
            }

            File.Move(Path.Combine(work.FullName, "database", "sop.db"), database, overwrite: true);
            var restoredMedia = Path.Combine(work.FullName, "media");
            Directory.CreateDirectory(restoredMedia);
            var old = media.TrimEnd(Path.DirectorySeparatorChar) + ".lama-" + Guid.NewGuid().ToString("N");
            if (Directory.Exists(media))
            {
                Directory.Move(media, old);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(media).TrimEnd(Path.DirectorySeparatorChar))!);
            Directory.Move(restoredMedia, media);
            if (Directory.Exists(old))
            {
                Directory.Delete(old, recursive: true);
            }

            await stdout.WriteLineAsync($"Dipulihkan dari {archive}: basis data {database} dan folder media {media}.");
            return SopCli.Ok;
        }
        finally
        {
            if (work.Exists)
            {
                work.Delete(recursive: true);
            }
        }
    }

    /// <summary>Unpacks into <paramref name="into"/> and checks it; returns what is wrong, or null.</summary>
    private static async Task<string?> UnpackAndCheckAsync(string archive, string into, CancellationToken ct)
    {
        Manifest? manifest = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            await using var input = File.OpenRead(archive);
            await using var gzip = new GZipStream(input, CompressionMode.Decompress);
            await using var tar = new TarReader(gzip);
            while (await tar.GetNextEntryAsync(copyData: false, ct) is { } entry)
            {
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile))
                {
                    continue;
                }

                var name = entry.Name;
                if (name.StartsWith('/') || name.Split('/').Any(part => part is ".." or "") || name.Contains('\\', StringComparison.Ordinal))
                {
                    return $"nama berkas \"{name}\" di dalam arsip tidak aman.";
                }

                if (name == ManifestEntry)
                {
                    manifest = await JsonSerializer.DeserializeAsync<Manifest>(entry.DataStream!, Json, ct);
                    continue;
                }

                if (name != DatabaseEntry && !name.StartsWith(MediaPrefix, StringComparison.Ordinal))
                {
                    return $"berkas tak dikenal \"{name}\" di dalam arsip.";
                }

                var path = Path.Combine(into, name.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await entry.ExtractToFileAsync(path, overwrite: false, ct);
                seen.Add(name);
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or JsonException or IOException or FormatException)
        {
            return $"bukan arsip cadangan SopPublikasi yang utuh ({ex.Message}).";
        }

        if (manifest is null || manifest.Format != FormatVersion || manifest.Provider != "Sqlite")
        {
            return "manifest.json tidak ada atau formatnya tidak dikenal.";
        }

        foreach (var file in manifest.Files)
        {
            if (!seen.Remove(file.Path))
            {
                return $"berkas \"{file.Path}\" yang disebut manifest tidak ada di arsip.";
            }

            var actual = await DescribeAsync(Path.Combine(into, file.Path.Replace('/', Path.DirectorySeparatorChar)), file.Path, ct);
            if (actual != file)
            {
                return $"berkas \"{file.Path}\" rusak (ukuran atau SHA-256 tidak cocok).";
            }
        }

        if (seen.Count > 0)
        {
            return $"berkas \"{seen.First()}\" tidak disebut manifest.";
        }

        var db = Path.Combine(into, "database", "sop.db");
        if (!File.Exists(db))
        {
            return "basis data tidak ada di arsip.";
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        try
        {
            connection.Open();
            using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            if (check.ExecuteScalar() as string != "ok")
            {
                return "basis data di dalam arsip gagal diperiksa (integrity_check).";
            }

            check.CommandText = "SELECT COUNT(*) FROM \"__EFMigrationsHistory\"";
            if (Convert.ToInt64(check.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return "basis data di dalam arsip bukan basis data SopPublikasi.";
            }
        }
        catch (SqliteException ex)
        {
            return $"basis data di dalam arsip tidak terbaca ({ex.Message}).";
        }

        return null;
    }

    /// <summary>The archive path from the command line and the configured database file and media folder; null after a message.</summary>
    private static async Task<(string Archive, string Database, string Media)?> TargetAsync(IServiceProvider services, CliCommand command, string verb, TextWriter stderr)
    {
        var positional = command.All(string.Empty);
        if (positional.Count != 1)
        {
            await stderr.WriteLineAsync($"Tulis: {verb} <berkas.tar.gz>{(verb == "restore" ? " [--force]" : string.Empty)}");
            return null;
        }

        if (services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.PostgreSql)
        {
            await stderr.WriteLineAsync(
                "Basis data memakai PostgreSQL: perintah ini hanya untuk SQLite. Cadangkan dengan pg_dump -Fc (pulihkan dengan pg_restore) " +
                "dan salin folder media; langkahnya ada di docs/deployment.md.");
            return null;
        }

        var environment = services.GetRequiredService<Microsoft.AspNetCore.Hosting.IWebHostEnvironment>();
        var connection = DataRegistration.SqliteConnectionString(
            services.GetRequiredService<IConfiguration>().GetConnectionString("Sqlite"), environment.ContentRootPath);
        var database = new SqliteConnectionStringBuilder(connection).DataSource;
        var media = services.GetRequiredService<MediaStore>().Root;
        return (Path.GetFullPath(positional[0]), database, media);
    }

    private static async Task<ManifestFile> DescribeAsync(string path, string name, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        var hash = await SHA256.HashDataAsync(stream, ct);
        return new ManifestFile(name, stream.Length, Convert.ToHexStringLower(hash));
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private sealed record Manifest(int Format, string Provider, DateTimeOffset CreatedAt, List<ManifestFile> Files);

    private sealed record ManifestFile(string Path, long Size, string Sha256);
}
