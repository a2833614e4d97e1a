using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace SopPublikasi.Module.Data;

/// <summary>
/// The module's data. Each feature maps its own tables (its <c>IEntityTypeConfiguration</c> classes, found in the
/// module's assembly) and offers them as sets of this context through an extension block (e.g. <c>MateriTables</c>):
/// the context knows no feature. Each provider has a derived context (<see cref="SqliteSopDbContext"/>,
/// <see cref="PostgreSqlSopDbContext"/>) so that each keeps its own migrations.
/// </summary>
public abstract class SopDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SopDbContext).Assembly);
    }
}

public sealed class SqliteSopDbContext(DbContextOptions<SqliteSopDbContext> options) : SopDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // SQLite has no timestamp type: stored as sortable integers, so that ordering and comparisons run in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
    }
}

public sealed class PostgreSqlSopDbContext(DbContextOptions<PostgreSqlSopDbContext> options) : SopDbContext(options);
