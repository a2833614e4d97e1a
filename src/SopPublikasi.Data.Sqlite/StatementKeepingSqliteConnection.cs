using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace SopPublikasi.Data.Sqlite;

/// <summary>
/// EF Core's SQLite connection without the SQL functions it adds for decimal arithmetic and Regex.IsMatch
/// (ef_add, ef_compare, ..., the ef_sum family, the EF_DECIMAL collation, regexp).
/// </summary>
/// <remarks>
/// EF Core hands those functions to the connection object, and Microsoft.Data.Sqlite registers them again on the pooled
/// native connection each time the object is opened, several times per request. SQLite expires every statement
/// prepared on a connection when a function or collation is registered again, so the statements search keeps
/// prepared would be parsed and planned again on every request, and every open cost the registrations: at 100,000
/// articles an uncached list page took about 14 % more CPU time with EF Core's own connection (docs/benchmarks.md,
/// sessions 8 and 11). The site's model stores no decimal (a test in its module says so) and no query uses
/// Regex.IsMatch; a query that did would fail on SQLite with "no such function".
/// </remarks>
#pragma warning disable EF1001 // EF Core's own SQLite connection, as its provider registers it; only the connection object it makes differs
public sealed class StatementKeepingSqliteConnection(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    /// <summary>Makes EF Core's SQLite provider use this connection in place of its own.</summary>
    public static DbContextOptionsBuilder ReplaceEfCoreConnection(DbContextOptionsBuilder options) =>
        options.ReplaceService<ISqliteRelationalConnection, StatementKeepingSqliteConnection>();

    protected override DbConnection CreateDbConnection()
    {
        var connection = new SqliteConnection(GetValidatedConnectionString());
        if (CommandTimeout is { } timeout)
        {
            connection.DefaultTimeout = timeout;
        }

        return connection;
    }
}
#pragma warning restore EF1001
