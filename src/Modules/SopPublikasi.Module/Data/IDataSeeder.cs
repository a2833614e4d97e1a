using Microsoft.EntityFrameworkCore;

namespace SopPublikasi.Module.Data;

/// <summary>
/// A feature's start-up data: rows that must exist before the site serves (roles, the SOP as data, categories) or
/// work that needs the current schema (rebuilding an index). <see cref="DatabaseInitializer"/> runs every registered
/// seeder after the migrations, under the start-up lock, lowest <see cref="Order"/> first.
/// </summary>
public interface IDataSeeder
{
    int Order { get; }

    Task SeedAsync(CancellationToken ct);
}

public static class SeedRows
{
    /// <summary>Adds the seed rows whose key is not stored yet; rows an administrator edited are left as they are.</summary>
    public static async Task AddMissingAsync<T, TKey>(DbSet<T> set, IEnumerable<T> seed, Func<T, TKey> key, CancellationToken ct)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(key);
        var existing = (await set.AsNoTracking().ToListAsync(ct)).Select(key).ToHashSet();
        set.AddRange(seed.Where(s => !existing.Contains(key(s))));
    }
}
