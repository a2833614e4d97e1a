using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using SopPublikasi.Module.Common;

namespace SopPublikasi.Module.Tests.Common;

/// <summary>Which failures mean "the database cannot be reached now" (503, retried) and which are errors in the request.</summary>
public class DatabaseFailuresTests
{
    [Theory]
    [InlineData(5)] // SQLITE_BUSY: another writer held the lock past the timeout
    [InlineData(6)] // SQLITE_LOCKED
    [InlineData(10)] // SQLITE_IOERR: the disk failed under it
    [InlineData(14)] // SQLITE_CANTOPEN: the file's folder or volume is gone
    public void Sqlite_LockOrFileProblems_AreUnavailable(int code) =>
        Assert.True(DatabaseFailures.IsUnavailable(new SqliteException("gagal", code)));

    [Theory]
    [InlineData(1)] // SQLITE_ERROR: e.g. no such table, a bad statement
    [InlineData(19)] // SQLITE_CONSTRAINT: a unique index said no
    public void Sqlite_ErrorsInTheRequest_AreNot(int code) =>
        Assert.False(DatabaseFailures.IsUnavailable(new SqliteException("gagal", code)));

    [Fact]
    public void Npgsql_ConnectionRefusedOrBroken_IsUnavailable_AlsoWrappedByEf()
    {
        var refused = new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused));
        var broken = new NpgsqlException("Exception while reading from stream", new IOException("reset"));

        Assert.True(DatabaseFailures.IsUnavailable(refused));
        Assert.True(DatabaseFailures.IsUnavailable(broken));
        Assert.True(DatabaseFailures.IsUnavailable(new DbUpdateException("An error occurred while saving the entity changes.", broken)));
        Assert.True(DatabaseFailures.IsUnavailable(new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", refused)));
        Assert.True(DatabaseFailures.IsUnavailable(new TimeoutException()));
    }

    [Theory]
    [InlineData("57P01", true)] // admin_shutdown: the server is restarting
    [InlineData("53300", true)] // too_many_connections
    [InlineData("08006", true)] // connection_failure
    [InlineData("23505", false)] // unique_violation: someone else's row first, a conflict
    [InlineData("42P01", false)] // undefined_table
    public void Postgres_ServerStates(string sqlState, bool unavailable) =>
        Assert.Equal(unavailable, DatabaseFailures.IsUnavailable(new DbUpdateException("x", new PostgresException("gagal", "FATAL", "FATAL", sqlState))));

    [Fact]
    public void OtherFailures_AreNot()
    {
        Assert.False(DatabaseFailures.IsUnavailable(new InvalidOperationException("Sequence contains no elements")));
        Assert.False(DatabaseFailures.IsUnavailable(new DbUpdateConcurrencyException("stale")));
        Assert.False(DatabaseFailures.IsUnavailable(null));
    }
}
