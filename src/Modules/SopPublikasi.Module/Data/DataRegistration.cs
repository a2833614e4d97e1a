using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace SopPublikasi.Module.Data;

/// <summary>How the site opens SQLite (also used by tests and tools that make a context by hand).</summary>
public static class DataRegistration
{
    /// <summary>SQLite as the site uses it.</summary>
    public static DbContextOptionsBuilder UseSopSqlite(DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.UseSqlite(connectionString);
    }

    /// <summary>Resolves a relative database file against the content root and makes sure its folder exists.</summary>
    public static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var csb = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? DatabaseOptions.DefaultSqlite : configured);
        if (csb.DataSource != ":memory:" && csb.Mode != SqliteOpenMode.Memory)
        {
            csb.DataSource = Path.GetFullPath(csb.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(csb.DataSource)!);
        }

        return csb.ToString();
    }
}
