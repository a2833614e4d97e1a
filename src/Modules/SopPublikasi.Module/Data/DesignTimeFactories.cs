using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SopPublikasi.Module.Data;

/// <summary>Used by `dotnet ef migrations add` only; the running app configures contexts from settings.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSopDbContext>
{
    public SqliteSopDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSopDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlSopDbContext>
{
    public PostgreSqlSopDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlSopDbContext>().UseNpgsql("Host=localhost;Database=design_time").Options);
}
