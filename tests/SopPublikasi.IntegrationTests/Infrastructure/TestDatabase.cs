using Microsoft.Data.Sqlite;
using Npgsql;

namespace SopPublikasi.IntegrationTests.Infrastructure;

/// <summary>
/// One fresh database for one app (or for several instances of it). The provider comes from the environment:
/// SOP_TEST_DB=PostgreSql with SOP_TEST_PG=&lt;connection string of a server&gt; (.ci/postgres.sh prints one) runs
/// every integration test on its own new PostgreSQL database, dropped afterwards; otherwise a new SQLite file.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string? _sqliteFile;
    private readonly string? _postgresName;

    private TestDatabase(Dictionary<string, string?> settings, string? sqliteFile, string? postgresName, string connectionString)
    {
        Settings = settings;
        _sqliteFile = sqliteFile;
        _postgresName = postgresName;
        ConnectionString = connectionString;
    }

    public static bool IsPostgreSql { get; } =
        string.Equals(Environment.GetEnvironmentVariable("SOP_TEST_DB"), "PostgreSql", StringComparison.OrdinalIgnoreCase);

    /// <summary>The configuration that points the app at this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; }

    public string ConnectionString { get; }

    public string? SqliteFile => _sqliteFile;

    public static TestDatabase Create()
    {
        if (!IsPostgreSql)
        {
            var dir = Path.Combine(Path.GetTempPath(), "sop-tests-db");
            Directory.CreateDirectory(dir);
            var file = Path.Combine(dir, Guid.NewGuid().ToString("N") + ".db");
            var sqlite = $"Data Source={file}";
            return new(new() { ["Database:Provider"] = "Sqlite", ["ConnectionStrings:Sqlite"] = sqlite }, file, null, sqlite);
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

        var connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new(new() { ["Database:Provider"] = "PostgreSql", ["ConnectionStrings:PostgreSql"] = connection }, null, name, connection);
    }

    /// <summary>
    /// Takes the database away from the app as an outage would: the SQLite file is moved aside; PostgreSQL refuses
    /// new connections and ends the open ones. <see cref="Restore"/> brings it back as it was.
    /// </summary>
    public void MakeUnavailable()
    {
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            File.Move(_sqliteFile, _sqliteFile + ".weg");
            return;
        }

        Admin($"ALTER DATABASE \"{_postgresName}\" ALLOW_CONNECTIONS false");
        Admin($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{_postgresName}'");
        NpgsqlConnection.ClearAllPools();
    }

    public void Restore()
    {
        if (_sqliteFile is not null)
        {
            // Requests during the outage may have created an empty file in its place.
            SqliteConnection.ClearAllPools();
            foreach (var junk in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
            {
                File.Delete(junk);
            }

            File.Move(_sqliteFile + ".weg", _sqliteFile);
            return;
        }

        Admin($"ALTER DATABASE \"{_postgresName}\" ALLOW_CONNECTIONS true");
    }

    private static void Admin(string sql)
    {
        using var admin = new NpgsqlConnection(Environment.GetEnvironmentVariable("SOP_TEST_PG"));
        admin.Open();
        using var command = new NpgsqlCommand(sql, admin);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm", _sqliteFile + ".weg" })
            {
                try
                {
                    File.Delete(file);
                }
                catch (IOException)
                {
                    // Still open after a slow shutdown: the OS cleans its temp folder.
                }
            }

            return;
        }

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
