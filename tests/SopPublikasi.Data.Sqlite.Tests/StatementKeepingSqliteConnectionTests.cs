using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace SopPublikasi.Data.Sqlite.Tests;

/// <summary>
/// Opening the site's SQLite context again leaves the statements prepared on its pooled connection as they were;
/// EF Core's own connection makes SQLite prepare them again.
/// </summary>
public sealed class StatementKeepingSqliteConnectionTests : IDisposable
{
    private const int StatementReprepares = 5; // SQLITE_STMTSTATUS_REPREPARE in sqlite3.h

    private readonly string _directory = Directory.CreateTempSubdirectory("sop-keep-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task StatementKeepingConnection_OpenedAgain_StatementNotPreparedAgain() =>
        Assert.Equal(0, await ReprepareAfterReopeningAsync((o, cs) => StatementKeepingSqliteConnection.ReplaceEfCoreConnection(o.UseSqlite(cs))));

    [Fact]
    public async Task PlainEfCoreContext_OpenedAgain_StatementPreparedAgain() =>
        Assert.Equal(1, await ReprepareAfterReopeningAsync((o, cs) => o.UseSqlite(cs)));

    /// <summary>Prepares a statement on the context's native connection, closes and opens the context, and steps it again.</summary>
    private async Task<int> ReprepareAfterReopeningAsync(Func<DbContextOptionsBuilder, string, DbContextOptionsBuilder> configure)
    {
        await using var db = new EmptyContext(Options(configure, Guid.NewGuid() + ".db"));
        await db.Database.OpenConnectionAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var native = connection.Handle!;
        Assert.Equal(raw.SQLITE_OK, raw.sqlite3_prepare_v3(native, "SELECT 1", (uint)raw.SQLITE_PREPARE_PERSISTENT, out var statement, out _));
        using (statement)
        {
            Assert.Equal(raw.SQLITE_ROW, raw.sqlite3_step(statement));
            _ = raw.sqlite3_reset(statement);
            await db.Database.CloseConnectionAsync();

            await db.Database.OpenConnectionAsync();
            Assert.Same(native, connection.Handle); // the pool gave the same native connection back
            Assert.Equal(raw.SQLITE_ROW, raw.sqlite3_step(statement));
            _ = raw.sqlite3_reset(statement);
            return raw.sqlite3_stmt_status(statement, StatementReprepares, 0);
        }
    }

    private DbContextOptions<EmptyContext> Options(Func<DbContextOptionsBuilder, string, DbContextOptionsBuilder> configure, string file) =>
        (DbContextOptions<EmptyContext>)configure(new DbContextOptionsBuilder<EmptyContext>(), $"Data Source={Path.Combine(_directory, file)};Pooling=True").Options;

    private sealed class EmptyContext(DbContextOptions<EmptyContext> options) : DbContext(options);
}
