using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace SopPublikasi.Data.Sqlite;

/// <summary>
/// Statements prepared once per native SQLite connection and kept with it, for queries run on every search.
/// Microsoft.Data.Sqlite prepares a command's statement again on each execution; for the ranked page query that is
/// parsing and planning a statement of two CTEs and a join each time (about 30 µs of a search).
/// </summary>
/// <remarks>
/// A kept statement is reset and its bindings cleared after every use, so it holds no read transaction open while
/// the connection waits in Microsoft.Data.Sqlite's pool; SQLite prepares it again by itself when the schema changes.
/// The statements go with their connection: when the pool closes it, SQLite keeps the connection until the
/// statements are finalized, which their handles do once the connection object is collected. SQLite also prepares a
/// statement again when a function is registered on its connection (see <see cref="StatementKeepingSqliteConnection"/>)
/// and when a parameter its plan depends on is bound, such as a bare LIMIT parameter; <see cref="Reprepares"/> counts it.
/// </remarks>
public static class SqliteKeptStatements
{
    private static readonly ConditionalWeakTable<sqlite3, Dictionary<string, sqlite3_stmt>> Kept = [];

    /// <summary>
    /// Runs <paramref name="sql"/> on the open <paramref name="connection"/>: <paramref name="bind"/> binds its
    /// parameters, <paramref name="read"/> is called for each row. Waits for a locked database as a command does
    /// (up to the connection's default timeout), as long as no row was read.
    /// </summary>
    public static void Query(SqliteConnection connection, string sql, Action<sqlite3_stmt> bind, Action<sqlite3_stmt> read, CancellationToken ct)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        var statements = Kept.GetValue(db, _ => []);
        if (!statements.TryGetValue(sql, out var statement))
        {
            Check(raw.sqlite3_prepare_v3(db, sql, (uint)raw.SQLITE_PREPARE_PERSISTENT, out statement, out _), db);
            statements.Add(sql, statement);
        }

        try
        {
            bind(statement);
            var rows = 0;
            var waited = Stopwatch.StartNew();
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                var rc = raw.sqlite3_step(statement);
                if (rc == raw.SQLITE_ROW)
                {
                    rows++;
                    read(statement);
                }
                else if (rc == raw.SQLITE_DONE)
                {
                    return;
                }
                else if ((rc is raw.SQLITE_BUSY or raw.SQLITE_LOCKED) && rows == 0 && waited.Elapsed.TotalSeconds < connection.DefaultTimeout)
                {
                    _ = raw.sqlite3_reset(statement);
                    Thread.Sleep(150);
                }
                else
                {
                    Check(rc, db);
                }
            }
        }
        finally
        {
            _ = raw.sqlite3_reset(statement);
            _ = raw.sqlite3_clear_bindings(statement);
        }
    }

    /// <summary>
    /// How many times SQLite has prepared again the statements kept on the connection (a schema change, or a
    /// parameter the plan depends on, such as a bare LIMIT parameter): 0 means each was parsed and planned once.
    /// </summary>
    public static int Reprepares(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var db = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        return Kept.TryGetValue(db, out var statements) ? statements.Values.Sum(s => raw.sqlite3_stmt_status(s, StatementReprepares, 0)) : 0;
    }

    private const int StatementReprepares = 5; // SQLITE_STMTSTATUS_REPREPARE in sqlite3.h

    /// <summary>Binds a named parameter ($name) that the statement has.</summary>
    public static void Bind(sqlite3_stmt statement, string name, string value) =>
        Check(raw.sqlite3_bind_text(statement, Index(statement, name), value), statement);

    /// <inheritdoc cref="Bind(sqlite3_stmt, string, string)"/>
    public static void Bind(sqlite3_stmt statement, string name, long value) =>
        Check(raw.sqlite3_bind_int64(statement, Index(statement, name), value), statement);

    public static string Text(sqlite3_stmt statement, int column) => raw.sqlite3_column_text(statement, column).utf8_to_string();

    /// <summary>A column's text, or null where the column is NULL.</summary>
    public static string? TextOrNull(sqlite3_stmt statement, int column) =>
        raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL ? null : Text(statement, column);

    private static int Index(sqlite3_stmt statement, string name) =>
        raw.sqlite3_bind_parameter_index(statement, name) is var index and > 0
            ? index
            : throw new ArgumentException($"The statement has no parameter {name}.", nameof(name));

    /// <summary>A binding's result: the statement's connection is looked up only for the error message.</summary>
    private static void Check(int rc, sqlite3_stmt statement)
    {
        if (rc != raw.SQLITE_OK)
        {
            Check(rc, raw.sqlite3_db_handle(statement));
        }
    }

    private static void Check(int rc, sqlite3 db)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }
    }
}
