using Microsoft.Data.Sqlite;
using SopPublikasi.Data.Sqlite;

namespace SopPublikasi.Data.Sqlite.Tests;

/// <summary>
/// A kept statement is used again across uses and pooled reopenings of its connection, leaves no read transaction
/// behind even when reading stopped early (a writer can checkpoint the whole WAL after it), and follows schema changes.
/// </summary>
public sealed class SqliteKeptStatementsTests : IDisposable
{
    private const string Sql = "SELECT name FROM t WHERE n >= $from ORDER BY n LIMIT $take";

    private readonly string _directory = Directory.CreateTempSubdirectory("sop-kept-").FullName;
    private readonly string _connectionString;

    public SqliteKeptStatementsTests()
    {
        _connectionString = $"Data Source={Path.Combine(_directory, "t.db")};Pooling=True";
        using var connection = Open();
        Execute(connection, "PRAGMA journal_mode=WAL; CREATE TABLE t (n INTEGER, name TEXT); INSERT INTO t VALUES (1, 'satu'), (2, 'dua'), (3, 'tiga'), (4, 'empat');");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void UsedAgain_WithNewBindings_AcrossPooledReopenings()
    {
        for (var round = 0; round < 3; round++)
        {
            using var connection = Open();
            Assert.Equal(["dua", "tiga"], Names(connection, from: 2, take: 2));
            Assert.Equal(["empat"], Names(connection, from: 4, take: 10));
        }
    }

    [Fact]
    public void StoppedByAnError_NoReadTransactionLeft_WriterCheckpointsTheWholeWal()
    {
        using var reader = Open();
        Assert.Throws<InvalidOperationException>(() => SqliteKeptStatements.Query(
            reader,
            Sql,
            s =>
            {
                SqliteKeptStatements.Bind(s, "$from", 1);
                SqliteKeptStatements.Bind(s, "$take", 10);
            },
            _ => throw new InvalidOperationException("stop after the first row"),
            CancellationToken.None));

        using var writer = Open();
        Execute(writer, "INSERT INTO t VALUES (5, 'lima')");
        using var checkpoint = writer.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        using var result = checkpoint.ExecuteReader();
        Assert.True(result.Read());
        Assert.Equal(0L, result.GetInt64(0)); // 1 would mean a reader still holds an older snapshot
    }

    [Fact]
    public void SchemaChanged_PreparedAgainBySqlite()
    {
        using var connection = Open();
        Assert.Equal(["satu"], Names(connection, from: 1, take: 1));

        Execute(connection, "ALTER TABLE t ADD COLUMN extra TEXT; DELETE FROM t WHERE n = 1;");

        Assert.Equal(["dua"], Names(connection, from: 1, take: 1));
    }

    [Fact]
    public void BadSqlOrParameter_ClearErrors()
    {
        using var connection = Open();

        Assert.Throws<SqliteException>(() => SqliteKeptStatements.Query(connection, "SELECT nothing FROM nowhere", _ => { }, _ => { }, CancellationToken.None));
        var error = Assert.Throws<ArgumentException>(() => SqliteKeptStatements.Query(connection, Sql, s => SqliteKeptStatements.Bind(s, "$missing", 1), _ => { }, CancellationToken.None));
        Assert.Contains("$missing", error.Message, StringComparison.Ordinal);
        Assert.Equal(["satu"], Names(connection, from: 1, take: 1)); // the statement is usable after the failed binding
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private static List<string> Names(SqliteConnection connection, long from, long take)
    {
        var names = new List<string>();
        SqliteKeptStatements.Query(
            connection,
            Sql,
            s =>
            {
                SqliteKeptStatements.Bind(s, "$from", from);
                SqliteKeptStatements.Bind(s, "$take", take);
            },
            row => names.Add(SqliteKeptStatements.Text(row, 0)),
            CancellationToken.None);
        return names;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
