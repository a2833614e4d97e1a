using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SopPublikasi.Module.Data;

namespace SopPublikasi.IntegrationTests.Infrastructure;

/// <summary>
/// One fresh database for one app (or for several instances of it). The provider comes from the environment:
/// SOP_TEST_DB=PostgreSql with SOP_TEST_PG=&lt;connection string of a server&gt; (.ci/postgres.sh prints one) runs
/// every integration test on its own new PostgreSQL database, dropped afterwards; otherwise a new SQLite file in a
/// folder of its own.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string? _sqliteFolder;
    private readonly string? _postgresName;
    private readonly TcpForwarder? _forwarder;

    private TestDatabase(Dictionary<string, string?> settings, string? sqliteFolder, string? postgresName, string connectionString, TcpForwarder? forwarder = null)
    {
        Settings = settings;
        _sqliteFolder = sqliteFolder;
        _postgresName = postgresName;
        ConnectionString = connectionString;
        _forwarder = forwarder;
    }

    public static bool IsPostgreSql { get; } =
        string.Equals(Environment.GetEnvironmentVariable("SOP_TEST_DB"), "PostgreSql", StringComparison.OrdinalIgnoreCase);

    /// <summary>The configuration that points the app at this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary>The app's connection string (on PostgreSQL through the forwarder when the database can be cut).</summary>
    public string ConnectionString { get; }

    public string? SqliteFile => _sqliteFolder is null ? null : Path.Combine(_sqliteFolder, "sop.db");

    /// <summary>
    /// A fresh database. With <paramref name="cuttable"/> a PostgreSQL database is reached through a
    /// <see cref="TcpForwarder"/> on 127.0.0.1, so that <see cref="MakeUnavailable"/> can cut the app's link to it.
    /// </summary>
    public static TestDatabase Create(bool cuttable = false)
    {
        if (!IsPostgreSql)
        {
            var folder = Path.Combine(Path.GetTempPath(), "sop-tests-db", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            var sqlite = $"Data Source={Path.Combine(folder, "sop.db")}";
            return new(new() { ["Database:Provider"] = "Sqlite", ["ConnectionStrings:Sqlite"] = sqlite }, folder, null, sqlite);
        }

        var server = Environment.GetEnvironmentVariable("SOP_TEST_PG")
            ?? throw new InvalidOperationException("SOP_TEST_DB=PostgreSql needs SOP_TEST_PG, the connection string of a server (.ci/postgres.sh prints one).");
        var name = "sop_" + Guid.NewGuid().ToString("N");
        using (var admin = new NpgsqlConnection(server))
        {
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            create.ExecuteNonQuery();
        }

        var csb = new NpgsqlConnectionStringBuilder(server) { Database = name };
        TcpForwarder? forwarder = null;
        if (cuttable)
        {
            forwarder = new TcpForwarder(csb.Host!, csb.Port);
            csb.Host = "127.0.0.1";
            csb.Port = forwarder.Port;
        }

        var connection = csb.ConnectionString;
        return new(new() { ["Database:Provider"] = "PostgreSql", ["ConnectionStrings:PostgreSql"] = connection }, null, name, connection, forwarder);
    }

    /// <summary>A context of the right provider on this database, for a test's own reads and writes.</summary>
    public SopDbContext OpenContext() => IsPostgreSql
        ? new PostgreSqlSopDbContext(new DbContextOptionsBuilder<PostgreSqlSopDbContext>().UseNpgsql(ConnectionString).Options)
        : new SqliteSopDbContext(new DbContextOptionsBuilder<SqliteSopDbContext>().UseSqlite(ConnectionString).Options);

    /// <summary>What <see cref="MakeUnavailable"/> stands for, in the words of a failure message.</summary>
    public static string OutageSimulated => IsPostgreSql
        ? "the network link to the PostgreSQL server cut (live connections reset, new ones refused)"
        : "the folder holding the SQLite file gone (as an unmounted volume: open connections closed, new ones cannot open)";

    /// <summary>
    /// Takes the database away from the app as an outage would. PostgreSQL (a cuttable database): the forwarder resets
    /// every live connection and refuses new ones. SQLite, a file on a local disk, has no link to cut: its folder is
    /// moved away (a lost or unmounted volume), so that every new connection fails to open (SQLITE_CANTOPEN), and then
    /// the pooled connections are closed. In that order: a background task could otherwise open a connection between
    /// the two steps and keep reading the moved file through it. <see cref="Restore"/> brings it back as it was.
    /// </summary>
    public void MakeUnavailable()
    {
        if (_sqliteFolder is not null)
        {
            Directory.Move(_sqliteFolder, _sqliteFolder + ".weg");
            SqliteConnection.ClearAllPools();
            return;
        }

        (_forwarder ?? throw new InvalidOperationException("Create(cuttable: true) for a PostgreSQL database that can be made unavailable.")).Cut();
    }

    public void Restore()
    {
        if (_sqliteFolder is not null)
        {
            Directory.Move(_sqliteFolder + ".weg", _sqliteFolder);
            return;
        }

        _forwarder!.Resume();
    }

    public void Dispose()
    {
        if (_sqliteFolder is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var folder in new[] { _sqliteFolder, _sqliteFolder + ".weg" })
            {
                try
                {
                    if (Directory.Exists(folder))
                    {
                        Directory.Delete(folder, recursive: true);
                    }
                }
                catch (IOException)
                {
                    // Still open after a slow shutdown: the OS cleans its temp folder.
                }
            }

            return;
        }

        _forwarder?.Dispose();
        NpgsqlConnection.ClearAllPools();
        try
        {
            using var admin = new NpgsqlConnection(Environment.GetEnvironmentVariable("SOP_TEST_PG"));
            admin.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", admin);
            drop.ExecuteNonQuery();
        }
        catch (NpgsqlException)
        {
            // The server is going away with the run: nothing left to clean.
        }
    }
}
