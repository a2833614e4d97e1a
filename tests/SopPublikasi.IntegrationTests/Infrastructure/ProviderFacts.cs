namespace SopPublikasi.IntegrationTests.Infrastructure;

/// <summary>
/// A test of what only SQLite does (FTS5, kept statements, the file backup): run on SQLite, reported as skipped when
/// the suite runs on PostgreSQL (SOP_TEST_DB=PostgreSql), instead of returning early and counting as passed.
/// </summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (TestDatabase.IsPostgreSql)
        {
            Skip = "SQLite only; this run is on PostgreSQL (SOP_TEST_DB=PostgreSql).";
        }
    }
}

/// <summary>A test of what only PostgreSQL does: run with SOP_TEST_DB=PostgreSql, reported as skipped on SQLite.</summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (!TestDatabase.IsPostgreSql)
        {
            Skip = "PostgreSQL only; this run is on SQLite (SOP_TEST_DB=PostgreSql runs it).";
        }
    }
}
