using Microsoft.Data.Sqlite;
using Npgsql;

namespace SopPublikasi.Module.Common;

/// <summary>
/// Tells a database that cannot be reached (the network to the server gone, the server restarting or refusing, the
/// SQLite file's volume lost, a lock held too long) from an error in what was asked of it. The first is temporary:
/// a request is answered 503 "try again shortly", a background round is retried, and neither is ever reported as a
/// conflict or a bad request.
/// </summary>
public static class DatabaseFailures
{
    // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN.
    private static readonly int[] SqliteUnavailable = [5, 6, 10, 13, 14];

    public static bool IsUnavailable(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException sqlite:
                    return SqliteUnavailable.Contains(sqlite.SqliteErrorCode);
                case PostgresException postgres:
                    // The server answered: only its "cannot serve now" states (shutdown, too many connections, …).
                    return postgres.IsTransient || postgres.SqlState.StartsWith("08", StringComparison.Ordinal);
                case NpgsqlException npgsql:
                    // No answer from the server: the connection could not be made or broke.
                    return npgsql.IsTransient;
                case TimeoutException:
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the database refused a row because a unique index on <paramref name="table"/> already holds its key
    /// (PostgreSQL 23505 on that table; SQLite's SQLITE_CONSTRAINT_UNIQUE naming that table's columns).
    /// </summary>
    public static bool IsUniqueViolation(Exception? error, string table)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres:
                    return postgres.SqlState == PostgresErrorCodes.UniqueViolation && postgres.TableName == table;
                case SqliteException sqlite:
                    // 2067 = SQLITE_CONSTRAINT_UNIQUE; its message names the columns as "Table.Column".
                    return sqlite.SqliteExtendedErrorCode == 2067 && sqlite.Message.Contains($" {table}.", StringComparison.Ordinal);
            }
        }

        return false;
    }
}
