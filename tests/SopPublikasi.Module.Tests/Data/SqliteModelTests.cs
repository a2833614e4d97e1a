using Microsoft.EntityFrameworkCore;
using SopPublikasi.Module.Data;

namespace SopPublikasi.Module.Tests.Data;

/// <summary>
/// The site's SQLite connection (StatementKeepingSqliteConnection) leaves out EF Core's functions for decimal
/// arithmetic: the model must not store a decimal.
/// </summary>
public sealed class SqliteModelTests
{
    [Fact]
    public void Model_StoresNoDecimal()
    {
        using var db = new SqliteSopDbContext((DbContextOptions<SqliteSopDbContext>)DataRegistration
            .UseSopSqlite(new DbContextOptionsBuilder<SqliteSopDbContext>(), "Data Source=:memory:").Options);

        var decimals = db.Model.GetEntityTypes().SelectMany(t => t.GetProperties())
            .Where(p => Nullable.GetUnderlyingType(p.ClrType) == typeof(decimal) || p.ClrType == typeof(decimal))
            .Select(p => $"{p.DeclaringType.DisplayName()}.{p.Name}");
        Assert.Empty(decimals);
    }
}
